import { useId, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { send } from '@/components/send';
import { formatDateTime } from '@/lib/case/derive';
import type { Evidence } from '@/lib/case/model';
import { tk } from './data';

/**
 * The removal watch on one evidence item: when it was last seen and how, and "Check now", which
 * opens the address in a new tab — the user's own visit, which the watch then reads. Beacon
 * itself never loads the page. If the tab can't be opened, a calm line says so (nothing changed,
 * the address can be copied) instead of the button doing nothing.
 */
export function WatchLine({ item, locale }: { item: Evidence; locale: string }) {
  const { t } = useI18n();
  const id = useId();
  const last = item.statusHistory.at(-1);
  const canOpen = item.url?.startsWith('https://');
  const [openFailed, setOpenFailed] = useState(false);
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
              setOpenFailed(false);
              send('openUrl', { url: item.url as string }).catch(() => setOpenFailed(true));
            }}
          >
            {t('watch.checkNow')}
          </button>{' '}
          <span role="status">{openFailed ? t('cw.watch.openFailed') : ''}</span>
        </>
      )}
    </p>
  );
}
