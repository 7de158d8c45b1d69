import { CASE_CAPS, type Case, type CaseChange } from '../case/model';
import { caseIds } from '../case/ops';
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
 * - ids are one space per case (evidence, reports, proofs, notes, receipts): an item of the file
 *   whose id the vault's case gives to an item of another kind gets an id of its own first
 *   (separateIds), so a delete's undo or a timeline line keyed by id never finds two items;
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

const KINDS = ['evidence', 'reports', 'proofs', 'notes', 'hashReceipts'] as const;
type Kind = (typeof KINDS)[number];

/**
 * The file's case with each item whose id the vault's case uses for another kind renamed, and the
 * file's references to it (a report's evidence and earlier report, a proof's reports) following.
 * The new id is the first `<id>-mN` that neither case uses — or that the vault's case already
 * gives an item of the same kind, so that importing the same file again finds the item the first
 * import added (mergeList then sees the same id) instead of adding it twice.
 */
function separateIds(mine: Case, theirs: Case): Case {
  const kindOf = new Map<string, Kind>();
  for (const kind of KINDS) for (const item of mine[kind]) kindOf.set(item.id, kind);
  const fileIds = caseIds(theirs);
  const renamed = new Map<string, string>();
  const given = new Set<string>();
  for (const kind of KINDS) {
    for (const item of theirs[kind]) {
      const known = kindOf.get(item.id);
      if (known === undefined || known === kind) continue;
      for (let n = 2; ; n++) {
        const candidate = `${item.id.slice(0, 56)}-m${n}`;
        if (given.has(candidate) || fileIds.has(candidate)) continue;
        const holder = kindOf.get(candidate);
        if (holder === undefined || holder === kind) {
          renamed.set(item.id, candidate);
          given.add(candidate);
          break;
        }
      }
    }
  }
  if (!renamed.size) return theirs;
  const to = (id: string) => renamed.get(id) ?? id;
  const own = <T extends { id: string }>(list: T[]) =>
    list.map((item) => (renamed.has(item.id) ? { ...item, id: to(item.id) } : item));
  return {
    ...theirs,
    evidence: own(theirs.evidence),
    reports: theirs.reports.map((r) => ({
      ...r,
      id: to(r.id),
      evidenceIds: r.evidenceIds.map(to),
      ...(r.follows === undefined ? {} : { follows: to(r.follows) }),
    })),
    proofs: theirs.proofs.map((p) => ({ ...p, id: to(p.id), sentWith: p.sentWith.map(to) })),
    notes: own(theirs.notes),
    hashReceipts: own(theirs.hashReceipts),
  };
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
  for (const file of incoming) {
    const mine = existing.get(file.id);
    if (!mine) {
      const theirs = file;
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
    const theirs = separateIds(mine, file);
    const evidence = mergeList(mine.evidence, theirs.evidence);
    const reports = mergeList(mine.reports, theirs.reports);
    const proofs = mergeList(mine.proofs, theirs.proofs);
    const notes = mergeList(mine.notes, theirs.notes);
    const steps = theirs.stepsDone.filter((s) => !mine.stepsDone.includes(s));
    // A receipt the file adds must not take an id any other item of the merged case has.
    const taken = caseIds(mine);
    for (const list of [theirs.evidence, theirs.reports, theirs.proofs, theirs.notes]) {
      for (const item of list) taken.add(item.id);
    }
    const records = mergeRecords(mine, theirs, taken);
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
