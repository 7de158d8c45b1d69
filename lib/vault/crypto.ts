import { z } from 'zod';
import { type Bytes, bytesEqual, fromBase64, fromUtf8, randomBytes, toBase64, utf8 } from './bytes';

/**
 * The vault's cryptography, WebCrypto only (the same code runs in the service worker and in
 * Node 20 tests). Choices, after the OWASP Password Storage Cheat Sheet and Bitwarden's defaults:
 * - PBKDF2-HMAC-SHA256, 600,000 iterations (OWASP), 16-byte random salt. Parameters are stored
 *   with what they protect; read from a file they are bounded before any derivation.
 * - The passphrase derives 32 bytes; HKDF splits them into the key-encryption key and a check
 *   value, so a wrong passphrase ("the check differs") is told apart from damaged data ("the
 *   check matches but decryption fails").
 * - AES-256-GCM everywhere with a fresh random 96-bit IV per encryption, and the record's name as
 *   additional data so a stored record can't be swapped for another.
 * - Captures made while locked are sealed to the vault's ECDH P-256 public key (ephemeral key,
 *   ECDH, HKDF-SHA256, AES-GCM): no passphrase needed to add, only to read.
 */

export const KDF_ITERATIONS = 600_000;
/** What a file or stored record may ask for (Bitwarden bounds PBKDF2 to 5,000–2,000,000). */
export const KDF_MIN_ITERATIONS = 100_000;
export const KDF_MAX_ITERATIONS = 2_000_000;

export const KdfParams = z
  .object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int(),
    /** base64 of 16–64 random bytes */
    salt: z.string().min(20).max(100),
  })
  .strict();
export type KdfParams = z.infer<typeof KdfParams>;

export const Sealed = z
  .object({
    iv: z.string().length(16),
    ct: z.string(),
  })
  .strict();
/** AES-GCM output as stored: base64 IV and ciphertext (tag included). */
export type Sealed = z.infer<typeof Sealed>;

export class KdfBoundsError extends Error {
  constructor(iterations: number) {
    super(
      `the key settings ask for ${iterations} PBKDF2 iterations; Beacon accepts ${KDF_MIN_ITERATIONS.toLocaleString('en')} to ${KDF_MAX_ITERATIONS.toLocaleString('en')}`,
    );
    this.name = 'KdfBoundsError';
  }
}

export function newKdfParams(iterations = KDF_ITERATIONS): KdfParams {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(randomBytes(16)) };
}

/** Throws KdfBoundsError before any work if the parameters are outside the safe range. */
export function checkKdfParams(params: KdfParams): void {
  if (
    !Number.isSafeInteger(params.iterations) ||
    params.iterations < KDF_MIN_ITERATIONS ||
    params.iterations > KDF_MAX_ITERATIONS
  ) {
    throw new KdfBoundsError(params.iterations);
  }
  const salt = fromBase64(params.salt);
  if (salt.length < 16 || salt.length > 64) throw new Error('the key salt has the wrong length');
}

export type PassphraseKeys = {
  /** AES-GCM key-encryption key, non-extractable. */
  kek: CryptoKey;
  /** base64 of 16 bytes that tell a wrong passphrase from damaged data. */
  check: string;
};

export async function derivePassphraseKeys(
  passphrase: string,
  params: KdfParams,
): Promise<PassphraseKeys> {
  checkKdfParams(params);
  const base = await crypto.subtle.importKey(
    'raw',
    utf8(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const master = await crypto.subtle.deriveBits(
    {
      name: 'PBKDF2',
      hash: 'SHA-256',
      salt: fromBase64(params.salt),
      iterations: params.iterations,
    },
    base,
    256,
  );
  const hkdf = await crypto.subtle.importKey('raw', master, 'HKDF', false, [
    'deriveKey',
    'deriveBits',
  ]);
  const kek = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8('beacon kek v1') },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const check = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8('beacon check v1') },
    hkdf,
    128,
  );
  return { kek, check: toBase64(new Uint8Array(check)) };
}

export function checkMatches(keys: PassphraseKeys, stored: string): boolean {
  try {
    return bytesEqual(fromBase64(keys.check), fromBase64(stored));
  } catch {
    return false;
  }
}

/** A non-extractable AES-256-GCM key from raw bytes. */
export function importAesKey(raw: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', new Uint8Array(raw), { name: 'AES-GCM' }, false, [
    'encrypt',
    'decrypt',
  ]);
}

export async function encryptBytes(
  key: CryptoKey,
  plain: Uint8Array,
  aad: string,
): Promise<Sealed> {
  const iv = randomBytes(12);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8(aad) },
    key,
    new Uint8Array(plain),
  );
  return { iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

/** Throws DecryptError when the key is wrong or the data was changed. */
export async function decryptBytes(key: CryptoKey, sealed: Sealed, aad: string): Promise<Bytes> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: utf8(aad) },
      key,
      fromBase64(sealed.ct),
    );
    return new Uint8Array(plain);
  } catch {
    throw new DecryptError();
  }
}

export class DecryptError extends Error {
  constructor() {
    super('the data could not be decrypted (wrong key, or it was changed or damaged)');
    this.name = 'DecryptError';
  }
}

export function encryptJson(key: CryptoKey, value: unknown, aad: string): Promise<Sealed> {
  return encryptBytes(key, utf8(JSON.stringify(value)), aad);
}

export async function decryptJson(key: CryptoKey, sealed: Sealed, aad: string): Promise<unknown> {
  return JSON.parse(fromUtf8(await decryptBytes(key, sealed, aad)));
}

// --- ECDH inbox -------------------------------------------------------------------------------

export type InboxKeyPair = { publicKey: string; privateKeyPkcs8: Bytes };

export async function newInboxKeyPair(): Promise<InboxKeyPair> {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ])) as CryptoKeyPair;
  const publicRaw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  return { publicKey: toBase64(publicRaw), privateKeyPkcs8: pkcs8 };
}

export function importInboxPrivateKey(pkcs8: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'pkcs8',
    new Uint8Array(pkcs8),
    { name: 'ECDH', namedCurve: 'P-256' },
    false,
    ['deriveBits'],
  );
}

export const SealedToKey = z
  .object({
    /** Ephemeral public key, raw uncompressed point, base64. */
    epk: z.string().max(200),
    iv: z.string().length(16),
    ct: z.string(),
  })
  .strict();
export type SealedToKey = z.infer<typeof SealedToKey>;

async function inboxKey(shared: ArrayBuffer, epkRaw: Bytes, usage: KeyUsage): Promise<CryptoKey> {
  const hkdf = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: epkRaw, info: utf8('beacon inbox v1') },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/** Seal bytes to a public key: only the holder of the private key (the unlocked vault) reads them. */
export async function sealToPublicKey(
  publicKeyB64: string,
  plain: Uint8Array,
): Promise<SealedToKey> {
  const recipient = await crypto.subtle.importKey(
    'raw',
    fromBase64(publicKeyB64),
    { name: 'ECDH', namedCurve: 'P-256' },
    false,
    [],
  );
  const eph = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ])) as CryptoKeyPair;
  const epkRaw = new Uint8Array(await crypto.subtle.exportKey('raw', eph.publicKey));
  const shared = await crypto.subtle.deriveBits(
    { name: 'ECDH', public: recipient },
    eph.privateKey,
    256,
  );
  const key = await inboxKey(shared, epkRaw, 'encrypt');
  const iv = randomBytes(12);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: epkRaw },
    key,
    new Uint8Array(plain),
  );
  return { epk: toBase64(epkRaw), iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

export async function openSealed(privateKey: CryptoKey, sealed: SealedToKey): Promise<Bytes> {
  try {
    const epkRaw = fromBase64(sealed.epk);
    const epk = await crypto.subtle.importKey(
      'raw',
      epkRaw,
      { name: 'ECDH', namedCurve: 'P-256' },
      false,
      [],
    );
    const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: epk }, privateKey, 256);
    const key = await inboxKey(shared, epkRaw, 'decrypt');
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: epkRaw },
      key,
      fromBase64(sealed.ct),
    );
    return new Uint8Array(plain);
  } catch {
    throw new DecryptError();
  }
}
