import { useId } from 'react';
import { useI18n } from '@/components/i18n';
import { send } from '@/components/send';
import { formatDateTime } from '@/lib/case/derive';
import type { Evidence } from '@/lib/case/model';
import { tk } from './data';

/**
 * The removal watch on one evidence item: when it was last seen and how, and "Check now", which
 * opens the address in a new tab — the user's own visit, which the watch then reads. Beacon
 * itself never loads the page.
 */
export function WatchLine({ item, locale }: { item: Evidence; locale: string }) {
  const { t } = useI18n();
  const id = useId();
  const last = item.statusHistory.at(-1);
  const canOpen = item.url?.startsWith('https://');
  return (
    <p className="muted cw-meta" data-testid="watch-line">
      <span id={id}>
        {t('watch.lastSeen')}:{' '}
        {last
          ? `${formatDateTime(last.at, locale)} · ${tk(t, `cw.online.${last.status}`)}`
          : t('watch.neverSeen')}
      </span>
      {canOpen && (
        <>
          {' '}
          <button
            type="button"
            aria-describedby={id}
            aria-label={`${t('watch.checkNow')}: ${item.url}`}
            onClick={() => {
              void send('openUrl', { url: item.url as string });
            }}
          >
            {t('watch.checkNow')}
          </button>
        </>
      )}
    </p>
  );
}
