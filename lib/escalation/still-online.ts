import type { Evidence } from '../case/model';

// "Still online N hours after the report": what the user's own visit saw after a report, said in
// the escalation reasons so the platform (and whoever the user escalates to) cannot say it acted.

/**
 * The latest time the user's own visit (the removal watch) saw this platform's content still
 * online after the report: observations before the report, by hand, or dated after `now` don't
 * count. Only while the latest observation of that item still says online.
 */
export function stillOnlineAfter(
  evidence: Evidence[],
  sent: number,
  now: Date,
): string | undefined {
  if (Number.isNaN(sent)) return undefined;
  let best: number | undefined;
  for (const e of evidence) {
    if (e.status === 'removed') continue;
    const seen = e.statusHistory
      .map((s) => ({ ...s, t: Date.parse(s.at) }))
      .filter((s) => !Number.isNaN(s.t) && s.t <= now.getTime())
      .sort((a, b) => a.t - b.t);
    const last = seen.at(-1);
    if (last?.status !== 'online' || last.seenBy !== 'you' || last.t <= sent) continue;
    if (best === undefined || last.t > best) best = last.t;
  }
  return best === undefined ? undefined : new Date(best).toISOString();
}
