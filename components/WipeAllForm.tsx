import { useId, useState } from 'react';
import type { VaultStatus } from '@/lib/messaging/messages/vault';
import { useI18n } from './i18n';
import { send } from './send';

/**
 * Delete everything Beacon stores, after typing the confirmation word of the current language
 * (DELETE / SUPPRIMER / BORRAR): a slip of the mouse can't wipe a family's evidence.
 */
export function WipeAllForm({ onWiped }: { onWiped: (status: VaultStatus) => void }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const word = t('settings.wipe.word');

  async function wipe() {
    if (typed.trim() !== word) {
      setError(t('settings.wipe.mismatch', { word }));
      return;
    }
    setBusy(true);
    try {
      onWiped(await send('wipeAll'));
    } catch (failure) {
      setError(t('settings.failed', { message: (failure as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void wipe();
      }}
    >
      <p>{t('settings.wipe.text')}</p>
      <div className="field">
        <label htmlFor={`${id}-word`}>{t('settings.wipe.confirmLabel', { word })}</label>
        <input
          id={`${id}-word`}
          value={typed}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setTyped(event.target.value);
            setError(null);
          }}
        />
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="danger" disabled={busy}>
        {t('settings.wipe.submit')}
      </button>
    </form>
  );
}
