import { memo } from 'react';
import { useI18n } from '@/components/i18n';
import { formatDateTime } from '@/lib/case/derive';
import type { Evidence } from '@/lib/case/model';
import { escapeInvisible as shown } from '@/lib/case/normalise';
import { OnlineBadge } from './badges';
import { localeFor, tk } from './data';
import { platformName } from './EvidenceForm';
import { WatchLine } from './WatchLine';

/**
 * One evidence item in the list: its own memoised component, so scrolling a long list draws
 * only the rows coming into view (keep `onOpen` stable in the caller).
 */
export const EvidenceRow = memo(function EvidenceRow({
  item: e,
  onOpen,
}: {
  item: Evidence;
  onOpen(id: string): void;
}) {
  const { t, lang } = useI18n();
  // Page text may hold bidi or invisible characters: shown escaped (⟨U+202E⟩), as the case file
  // prints them, so "gpj.exe" can't read as "exe.jpg" here either.
  const handle = e.author?.handle ? `@${shown(e.author.handle.replace(/^@/, ''))}` : '';
  return (
    <>
      <div className="cw-item-head">
        <span className="cw-item-title">
          {tk(t, `cw.kind.${e.kind}`)} · {platformName(t, e.platform)}
          {handle && ` · ${handle}`}
        </span>
        <OnlineBadge status={e.status} />
      </div>
      {e.url && <code className="cw-address">{e.url}</code>}
      {!e.url && e.text && <p className="cw-excerpt">{shown(e.text, true)}</p>}
      <p className="muted cw-meta">
        {formatDateTime(e.capturedAt ?? e.createdAt, localeFor(lang))}
        {e.media.length > 0 && ` · ${t('cw.evidence.mediaCount', { count: e.media.length })}`}
      </p>
      <WatchLine item={e} locale={localeFor(lang)} />
      <button
        type="button"
        onClick={() => onOpen(e.id)}
        aria-label={t('cw.evidence.openItemLabel', {
          what: `${tk(t, `cw.kind.${e.kind}`)} ${platformName(t, e.platform)} ${handle}`.trim(),
        })}
      >
        {t('cw.evidence.open')}
      </button>
    </>
  );
});
