import { useCallback, useEffect, useId, useState } from 'react';
import { CopyButton } from '@/components/CopyButton';
import { useI18n } from '@/components/i18n';
import { send } from '@/components/send';
import type { MessageKey } from '@/lib/i18n';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { diagnosticsText, READ_REASONS, type ReadFailures } from '@/lib/watch/health';

type Diagnostics = ResponseOf<'diagnostics'>;

/**
 * Settings › Diagnostics: what the report buttons found per platform and adapter version, and
 * the removal watch's state. Local counts only (lib/watch/health.ts); copying is the user's act.
 */
export function DiagnosticsSection() {
  const { t } = useI18n();
  const id = useId();
  const [data, setData] = useState<Diagnostics | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const load = useCallback(() => {
    send('diagnostics').then(setData, (error: Error) => setFailed(error.message));
  }, []);
  useEffect(load, [load]);

  const failureList = (failures: ReadFailures) =>
    READ_REASONS.filter((reason) => failures[reason])
      .map((reason) => `${t(`watch.diag.reason.${reason}` as MessageKey)}: ${failures[reason]}`)
      .join(', ');
  const rows = data ? Object.entries(data.counts).sort(([a], [b]) => a.localeCompare(b)) : [];
  return (
    <section className="card settings-section" aria-labelledby={id} data-testid="diagnostics">
      <h2 id={id}>{t('watch.diag.title')}</h2>
      <p>{t('watch.diag.intro')}</p>
      {failed && <p role="alert">{t('common.error', { message: failed })}</p>}
      {data && (
        <p>
          {t('watch.diag.watch', {
            state: t(`watch.diag.watch.${data.watch}` as MessageKey),
          })}
        </p>
      )}
      {data && rows.length === 0 && <p className="muted">{t('watch.diag.empty')}</p>}
      {rows.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('watch.diag.platform')}</th>
              <th scope="col">{t('watch.diag.version')}</th>
              <th scope="col">{t('watch.diag.pages')}</th>
              <th scope="col">{t('watch.diag.postsFound')}</th>
              <th scope="col">{t('watch.diag.posts')}</th>
              <th scope="col">{t('watch.diag.noButton')}</th>
              <th scope="col">{t('watch.diag.reads')}</th>
              <th scope="col">{t('watch.diag.failures')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([platform, c]) => (
              <tr key={platform}>
                <th scope="row">{platform}</th>
                <td>{c.version}</td>
                <td>{c.pages}</td>
                <td>{c.posts}</td>
                <td>{c.buttons}</td>
                <td>{c.noButton}</td>
                <td>{c.reads}</td>
                <td>{failureList(c.failures) || t('watch.diag.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && (
        <p>
          <CopyButton
            text={diagnosticsText(data.counts, data.version, t)}
            label={t('watch.diag.copy')}
            copiedLabel={t('watch.diag.copied')}
            failedLabel={t('watch.diag.copyFailed')}
          />{' '}
          <button
            type="button"
            onClick={() => {
              send('clearDiagnostics').then(load, (error: Error) => setFailed(error.message));
            }}
          >
            {t('watch.diag.clear')}
          </button>
        </p>
      )}
    </section>
  );
}
