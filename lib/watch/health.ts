import type { Translate } from '../i18n';

/** Media this large (CSS px, each side) is content, not an avatar or an icon. */
export const MEDIA_MIN_SIDE = 150;
/** The feed's shortcut element (lib/feed/shortcut.ts) — its count is what the page shows. */
const SHORTCUT_TAG = 'beacon-shortcut';

export type FeedHealth = { buttons: number; mediaWithoutButton: boolean };

/**
 * How the feed fares on this page, read from outside the feed script (so every feed script
 * keeps its size budget): how many report buttons it placed, and whether the page shows large
 * media while it placed none — the sign that the platform's markup changed under the adapter.
 */
export function feedHealth(
  doc: Document,
  size: (el: Element) => { width: number; height: number } = (el) => el.getBoundingClientRect(),
): FeedHealth {
  const buttons = doc.querySelectorAll(SHORTCUT_TAG).length;
  if (buttons > 0) return { buttons, mediaWithoutButton: false };
  for (const el of doc.querySelectorAll('video, img')) {
    const { width, height } = size(el);
    if (width >= MEDIA_MIN_SIDE && height >= MEDIA_MIN_SIDE)
      return { buttons, mediaWithoutButton: true };
  }
  return { buttons, mediaWithoutButton: false };
}

/**
 * Why a reading of a post fell short, counted per platform for Settings › Diagnostics:
 * - failures at click time, in the feed (lib/feed/read-counts.ts): no permalink, no media (a
 *   recycled post lost it), not a post, the adapter threw;
 * - flaws of a capture that was saved, found by the background's checks (lib/case/capture.ts):
 *   no author, an id or handle that fails the platform's grammar, a field cut or left out.
 */
export const READ_REASONS = [
  'no-permalink',
  'no-media',
  'not-a-post',
  'error',
  'no-author',
  'bad-id',
  'truncated',
] as const;
export type ReadReason = (typeof READ_REASONS)[number];
export type ReadFailures = Partial<Record<ReadReason, number>>;

/** Counters per platform, kept in storage.local (numbers only: no address, no page). */
export type DiagnosticsRow = {
  version: number;
  pages: number;
  /** Posts the adapter's selectors found on those pages (at the watch's last read). */
  posts: number;
  buttons: number;
  noButton: number;
  /** Posts read for a capture (a click on a button). */
  reads: number;
  failures: ReadFailures;
};
export type DiagnosticsCounts = Record<string, DiagnosticsRow>;

/** No count grows past this: a page can't overflow a counter or bloat storage. */
const COUNT_MAX = 1e9;
const add = (a: number | undefined, b: number | undefined) =>
  Math.min(COUNT_MAX, (a ?? 0) + (b ?? 0));

/** The platform's row for this adapter version (a new version starts afresh; old rows lack fields). */
function rowOf(counts: DiagnosticsCounts, platform: string, version: number): DiagnosticsRow {
  const previous = counts[platform];
  const fresh = { version, pages: 0, posts: 0, buttons: 0, noButton: 0, reads: 0, failures: {} };
  return previous && previous.version === version ? { ...fresh, ...previous } : fresh;
}

const count = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? Math.min(COUNT_MAX, Math.floor(value))
    : 0;

/**
 * Counts as stored (older rows lack later fields; storage is not trusted to hold numbers):
 * every row complete, every count a whole number.
 */
export function normaliseCounts(stored: unknown): DiagnosticsCounts {
  const counts: DiagnosticsCounts = {};
  if (!stored || typeof stored !== 'object') return counts;
  for (const [platform, value] of Object.entries(stored as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') continue;
    const row = value as Record<string, unknown>;
    const failures: ReadFailures = {};
    const storedFailures = (row.failures ?? {}) as Record<string, unknown>;
    for (const reason of READ_REASONS) {
      if (count(storedFailures[reason]) > 0) failures[reason] = count(storedFailures[reason]);
    }
    counts[platform] = {
      version: count(row.version),
      pages: count(row.pages),
      posts: count(row.posts),
      buttons: count(row.buttons),
      noButton: count(row.noButton),
      reads: count(row.reads),
      failures,
    };
  }
  return counts;
}

export function countPage(
  counts: DiagnosticsCounts,
  platform: string,
  version: number,
  health: FeedHealth & { posts?: number },
): DiagnosticsCounts {
  const row = rowOf(counts, platform, version);
  return {
    ...counts,
    [platform]: {
      ...row,
      pages: add(row.pages, 1),
      posts: add(row.posts, health.posts),
      buttons: add(row.buttons, health.buttons),
      noButton: add(row.noButton, health.mediaWithoutButton ? 1 : 0),
    },
  };
}

/** Adds read outcomes: `reads` posts read for a capture, and failures by reason. */
export function countReads(
  counts: DiagnosticsCounts,
  platform: string,
  version: number,
  reads: number,
  failures: ReadFailures,
): DiagnosticsCounts {
  const row = rowOf(counts, platform, version);
  const merged: ReadFailures = { ...row.failures };
  for (const reason of READ_REASONS) {
    if (failures[reason]) merged[reason] = add(merged[reason], failures[reason]);
  }
  return { ...counts, [platform]: { ...row, reads: add(row.reads, reads), failures: merged } };
}

/**
 * What the background's checks found wrong with a capture the feed read (lib/case/capture.ts
 * notes every field it shortened or left out in `truncated`).
 */
export function captureFlaws(capture: {
  kind: string;
  author?: { handle?: string };
  text?: string;
  truncated?: readonly string[];
}): ReadFailures {
  const flaws: ReadFailures = {};
  const notes = capture.truncated ?? [];
  if (capture.kind === 'post' && !capture.author?.handle && !notes.includes('author.handle'))
    flaws['no-author'] = 1;
  if (notes.some((n) => /(^|\.)(postId|handle)$/.test(n))) flaws['bad-id'] = 1;
  // Adapters cut text at 500 characters without a note (lib/platforms/read.ts excerpt).
  if (notes.some((n) => !/(^|\.)(postId|handle)$/.test(n)) || (capture.text?.length ?? 0) >= 500)
    flaws.truncated = 1;
  return flaws;
}

/**
 * The counts as plain text for a bug report, in the language of the screen it is copied from
 * (the catalogs' `watch.diag.text.*`); each read problem keeps its stable code in brackets, so a
 * maintainer reads any language's report. No addresses: there are none to give.
 */
export function diagnosticsText(
  counts: DiagnosticsCounts,
  extensionVersion: string,
  t: Translate,
): string {
  const lines = [t('watch.diag.text.title', { version: extensionVersion })];
  for (const [platform, c] of Object.entries(counts).sort(([a], [b]) => a.localeCompare(b))) {
    const failures = READ_REASONS.filter((r) => c.failures?.[r])
      .map((r) =>
        t('watch.diag.text.failure', {
          reason: t(`watch.diag.reason.${r}`),
          code: r,
          count: c.failures[r] as number,
        }),
      )
      .join(', ');
    lines.push(
      t('watch.diag.text.row', {
        platform,
        version: c.version,
        pages: c.pages,
        posts: c.posts ?? 0,
        buttons: c.buttons,
        noButton: c.noButton,
        reads: c.reads ?? 0,
        failures: failures || t('watch.diag.none'),
      }),
    );
  }
  return lines.join('\n');
}
