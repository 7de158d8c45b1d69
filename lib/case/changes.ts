import type { CaseChange, CaseProfile, DeletedKind, Evidence, Note, Proof, Report } from './model';

/**
 * Pure helpers that describe a change for the case's change log (Case.changes): which details
 * changed, and what a deleted item was. The log is what keeps the timeline and the printed case
 * file honest after an edit or a deletion.
 */

export type FieldChange = { field: string; from?: string; to?: string };

/** Profile fields whose old and new values are shown ("country FR → BE"). */
const SHOWN = [
  'title',
  'role',
  'ageAtTime',
  'country',
  'languages',
  'immediateDanger',
  'sextortion',
  'hasImagesOnDevice',
] as const;

/**
 * Personal fields: the log says that they changed, never the values (a printed case file handed to
 * a platform should not carry an old address or phone number twice).
 */
const PRIVATE = ['name', 'email', 'phone', 'address'] as const;

const shown = (value: unknown): string | undefined => {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value.join(', ');
  return String(value).slice(0, 300);
};

/** Every details field that differs between two profiles, in a stable order. */
export function profileChanges(before: CaseProfile, after: CaseProfile): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of SHOWN) {
    const from = shown(before[field]);
    const to = shown(after[field]);
    if (from !== to) out.push({ field, from, to });
  }
  for (const field of PRIVATE) {
    if ((before.contact[field] ?? '') !== (after.contact[field] ?? '')) {
      out.push({ field: `contact.${field}` });
    }
  }
  if ((before.victimName ?? '') !== (after.victimName ?? '')) out.push({ field: 'victimName' });
  return out;
}

/** The log entry for a details change, or null when nothing changed. */
export function profileChange(
  before: CaseProfile,
  after: CaseProfile,
  at: string,
  id: string,
): CaseChange | null {
  const fields = profileChanges(before, after);
  return fields.length ? { id, at, kind: 'details-changed', fields } : null;
}

type Deletable =
  | { kind: 'evidence'; item: Evidence }
  | { kind: 'report'; item: Report }
  | { kind: 'proof'; item: Proof }
  | { kind: 'note'; item: Note }
  | { kind: 'hash-receipt'; item: { service: string; createdAt: string } };

/**
 * What a deleted item was, in a few words. A note's text and a receipt's number are not kept:
 * they may be exactly what the person wanted gone.
 */
export function deletionOf(
  what: Deletable,
  at: string,
  id: string,
): CaseChange & { kind: 'item-deleted' } {
  const base = { id, at, kind: 'item-deleted' as const, item: what.kind as DeletedKind };
  switch (what.kind) {
    case 'evidence': {
      const e = what.item;
      const label = [e.platform, e.author?.handle, e.url].filter(Boolean).join(' · ');
      return { ...base, label: label.slice(0, 300) || undefined, addedAt: e.createdAt };
    }
    case 'report':
      return { ...base, label: what.item.targetName.slice(0, 300), addedAt: what.item.createdAt };
    case 'proof':
      return { ...base, label: what.item.label.slice(0, 300), addedAt: what.item.createdAt };
    case 'note':
      return { ...base, addedAt: what.item.createdAt };
    case 'hash-receipt':
      return { ...base, label: what.item.service, addedAt: what.item.createdAt };
  }
}
