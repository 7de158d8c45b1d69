import { useI18n } from '@/components/i18n';

/** The end of every casework form: what went wrong (announced), then save and cancel. */
export function FormFooter({
  failure,
  saveLabel,
  busy,
  onCancel,
}: {
  failure: string | null | undefined;
  saveLabel: string;
  busy: boolean;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
      <div className="cw-actions">
        <button type="submit" className="primary" disabled={busy}>
          {saveLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  );
}
