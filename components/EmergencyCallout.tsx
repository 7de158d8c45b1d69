import { emergencyLine, telHref } from './countries';
import { useI18n } from './i18n';

/**
 * "If anyone is in danger right now, call …": the emergency number of the chosen country with a
 * tap-to-call button, or the general advice for countries Beacon doesn't cover yet.
 */
export function EmergencyCallout({
  country,
  heading,
}: {
  country: string | undefined;
  heading?: string;
}) {
  const { t } = useI18n();
  if (!country) return null;
  const emergency = emergencyLine(country);
  return (
    <div className="notice notice-urgent" data-testid="emergency">
      {heading && <h2>{heading}</h2>}
      {emergency ? (
        <p>
          <strong>{t('ob.emergency', { number: emergency.name })}</strong>{' '}
          {emergency.channel.phone && (
            <a className="button primary" href={telHref(emergency.channel.phone)}>
              {t('help.call', { number: emergency.channel.phone })}
            </a>
          )}
        </p>
      ) : (
        <p>
          <strong>{t('ob.emergencyOther')}</strong>
        </p>
      )}
    </div>
  );
}
