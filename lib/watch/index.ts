import { z } from 'zod';
import { fromBase64, randomBytes, toBase64, toHex, utf8 } from '../vault/bytes';
import { watchKey } from './address';

/**
 * The watch's index of evidence addresses: HMAC-SHA-256 of each address key under a random key
 * made at unlock. It lets the background recognise an evidence address while the vault is
 * locked without holding any address: the index says "this one is evidence" for an address it
 * is given, and nothing about the ones it is not given. Held in storage.session only (memory,
 * trusted contexts, gone when the browser closes); see docs/ARCHITECTURE.md, "Removal watch".
 *
 * The digests are kept per case, so a change to one case re-digests that case only, and a match
 * names the cases to open: the vault is touched only for evidence.
 */
export type CaseDigests = { digests: readonly string[] };
export type WatchIndex = {
  key: CryptoKey;
  /** The key's bytes, base64, for storage.session (the CryptoKey is not extractable). */
  raw: string;
  byCase: Map<string, CaseDigests>;
  /** How many cases hold each digest (one address can be evidence in several cases). */
  count: Map<string, number>;
};

const Digest = z.string().regex(/^[0-9a-f]{64}$/);
/** As stored: a list, not an object keyed by case id (no `__proto__` key can come back). */
const StoredWatchIndex = z.object({
  key: z.string().length(44),
  cases: z
    .array(
      z.object({
        id: z.string().min(1).max(128),
        digests: z.array(Digest).max(100_000),
      }),
    )
    .max(10_000),
});
export type StoredWatchIndex = z.infer<typeof StoredWatchIndex>;

async function importKey(raw: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'raw',
    raw as BufferSource,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
}

/** An empty index under a fresh random key. */
export async function newIndex(): Promise<WatchIndex> {
  const raw = randomBytes(32);
  return { key: await importKey(raw), raw: toBase64(raw), byCase: new Map(), count: new Map() };
}

/** The digest of an address key (never of a raw address: keys are normalised first). */
export async function digestOf(index: Pick<WatchIndex, 'key'>, key: string): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', index.key, utf8(key))));
}

/** The digests of the given addresses (evidence urls, author profile urls), each once. */
export async function digestsOf(
  index: Pick<WatchIndex, 'key'>,
  addresses: Iterable<string | undefined>,
): Promise<string[]> {
  const keys = new Set<string>();
  for (const address of addresses) {
    const k = address ? watchKey(address) : null;
    if (k) keys.add(k);
  }
  return Promise.all([...keys].map((k) => digestOf(index, k)));
}

/** Replaces one case's digests (null: the case is gone), keeping the counts right. */
export function setCase(index: WatchIndex, caseId: string, next: CaseDigests | null): void {
  for (const d of index.byCase.get(caseId)?.digests ?? []) {
    const n = (index.count.get(d) ?? 0) - 1;
    if (n > 0) index.count.set(d, n);
    else index.count.delete(d);
  }
  if (!next) {
    index.byCase.delete(caseId);
    return;
  }
  index.byCase.set(caseId, next);
  for (const d of next.digests) index.count.set(d, (index.count.get(d) ?? 0) + 1);
}

/** The ids of the cases whose evidence has this digest. */
export function casesWith(index: WatchIndex, digest: string): string[] {
  if (!index.count.has(digest)) return [];
  return [...index.byCase].filter(([, c]) => c.digests.includes(digest)).map(([id]) => id);
}

/** The index for storage.session. */
export function storedIndex(index: WatchIndex): StoredWatchIndex {
  return {
    key: index.raw,
    cases: [...index.byCase].map(([id, c]) => ({
      id,
      digests: [...c.digests],
    })),
  };
}

/** The index back from storage.session, or null when it is missing or malformed. */
export async function loadIndex(value: unknown): Promise<WatchIndex | null> {
  const parsed = StoredWatchIndex.safeParse(value);
  if (!parsed.success) return null;
  try {
    const raw = fromBase64(parsed.data.key);
    if (raw.length !== 32) return null;
    const index: WatchIndex = {
      key: await importKey(raw),
      raw: parsed.data.key,
      byCase: new Map(),
      count: new Map(),
    };
    for (const c of parsed.data.cases) setCase(index, c.id, c);
    return index;
  } catch {
    return null;
  }
}

/** The digest of `address` when it is in the index, else null (the caller then forgets it). */
export async function lookup(index: WatchIndex, address: string): Promise<string | null> {
  const key = watchKey(address);
  if (!key) return null;
  const digest = await digestOf(index, key);
  return index.count.has(digest) ? digest : null;
}
