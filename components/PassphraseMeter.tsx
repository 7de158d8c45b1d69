import { estimateStrength } from '@/lib/ui/passphrase-strength';
import { useI18n } from './i18n';

/**
 * The strength of what is typed, as a bar and words. `id` goes on the text so the passphrase
 * field can point to it with aria-describedby.
 */
export function PassphraseMeter({ id, value }: { id: string; value: string }) {
  const { t } = useI18n();
  if (!value) return null;
  const { score, tips } = estimateStrength(value);
  const level = t(`strength.${score}`);
  return (
    <div className={`meter meter-${score}`}>
      <div className="meter-bar" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <span key={i} className={i < Math.max(score, 1) ? 'on' : ''} />
        ))}
      </div>
      <p id={id} className="meter-text">
        {t('strength.label', { level })}
        {tips.length > 0 && <> {tips.map((tip) => t(`strength.tip.${tip}`)).join(' ')}</>}
      </p>
    </div>
  );
}
