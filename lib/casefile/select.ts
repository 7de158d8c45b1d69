import type { Case, Evidence, Report } from '../case/model';
import { dayIn } from '../i18n/dates';

/**
 * What goes in a case file. `from`/`to` are calendar days ("2026-03-03") in the user's time
 * zone, both included; a missing end is open.
 */
export type Scope =
  | { kind: 'all' }
  | { kind: 'range'; from?: string; to?: string }
  | { kind: 'selected'; evidenceIds: readonly string[] };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a moment falls inside the scope's date range (always true outside range mode). */
export function inRange(at: string | undefined, scope: Scope, timeZone: string): boolean {
  if (scope.kind !== 'range') return true;
  if (!at) return false;
  const day = dayIn(at, timeZone);
  if (scope.from && DAY.test(scope.from) && day < scope.from) return false;
  if (scope.to && DAY.test(scope.to) && day > scope.to) return false;
  return true;
}

function evidenceMoments(e: Evidence): string[] {
  return [e.capturedAt ?? e.createdAt, ...e.statusHistory.map((s) => s.at)];
}

function reportMoments(r: Report): string[] {
  return [r.createdAt, r.sentAt, r.answeredAt, ...r.statusHistory.map((s) => s.at)].filter(
    (x): x is string => x !== undefined,
  );
}

/**
 * The part of a case a file shows. Rules, so a reader knows what a partial copy means:
 * - whole case: everything.
 * - date range: evidence captured or re-checked in the range, reports with any event in the
 *   range, notes written in the range (the timeline is cut to the range by the layout).
 * - chosen evidence: those items, the reports that cite at least one of them (their list of
 *   cited items cut to the chosen ones), no notes (they aren't tied to an item).
 * Identity documents are always listed: they say who the case is about, not what happened.
 * The profile and ids are kept as they are; nothing is reordered.
 */
export function selectContent(kase: Case, scope: Scope, timeZone: string): Case {
  switch (scope.kind) {
    case 'all':
      return kase;
    case 'range': {
      const hit = (moments: string[]) => moments.some((at) => inRange(at, scope, timeZone));
      return {
        ...kase,
        evidence: kase.evidence.filter((e) => hit(evidenceMoments(e))),
        reports: kase.reports.filter((r) => hit(reportMoments(r))),
        notes: kase.notes.filter((n) => inRange(n.createdAt, scope, timeZone)),
      };
    }
    case 'selected': {
      const chosen = new Set(scope.evidenceIds);
      return {
        ...kase,
        evidence: kase.evidence.filter((e) => chosen.has(e.id)),
        reports: kase.reports
          .filter((r) => r.evidenceIds.some((id) => chosen.has(id)))
          .map((r) => ({ ...r, evidenceIds: r.evidenceIds.filter((id) => chosen.has(id)) })),
        notes: [],
      };
    }
  }
}
