import type { ChangeReason } from '@/lib/vault/context';

/**
 * How long (ms) after a change to a case pages and the background's chores hear of it. A
 * capture's answer must reach the card first: the open workspace re-fetches on the notice
 * (vaultStatus, listCases, getCase), and the reminders and the removal watch read every case
 * again (`refreshReminders`, lib/watch/service.ts `refresh`). Started with the write, all of
 * that ran while the answer was on its way and the card was being drawn, on the same cores.
 */
export const CHANGE_NOTICE_MS = 50;

/**
 * Changes to cases noticed within CHANGE_NOTICE_MS of the first one are announced together,
 * once, with each case that changed. A change without a case id is one of the vault's state
 * (lock, unlock, settings, wipe, import, the inbox): announced at once, with any waiting ones,
 * so a page never shows a locked or wiped vault's cases a moment longer (an unlock's reason goes
 * with it: the watch then rebuilds its index under a fresh key). A notice only says
 * "look again": pages and chores read the vault's current state when it comes.
 */
export function createChangeNotice(
  announce: (caseIds: ReadonlyArray<string | undefined>, reason?: ChangeReason) => void,
  delayMs = CHANGE_NOTICE_MS,
): (caseId?: string, reason?: ChangeReason) => void {
  let pending: Set<string | undefined> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (reason?: ChangeReason) => {
    clearTimeout(timer);
    const changed = pending ?? new Set<string | undefined>();
    pending = null;
    announce([...changed], reason);
  };
  return (caseId, reason) => {
    if (caseId === undefined) {
      pending = new Set([...(pending ?? []), undefined]);
      flush(reason);
      return;
    }
    if (pending) {
      pending.add(caseId);
      return;
    }
    pending = new Set([caseId]);
    timer = setTimeout(flush, delayMs);
  };
}
