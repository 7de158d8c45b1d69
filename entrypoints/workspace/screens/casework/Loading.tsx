import { useI18n } from '@/components/i18n';
import { tk } from './data';

/** Shown while the case loads, or when it could not be read (the shell gates locked vaults). */
export function CaseLoading({
  loading,
  error,
  titleKey,
}: {
  loading: boolean;
  error: string | null;
  titleKey: string;
}) {
  const { t } = useI18n();
  return (
    <div className="cw-screen">
      <h1>{tk(t, titleKey)}</h1>
      {error ? (
        <p role="alert" className="field-error">
          {t('common.error', { message: error })}
        </p>
      ) : (
        <p role="status">{loading ? t('common.loading') : t('cw.noCase')}</p>
      )}
    </div>
  );
}
