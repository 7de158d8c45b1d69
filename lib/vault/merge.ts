import { CASE_CAPS, type Case, type CaseChange } from '../case/model';
import { canonicalJson } from './canonical';
import { defaultNewId } from './context';
import { normalizeCase } from './layout';
import { cleanRecords, mergeRecords } from './merge-records';

/**
 * How an import joins the vault, as a pure plan (shown first by previewImport, applied by
 * applyImport). Merge by id, never losing or overwriting anything already there:
 * - a case the vault doesn't have is added whole;
 * - in a case it has, items with new ids are added; an item with the same id keeps the vault's
 *   copy — when the file's copy differs and is newer it is counted as a conflict (the user sees
 *   the number; nothing is replaced without asking);
 * - steps marked done are added to the vault's;
 * - the sextortion record and the hash-service receipts are joined field by field and entry by
 *   entry (merge-records.ts): the vault's values stay, missing ones are added; a record that
 *   gains anything gets a timeline line saying how many entries the import added (counts only,
 *   no payment detail or threat in it), so the printed file does not change story silently.
 */
export type CasePlan = {
  id: string;
  title: string;
  isNew: boolean;
  newEvidence: number;
  newReports: number;
  newProofs: number;
  newNotes: number;
  /** Sextortion details added (fields filled, demands, payment details, threats). */
  newSextortion: number;
  /** Hash-service receipts added, or given their missing PIN. */
  newReceipts: number;
  /** Entries of the file left out because the case's list was full. */
  notFitting: number;
  conflicts: number;
};

export type ImportPlan = {
  summary: CasePlan[];
  /** New versions of cases to save (new cases and existing ones that gain items). */
  changed: Case[];
  /** Proof files to store, as "<caseId>/<fileId>" of proofs the plan adds. */
  newFiles: Set<string>;
};

type Item = { id: string; updatedAt: string };

function mergeList<T extends Item>(
  mine: T[],
  theirs: T[],
): { list: T[]; added: T[]; conflicts: number } {
  const byId = new Map(mine.map((item) => [item.id, item]));
  const added: T[] = [];
  let conflicts = 0;
  for (const item of theirs) {
    const existing = byId.get(item.id);
    if (!existing) {
      added.push(item);
      byId.set(item.id, item);
    } else if (
      Date.parse(item.updatedAt) > Date.parse(existing.updatedAt) &&
      canonicalJson(item) !== canonicalJson(existing)
    ) {
      conflicts++;
    }
  }
  return { list: added.length ? [...mine, ...added] : mine, added, conflicts };
}

export function planImport(
  existing: ReadonlyMap<string, Case>,
  incoming: readonly Case[],
  now: Date,
  newId: () => string = defaultNewId,
): ImportPlan {
  const summary: CasePlan[] = [];
  const changed: Case[] = [];
  const newFiles = new Set<string>();
  for (const theirs of incoming) {
    const mine = existing.get(theirs.id);
    if (!mine) {
      summary.push({
        id: theirs.id,
        title: theirs.profile.title,
        isNew: true,
        newEvidence: theirs.evidence.length,
        newReports: theirs.reports.length,
        newProofs: theirs.proofs.length,
        newNotes: theirs.notes.length,
        newSextortion: theirs.sextortion ? 1 : 0,
        newReceipts: theirs.hashReceipts.length,
        notFitting: 0,
        conflicts: 0,
      });
      changed.push(normalizeCase({ ...theirs, ...cleanRecords(theirs) }));
      for (const p of theirs.proofs) if (p.fileId) newFiles.add(`${theirs.id}/${p.fileId}`);
      continue;
    }
    const evidence = mergeList(mine.evidence, theirs.evidence);
    const reports = mergeList(mine.reports, theirs.reports);
    const proofs = mergeList(mine.proofs, theirs.proofs);
    const notes = mergeList(mine.notes, theirs.notes);
    const steps = theirs.stepsDone.filter((s) => !mine.stepsDone.includes(s));
    const records = mergeRecords(mine, theirs);
    summary.push({
      id: mine.id,
      title: mine.profile.title,
      isNew: false,
      newEvidence: evidence.added.length,
      newReports: reports.added.length,
      newProofs: proofs.added.length,
      newNotes: notes.added.length,
      newSextortion: records.sextortionAdded,
      newReceipts: records.receiptsAdded,
      notFitting: records.notFitting,
      conflicts: evidence.conflicts + reports.conflicts + proofs.conflicts + notes.conflicts,
    });
    const grows =
      evidence.added.length +
        reports.added.length +
        proofs.added.length +
        notes.added.length +
        steps.length +
        records.sextortionAdded +
        records.receiptsAdded >
      0;
    if (grows) {
      const changes = records.sextortionAdded
        ? logImport(mine.changes, {
            id: newId(),
            at: now.toISOString(),
            kind: 'sextortion-updated',
            byImport: {
              payments: records.paymentsAdded,
              threats: records.threatsAdded,
              details: records.sextortionAdded - records.paymentsAdded - records.threatsAdded,
            },
          })
        : mine.changes;
      changed.push(
        normalizeCase({
          ...mine,
          updatedAt: now.toISOString(),
          changes,
          evidence: evidence.list,
          reports: reports.list,
          proofs: proofs.list,
          notes: notes.list,
          stepsDone: steps.length ? [...mine.stepsDone, ...steps] : mine.stepsDone,
          sextortion: records.sextortion,
          hashReceipts: records.hashReceipts,
        }),
      );
    }
    for (const p of proofs.added) if (p.fileId) newFiles.add(`${mine.id}/${p.fileId}`);
  }
  return { summary, changed, newFiles };
}

/** The change log with the import's line, unless the log is full (the import still goes on). */
function logImport(changes: CaseChange[], entry: CaseChange): CaseChange[] {
  return changes.length < CASE_CAPS.changes ? [...changes, entry] : changes;
}
