import type { Evidence } from '../case/model';

// Re-checks after a removal: removed content is often uploaded again, so Beacon asks the user to
// look again 7 and 30 days after a removal. Shared by the next steps (engine.ts) and the
// reminders (reminders.ts), so both propose the same dates.

const DAY = 24 * 3_600_000;
export const RECHECK_DAYS = [7, 30] as const;
export type RecheckDays = (typeof RECHECK_DAYS)[number];

export type Recheck = {
  evidenceId: string;
  days: RecheckDays;
  /** When the removal was recorded (ISO). */
  removedAt: string;
  /** When to look again (ISO). */
  dueAt: string;
  /** An observation was recorded on or after the due date (and not after `now`). */
  done: boolean;
};

type Observed = Pick<Evidence, 'id' | 'status' | 'statusHistory' | 'statusCheckedAt' | 'updatedAt'>;

/**
 * The re-checks of one piece of evidence. Only while it is still removed: if a later observation
 * says it is back (or online), the re-report path takes over and the re-checks are dropped.
 * Entries dated after `now` are ignored: a clock gone wrong or a hand-typed date must neither
 * start a re-check nor mark one done.
 */
export function rechecksOf(e: Observed, now: Date): Recheck[] {
  const limit = now.getTime();
  const history = (e.statusHistory ?? [])
    .map((s) => ({ status: s.status, at: Date.parse(s.at) }))
    .filter((s) => !Number.isNaN(s.at) && s.at <= limit)
    .sort((a, b) => a.at - b.at);
  const last = history.at(-1);
  let removedAt: number | undefined;
  if (last) {
    if (last.status !== 'removed') return [];
    // The start of the current run of 'removed' observations: repeated "still removed" checks
    // must not push the re-check dates forward forever.
    let i = history.length - 1;
    while (i > 0 && history[i - 1]!.status === 'removed') i--;
    removedAt = history[i]!.at;
  } else if (e.status === 'removed' && !e.statusHistory?.length) {
    // Marked removed without a history entry (older cases): the last check is the best date.
    // A history whose every entry is in the future says nothing trustworthy: no re-check.
    const at = Date.parse(e.statusCheckedAt ?? e.updatedAt);
    if (!Number.isNaN(at) && at <= limit) removedAt = at;
  }
  if (removedAt === undefined || e.status !== 'removed') return [];
  const from = removedAt;
  const checked = e.statusCheckedAt ? Date.parse(e.statusCheckedAt) : Number.NaN;
  const seen = [...history.map((s) => s.at), ...(checked <= limit ? [checked] : [])];
  return RECHECK_DAYS.map((days) => {
    const due = from + days * DAY;
    return {
      evidenceId: e.id,
      days,
      removedAt: new Date(from).toISOString(),
      dueAt: new Date(due).toISOString(),
      done: seen.some((t) => t >= due),
    };
  });
}
