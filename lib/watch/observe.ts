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
 * How soon after the gone entry it corrects an "online" may still fold it. The content script
 * reads a page for 10 s after a navigation (lib/watch/content.ts READ_AT) and, when a later read
 * finds the item an earlier one of the same navigation took for gone, sends "online" marked as
 * a correction; the background ties it to the entry that read recorded (lib/watch/service.ts).
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
 *
 * `corrects` (an "online" only): the time of the gone entry the same page's earlier read made
 * (lib/watch/service.ts). That entry is dropped, as if never seen, only when it is still the
 * last one, is the watch's, is what the item was last checked by (no status set by hand since),
 * and is at most CORRECTION_MS old. Anything else — another tab's "online", an entry that came
 * through the account's page, a status confirmed by hand — is an observation like any other.
 */
export function observe(
  item: Pick<Evidence, 'status' | 'statusHistory' | 'statusCheckedAt'>,
  seen: PageState,
  at: string,
  corrects?: string,
): { status: OnlineStatus; history: History } | null {
  const last = item.statusHistory.at(-1);
  const atMs = Date.parse(at);
  if (Number.isNaN(atMs)) return null;
  if (
    seen === 'online' &&
    corrects !== undefined &&
    last?.seenBy === 'you' &&
    GONE.includes(last.status) &&
    last.at === corrects &&
    item.statusCheckedAt === last.at &&
    atMs >= Date.parse(last.at) &&
    atMs - Date.parse(last.at) <= CORRECTION_MS
  ) {
    // The gone entry was a misreading of a page still loading: it goes, as if never seen (once:
    // the entry before it is not folded in turn).
    const earlier = item.statusHistory.slice(0, -1);
    const before = {
      status: earlier.at(-1)?.status ?? 'unknown',
      statusHistory: earlier,
      statusCheckedAt: earlier.at(-1)?.at,
    };
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
export function observedEvidence<
  E extends Pick<Evidence, 'status' | 'statusHistory' | 'statusCheckedAt'>,
>(e: E, status: OnlineStatus, when: string, at: string, corrects?: string): E {
  const seen: PageState | null =
    status === 'reappeared' ? 'online' : status === 'unknown' ? null : status;
  const next = seen ? observe(e, seen, when, corrects) : null;
  if (!next) return e;
  return {
    ...e,
    status: next.status,
    statusCheckedAt: when,
    statusHistory: next.history,
    updatedAt: at,
  };
}
