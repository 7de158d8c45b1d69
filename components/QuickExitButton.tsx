import { useI18n } from './i18n';
import { quickExit } from './quick-exit';

/** Always-visible way out; `onExit` lets the popup close itself too. */
export function QuickExitButton({
  onExit,
  showHint = true,
}: {
  onExit?: () => void;
  showHint?: boolean;
}) {
  const { t } = useI18n();
  return (
    <span className="quick-exit">
      <button
        type="button"
        className="quick-exit-button"
        aria-label={t('ws.quickExit.label')}
        onClick={() => {
          void quickExit();
          onExit?.();
        }}
      >
        {t('help.quickExit')}
      </button>
      {showHint && (
        <span className="quick-exit-hint" aria-hidden="true">
          {t('ws.quickExit.hint')}
        </span>
      )}
    </span>
  );
}
