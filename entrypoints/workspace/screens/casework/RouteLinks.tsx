import { useI18n } from '@/components/i18n';
import type { Entry } from '@/lib/directory';

/**
 * How to reach a directory entry: its https form (new tab), phone (`tel:`), text line, email
 * (`mailto:` with the notice when one is given) and in-app path. Beacon never submits anything:
 * each is a plain link the user chooses to follow.
 */
export function RouteLinks({
  entry,
  mailto,
  primary,
}: {
  entry: Entry;
  /** A mailto: link with the notice (lib/notices builds it where email is the channel). */
  mailto?: string;
  /** Style the first action as the main button. */
  primary?: boolean;
}) {
  const { t } = useI18n();
  const c = entry.channel;
  const cls = primary ? 'button primary' : 'button';
  return (
    <div className="cw-route">
      <div className="cw-actions">
        {c.url && (
          <a
            className={cls}
            href={c.url}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="route-url"
          >
            {t('cw.route.openForm', { name: entry.name })}
          </a>
        )}
        {c.phone && (
          <a className={c.url ? 'button' : cls} href={`tel:${c.phone.replace(/[\s-]/g, '')}`}>
            {t('cw.route.call', { number: c.phone })}
          </a>
        )}
        {c.sms && (
          <a
            className="button"
            href={`sms:${c.sms.to.replace(/[\s-]/g, '')}${c.sms.text ? `?body=${encodeURIComponent(c.sms.text)}` : ''}`}
          >
            {c.sms.text
              ? t('cw.route.textWord', { number: c.sms.to, word: c.sms.text })
              : t('cw.route.text', { number: c.sms.to })}
          </a>
        )}
        {c.email && (
          <a className={c.url || c.phone ? 'button' : cls} href={mailto ?? `mailto:${c.email}`}>
            {t('cw.route.email', { email: c.email })}
          </a>
        )}
      </div>
      {c.app && (
        <p className="cw-app-path">
          {t('cw.route.inApp')} <strong>{c.app.join(' → ')}</strong>
        </p>
      )}
      {!entry.confirmed && <p className="muted">{t('cw.route.unconfirmed')}</p>}
    </div>
  );
}
