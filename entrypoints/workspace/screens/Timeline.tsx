import { memo, useCallback, useMemo } from 'react';
import { useI18n } from '@/components/i18n';
import { changeText } from '@/lib/case/change-text';
import { CASE_FILE_STEP, formatDateTime } from '@/lib/case/derive';
import { type TimelineEntry, timeline } from '@/lib/case/timeline';
import type { Translate } from '@/lib/i18n';
import { type Casework, localeFor, tk, useCasework } from './casework/data';
import { platformName } from './casework/EvidenceForm';
import { CaseLoading } from './casework/Loading';
import { NoteActions, NoteAddForm } from './casework/NoteActions';
import { VirtualList } from './casework/VirtualList';
import './casework/casework.css';

/** Timeline: everything that happened in the case, oldest first, and the case file. */
export function TimelineScreen() {
  const { cw, loading, error } = useCasework();
  if (!cw) return <CaseLoading loading={loading} error={error} titleKey="cw.timeline.title" />;
  return <TimelineView cw={cw} />;
}

/** One sentence per entry, in the user's language; addresses stay plain text. */
export function describeEntry(
  t: Translate,
  e: TimelineEntry,
  locale = 'en',
): { text: string; address?: string } {
  const logged = changeText(t, e, (iso) => formatDateTime(iso, locale));
  if (logged !== null) return { text: logged };
  const d = e.detail;
  const handle = d.handle ? ` @${d.handle.replace(/^@/, '')}` : '';
  switch (e.kind) {
    case 'case-created':
      return { text: t('cw.tl.caseCreated', { title: d.title ?? '' }) };
    case 'evidence-captured':
    case 'evidence-added':
      return {
        text: tk(t, e.kind === 'evidence-captured' ? 'cw.tl.captured' : 'cw.tl.added', {
          kind: tk(t, `cw.kind.${d.kind ?? 'page'}`),
          platform: platformName(t, d.platform),
          handle,
        }),
        address: d.url,
      };
    case 'evidence-status':
      return {
        text: t(d.seenBy === 'you' ? 'cw.tl.evidenceSeen' : 'cw.tl.evidenceStatus', {
          status: tk(t, `cw.online.${d.status ?? 'unknown'}`),
        }),
        address: d.url,
      };
    case 'report-sent':
      return {
        text: d.reference
          ? t('cw.tl.reportSentRef', { target: d.target ?? '', reference: d.reference })
          : t('cw.tl.reportSent', { target: d.target ?? '' }),
      };
    case 'report-status':
      return {
        text: t('cw.tl.reportStatus', {
          target: d.target ?? '',
          status: tk(t, `cw.status.${d.status ?? 'sent'}`),
        }),
      };
    case 'report-answer':
      return { text: t('cw.tl.reportAnswer', { target: d.target ?? '', answer: d.answer ?? '' }) };
    case 'proof-added':
      return { text: t('cw.tl.proofAdded', { label: d.label ?? '' }) };
    default:
      return { text: t('cw.tl.note', { text: d.text ?? '' }) };
  }
}

/** One timeline entry: memoised, so scrolling a long timeline draws only rows coming into view. */
const TimelineRow = memo(function TimelineRow({
  entry,
  locale,
}: {
  entry: TimelineEntry;
  locale: string;
}) {
  const { t } = useI18n();
  const { text, address } = describeEntry(t, entry, locale);
  return (
    <>
      <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
      <span className="cw-text">{text}</span>
      {address && <code className="cw-address">{address}</code>}
      {entry.kind === 'note' && (
        <NoteActions
          noteId={entry.ref}
          text={entry.detail.text ?? ''}
          at={entry.at}
          locale={locale}
        />
      )}
    </>
  );
});

/** A timeline row's likely height in px: its date and sentence, and its address if it has one. */
const timelineRowHeight = (e: TimelineEntry) => (e.detail.url ? 71 : 46);

/**
 * Each entry's key from what it is, not where it sits: one item can have several entries (a
 * capture and its status checks), so the kind and time join the item's id, and only entries
 * alike in all three (the same status seen twice in one second) get a count. A key with the
 * place in it would change for every row after a new entry, and React would draw them all again.
 */
export function timelineKeys(entries: readonly TimelineEntry[]): Map<TimelineEntry, string> {
  const seen = new Map<string, number>();
  const keys = new Map<TimelineEntry, string>();
  for (const e of entries) {
    const base = `${e.ref}|${e.kind}|${e.at}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    keys.set(e, n ? `${base}|${n}` : base);
  }
  return keys;
}

export function TimelineView({ cw }: { cw: Casework }) {
  const { t, lang } = useI18n();
  const locale = localeFor(lang);
  const { kase, apply } = cw;
  const entries = useMemo(() => timeline(kase), [kase]);
  const keys = useMemo(() => timelineKeys(entries), [entries]);
  const keyOf = useCallback((e: TimelineEntry) => keys.get(e) ?? e.ref, [keys]);
  // Stable between renders: the list's rows are memoised on it (VirtualList's WindowedRow), and
  // a new function each render would draw every row in view again.
  const renderItem = useCallback(
    (e: TimelineEntry) => <TimelineRow entry={e} locale={locale} />,
    [locale],
  );

  return (
    <div className="cw-screen">
      <h1>{t('cw.timeline.title')}</h1>
      <p className="cw-intro">{t('cw.timeline.intro')}</p>
      <div className="cw-toolbar">
        <a
          className="button primary"
          href={`casefile.html?case=${encodeURIComponent(kase.id)}`}
          target="_blank"
          rel="noopener"
          data-testid="open-case-file"
          onClick={() => {
            // Ticks "case file" on the case home; failing to record it must not block the file.
            apply({ op: 'markStepDone', stepId: CASE_FILE_STEP }).catch(() => undefined);
          }}
        >
          {t('cw.timeline.caseFile')}
        </a>
      </div>
      <p className="muted">{t('cw.timeline.caseFileHint')}</p>

      <VirtualList
        as="ol"
        className="cw-timeline"
        ariaLabel={t('cw.timeline.listLabel')}
        items={entries}
        gapRem={0.75}
        estimateSize={timelineRowHeight}
        keyOf={keyOf}
        renderItem={renderItem}
      />

      <NoteAddForm />
    </div>
  );
}
