import type { Case, Evidence, Note, Proof, Report } from '../case/model';

/**
 * How the vault sits in storage.local. Every case is a small encrypted header plus its items
 * spread over fixed buckets per kind (by a hash of the item id), so saving one item re-encrypts
 * one bucket (~1/64 of that kind), not the whole case: with 10,000 evidence items a save stays
 * well under 50 ms. Each record `K` keeps its previous generation under `K~` (written in the same
 * atomic `set`), so a damaged record falls back to the version before it.
 */
export const KEY = {
  /** Clear, non-secret: format, schema version, KDF params, wrapped keys, public key. */
  meta: 'beacon.meta',
  /** Clear, non-secret: language, discreet mode, auto-lock, follow-up hours, current case. */
  settings: 'beacon.settings',
  /** Clear: wrong-passphrase counter (rate limit). */
  guard: 'beacon.guard',
  /** Encrypted: the list of case ids. */
  index: 'beacon.index',
  /** Captures sealed to the public key while locked. */
  inbox: 'beacon.inbox',
} as const;

export const BACKUP = '~';
export const PREFIX = 'beacon.';
const CASE_PREFIX = 'beacon.case.';
export const BUCKETS = 64;

export type ItemKind = 'e' | 'r' | 'p' | 'n';
export const ITEM_KINDS: readonly ItemKind[] = ['e', 'r', 'p', 'n'];
const LIST: Record<ItemKind, 'evidence' | 'reports' | 'proofs' | 'notes'> = {
  e: 'evidence',
  r: 'reports',
  p: 'proofs',
  n: 'notes',
};

export const caseKeyPrefix = (caseId: string) => `${CASE_PREFIX}${caseId}.`;
export const headerKey = (caseId: string) => `${CASE_PREFIX}${caseId}.h`;
export const bucketKey = (caseId: string, kind: ItemKind, bucket: number) =>
  `${CASE_PREFIX}${caseId}.${kind}${bucket}`;

/** Parse a record key back: null for anything that isn't a case record (or is a backup). */
export function parseCaseKey(
  key: string,
): { caseId: string; part: 'h' } | { caseId: string; part: ItemKind; bucket: number } | null {
  if (!key.startsWith(CASE_PREFIX) || key.endsWith(BACKUP)) return null;
  const rest = key.slice(CASE_PREFIX.length);
  const dot = rest.lastIndexOf('.');
  if (dot <= 0) return null;
  const caseId = rest.slice(0, dot);
  const part = rest.slice(dot + 1);
  if (part === 'h') return { caseId, part: 'h' };
  const kind = part[0] as ItemKind;
  const bucket = Number(part.slice(1));
  if (!ITEM_KINDS.includes(kind) || !Number.isInteger(bucket) || bucket < 0 || bucket >= BUCKETS) {
    return null;
  }
  return { caseId, part: kind, bucket };
}

/** FNV-1a: stable across runs and browsers, spreads random ids evenly. */
export function bucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % BUCKETS;
}

export type CaseHeader = Omit<Case, 'evidence' | 'reports' | 'proofs' | 'notes'>;
type Item = Evidence | Report | Proof | Note;

/** Everything but the item lists: a field added to Case is saved (encrypted) with the header. */
function header(kase: Case): CaseHeader {
  const { evidence: _e, reports: _r, proofs: _p, notes: _n, ...rest } = kase;
  return rest;
}

function bucketItems(list: readonly Item[], bucket: number): Item[] {
  return list.filter((item) => bucketOf(item.id) === bucket);
}

/** Every record of a case (plain values, before encryption). Empty buckets are not written. */
export function caseRecords(kase: Case): Map<string, unknown> {
  const out = new Map<string, unknown>([[headerKey(kase.id), header(kase)]]);
  for (const kind of ITEM_KINDS) {
    const byBucket = new Map<number, Item[]>();
    for (const item of kase[LIST[kind]] as Item[]) {
      const b = bucketOf(item.id);
      const list = byBucket.get(b);
      if (list) list.push(item);
      else byBucket.set(b, [item]);
    }
    for (const [b, items] of byBucket) out.set(bucketKey(kase.id, kind, b), items);
  }
  return out;
}

/**
 * The records that differ between two versions of a case: the header, and each bucket in which
 * an item was added, removed or replaced (compared by identity: `applyOp` keeps untouched items).
 * A bucket that became empty is written as an empty list (no remove: one atomic set).
 */
export function changedRecords(prev: Case, next: Case): Map<string, unknown> {
  const out = new Map<string, unknown>([[headerKey(next.id), header(next)]]);
  for (const kind of ITEM_KINDS) {
    const before = prev[LIST[kind]] as Item[];
    const after = next[LIST[kind]] as Item[];
    if (before === after) continue;
    const old = new Map(before.map((item) => [item.id, item]));
    const dirty = new Set<number>();
    for (const item of after) {
      if (old.get(item.id) !== item) dirty.add(bucketOf(item.id));
      old.delete(item.id);
    }
    for (const id of old.keys()) dirty.add(bucketOf(id));
    for (const b of dirty) out.set(bucketKey(next.id, kind, b), bucketItems(after, b));
  }
  return out;
}

/** Oldest first, then by id: the order a case has after a reload, whatever order it was built in. */
export function byCreated(
  a: { createdAt: string; id: string },
  b: { createdAt: string; id: string },
) {
  // Beacon writes UTC ISO strings of one length, which sort as text; anything else is parsed.
  if (a.createdAt !== b.createdAt) {
    const x = a.createdAt;
    const y = b.createdAt;
    if (x.length === 24 && y.length === 24 && x.endsWith('Z') && y.endsWith('Z'))
      return x < y ? -1 : 1;
    const ta = Date.parse(x);
    const tb = Date.parse(y);
    if (ta !== tb) return ta - tb;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function sortedList<T extends { createdAt: string; id: string }>(list: T[]): T[] {
  for (let i = 1; i < list.length; i++) {
    if (byCreated(list[i - 1] as T, list[i] as T) > 0) return [...list].sort(byCreated);
  }
  return list;
}

/** Same case with every item list in `byCreated` order (lists already in order are kept as is). */
export function normalizeCase(kase: Case): Case {
  const evidence = sortedList(kase.evidence);
  const reports = sortedList(kase.reports);
  const proofs = sortedList(kase.proofs);
  const notes = sortedList(kase.notes);
  if (
    evidence === kase.evidence &&
    reports === kase.reports &&
    proofs === kase.proofs &&
    notes === kase.notes
  ) {
    return kase;
  }
  return { ...kase, evidence, reports, proofs, notes };
}

/** Plain JSON case (not validated yet) from its header and bucket contents. */
export function assembleCase(headerValue: unknown, buckets: Map<ItemKind, unknown[][]>): unknown {
  const h = headerValue as Record<string, unknown>;
  const out: Record<string, unknown> = { ...h };
  for (const kind of ITEM_KINDS) out[LIST[kind]] = (buckets.get(kind) ?? []).flat();
  return out;
}
