import type { Evidence, OnlineStatus } from '../case/model';

/** What a page can say about the item it shows. 'online' = the post or account is there. */
export type PageState = 'online' | 'removed' | 'withheld' | 'account-suspended';
export const PAGE_STATES: readonly PageState[] = [
  'online',
  'removed',
  'withheld',
  'account-suspended',
];

/**
 * A repeat of the same state is kept as "still online — seen by you" at most once in this long:
 * a user who keeps the page open or reloads it doesn't fill the timeline.
 */
export const REPEAT_AFTER_MS = 6 * 60 * 60 * 1000;
const HISTORY_MAX = 500;
/**
 * The item seen on its page this soon after the watch recorded it gone is a correction, not a
 * reappearance: the content script reads a page for 10 s after a navigation (lib/watch/content.ts
 * READ_AT) and sends "online" when a later read finds the item an earlier one took for gone.
 */
export const CORRECTION_MS = 30_000;
const GONE: readonly OnlineStatus[] = ['removed', 'withheld', 'account-suspended'];

type History = Evidence['statusHistory'];

/**
 * The status an observation means for an item: an item seen online after it was recorded as
 * removed, withheld or suspended has *reappeared* (reuploads and reinstated accounts are common).
 */
export function statusFromObservation(previous: OnlineStatus, seen: PageState): OnlineStatus {
  if (seen !== 'online') return seen;
  return previous === 'removed' || previous === 'withheld' || previous === 'account-suspended'
    ? 'reappeared'
    : previous === 'reappeared'
      ? 'reappeared'
      : 'online';
}

/**
 * The history after a watch observation at `at` (ISO), or null when it adds nothing: the same
 * status seen again within REPEAT_AFTER_MS, an observation older than the last entry (merged
 * late from the locked queue), or a full history with no change.
 */
export function observe(
  item: Pick<Evidence, 'status' | 'statusHistory'>,
  seen: PageState,
  at: string,
): { status: OnlineStatus; history: History } | null {
  const last = item.statusHistory.at(-1);
  const atMs = Date.parse(at);
  if (Number.isNaN(atMs)) return null;
  if (
    seen === 'online' &&
    last?.seenBy === 'you' &&
    GONE.includes(last.status) &&
    atMs >= Date.parse(last.at) &&
    atMs - Date.parse(last.at) <= CORRECTION_MS
  ) {
    // The gone entry was a misreading of a page still loading: it goes, as if never seen.
    const earlier = item.statusHistory.slice(0, -1);
    const before = { status: earlier.at(-1)?.status ?? 'unknown', statusHistory: earlier };
    return (
      observe(before, seen, at) ?? {
        status: statusFromObservation(before.status, seen),
        history: earlier,
      }
    );
  }
  const status = statusFromObservation(item.status, seen);
  if (last) {
    const lastMs = Date.parse(last.at);
    if (atMs < lastMs) return null;
    if (last.status === status && atMs - lastMs < REPEAT_AFTER_MS) return null;
  }
  const changed = status !== item.status || !last;
  if (!changed && item.statusHistory.length >= HISTORY_MAX) return null;
  const history = [...item.statusHistory, { status, at, seenBy: 'you' as const }];
  return { status, history: history.slice(-HISTORY_MAX) };
}

/** The item after a watch observation (ops.ts 'setEvidenceStatus' with seenBy 'you'). */
export function observedEvidence<E extends Pick<Evidence, 'status' | 'statusHistory'>>(
  e: E,
  status: OnlineStatus,
  when: string,
  at: string,
): E {
  const seen: PageState | null =
    status === 'reappeared' ? 'online' : status === 'unknown' ? null : status;
  const next = seen ? observe(e, seen, when) : null;
  if (!next) return e;
  return {
    ...e,
    status: next.status,
    statusCheckedAt: when,
    statusHistory: next.history,
    updatedAt: at,
  };
}
