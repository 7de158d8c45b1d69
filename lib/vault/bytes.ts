/**
 * Byte helpers that work the same in the browser and in Node tests (no Buffer). Base64 is how
 * ciphertext travels through storage.local and messages (both are JSON).
 */
export type Bytes = Uint8Array<ArrayBuffer>;

const CHUNK = 0x8000;

type Native = {
  toBase64?: () => string;
};
type NativeCtor = { fromBase64?: (text: string) => Uint8Array };
type NodeBuffer = {
  from(
    data: Uint8Array | string,
    encoding?: string,
  ): Uint8Array & { toString(enc: string): string };
};
// Node (tests, bench) has Buffer; recent browsers have Uint8Array.prototype.toBase64. Both are
// far faster than the portable loop, which matters for 10 MB vaults and 20 MB proof files.
const NodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;

export function toBase64(bytes: Uint8Array): string {
  const native = (bytes as Native).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  if (NodeBuffer)
    return NodeBuffer.from(bytes.buffer ? bytes : new Uint8Array(bytes)).toString('base64');
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** Throws BadBase64Error on anything that isn't canonical base64, so callers can name what was wrong. */
export function fromBase64(text: string): Bytes {
  if (!isBase64(text)) throw new BadBase64Error();
  const native = (Uint8Array as NativeCtor).fromBase64;
  if (typeof native === 'function') return native(text) as Bytes;
  if (NodeBuffer) {
    const buf = NodeBuffer.from(text, 'base64');
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.length).slice() as Bytes;
  }
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Canonical base64 (padded, no whitespace), checked in one pass: a regex over a 27 MB string can overflow the stack. */
function isBase64(text: string): boolean {
  if (text.length % 4 !== 0) return false;
  const end = text.endsWith('==')
    ? text.length - 2
    : text.endsWith('=')
      ? text.length - 1
      : text.length;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const ok =
      (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
    if (!ok) return false;
  }
  return true;
}

export class BadBase64Error extends Error {
  constructor() {
    super('not valid base64');
    this.name = 'BadBase64Error';
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function utf8(text: string): Bytes {
  return encoder.encode(text) as Bytes;
}

/** Strict: invalid UTF-8 throws instead of turning into replacement characters. */
export function fromUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Lower-case hex, two digits a byte (digests in storage and in export files). */
export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}

export function randomBytes(length: number): Bytes {
  return crypto.getRandomValues(new Uint8Array(length));
}

export function concatBytes(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}
