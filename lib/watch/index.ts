import { watchKey } from './address';

/**
 * The watch's index of evidence addresses: HMAC-SHA-256 of each address key under a random key
 * made at unlock. It lets the background recognise an evidence address while the vault is
 * locked without holding any address: the index says "this one is evidence" for an address it
 * is given, and nothing about the ones it is not given. Held in storage.session only (memory,
 * trusted contexts, gone when the browser closes); see docs/ARCHITECTURE.md, "Removal watch".
 */
export type WatchIndex = { key: CryptoKey; digests: Set<string> };
export type StoredWatchIndex = { key: string; digests: string[] };

const enc = new TextEncoder();

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

async function importKey(raw: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'raw',
    raw as BufferSource,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
}

/** The digest of an address key (never of a raw address: keys are normalised first). */
export async function digestOf(index: Pick<WatchIndex, 'key'>, key: string): Promise<string> {
  return hex(await crypto.subtle.sign('HMAC', index.key, enc.encode(key)));
}

/** A fresh index over the given addresses (evidence urls, author profile urls). */
export async function buildIndex(
  addresses: Iterable<string | undefined>,
): Promise<{ index: WatchIndex; stored: StoredWatchIndex }> {
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const key = await importKey(raw);
  const digests = new Set<string>();
  for (const address of addresses) {
    const k = address ? watchKey(address) : null;
    if (k) digests.add(await digestOf({ key }, k));
  }
  return { index: { key, digests }, stored: { key: toBase64(raw), digests: [...digests] } };
}

/** The index back from storage.session, or null when it is missing or malformed. */
export async function loadIndex(value: unknown): Promise<WatchIndex | null> {
  const v = value as Partial<StoredWatchIndex> | undefined;
  if (!v || typeof v.key !== 'string' || !Array.isArray(v.digests)) return null;
  try {
    const raw = fromBase64(v.key);
    if (raw.length !== 32) return null;
    const digests = new Set(v.digests.filter((d): d is string => /^[0-9a-f]{64}$/.test(String(d))));
    return { key: await importKey(raw), digests };
  } catch {
    return null;
  }
}

/** The digest of `address` when it is in the index, else null (the caller then forgets it). */
export async function lookup(index: WatchIndex, address: string): Promise<string | null> {
  const key = watchKey(address);
  if (!key) return null;
  const digest = await digestOf(index, key);
  return index.digests.has(digest) ? digest : null;
}
