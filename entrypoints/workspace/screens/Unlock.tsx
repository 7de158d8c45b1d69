import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { send } from '@/components/send';
import { WipeAllForm } from '@/components/WipeAllForm';
import { MessageError } from '@/lib/messaging/envelope';
import { useVault } from '../stores/vault';

/** The passphrase screen. A wrong passphrase changes nothing and says so plainly. */
export function UnlockScreen() {
  const { t } = useI18n();
  const status = useVault((s) => s.status);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const inbox = status?.inboxCount ?? 0;
  const wait = status?.retryAfterSeconds;

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  async function unlock() {
    if (!passphrase) {
      setError(t('unlock.wrong'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const next = await send('unlock', { passphrase });
      setPassphrase('');
      useVault.getState().setStatus(next);
      useVault.getState().noteMerged(inbox - next.inboxCount);
    } catch (failure) {
      const code = failure instanceof MessageError ? failure.code : 'failed';
      // The background's rate-limit message already says how long to wait: shown as it is.
      setError(
        code === 'wrong-passphrase'
          ? t('unlock.wrong')
          : code === 'rate-limited'
            ? (failure as Error).message
            : t('common.error', { message: (failure as Error).message }),
      );
      setPassphrase('');
      inputRef.current?.focus();
      void useVault.getState().hydrate();
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="narrow" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('unlock.heading')}</h1>
      <p>{t('unlock.intro')}</p>
      {inbox > 0 && (
        <p className="notice" role="status">
          {inbox === 1 ? t('unlock.inboxOne') : t('unlock.inboxMany', { count: inbox })}
        </p>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void unlock();
        }}
      >
        <div className={`field${error ? ' field-invalid' : ''}`}>
          <label htmlFor={`${id}-pass`}>{t('unlock.label')}</label>
          <input
            ref={inputRef}
            id={`${id}-pass`}
            type="password"
            autoComplete="current-password"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          {error && (
            <p id={`${id}-error`} className="field-error" role="alert">
              {error}
            </p>
          )}
          {!error && wait !== undefined && wait > 0 && (
            <p className="field-error" role="status">
              {t('unlock.wait', { seconds: wait })}
            </p>
          )}
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('unlock.opening') : t('unlock.submit')}
        </button>
      </form>
      <details className="forgot">
        <summary>{t('unlock.forgot.summary')}</summary>
        <p>{t('unlock.forgot.text')}</p>
        <WipeAllForm onWiped={(next) => useVault.getState().setStatus(next)} />
      </details>
    </section>
  );
}
