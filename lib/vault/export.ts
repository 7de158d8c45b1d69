import { strToU8, type Zippable, zipSync } from 'fflate';
import { z } from 'zod';
import { Case } from '../case/model';
import { type Bytes, utf8 } from './bytes';
import { canonicalJson, sha256Hex } from './canonical';
import {
  derivePassphraseKeys,
  encryptBytes,
  KDF_ITERATIONS,
  KdfParams,
  newKdfParams,
  Sealed,
} from './crypto';

/**
 * Export files. Two kinds, both carrying format version, created-at, app version and
 * the SHA-256 of the canonical JSON content:
 * - plain: a ZIP with `case.json` and the proof files, for a trusted advocate;
 * - encrypted: a JSON envelope (`.beacon.json`) whose `data` is that same ZIP, AES-256-GCM under a
 *   key derived from a passphrase chosen for the file (its own KDF parameters).
 * The format is frozen by test vectors (tests/fixtures/vault/export-v1.*): change it only by adding
 * a new format version that the importer also reads.
 */
export const EXPORT_FORMAT_VERSION = 1;
export const PLAIN_FORMAT = 'beacon-case-export';
export const ENCRYPTED_FORMAT = 'beacon-encrypted-export';
export const CASE_JSON = 'case.json';

const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const ExportFileEntry = z
  .object({
    caseId: Id,
    proofId: Id,
    fileId: Id,
    /** Where the bytes are in the ZIP. */
    path: z.string().max(400),
    name: z.string().max(255),
    type: z.string().max(100),
    size: z
      .number()
      .int()
      .nonnegative()
      .max(20 * 1024 * 1024),
    sha256: Hex64,
  })
  .strict();
export type ExportFileEntry = z.infer<typeof ExportFileEntry>;

export const ExportContent = z
  .object({
    /** The case data schema version (lib/vault/migrations.ts) the cases are written in. */
    schemaVersion: z.number().int().min(1),
    cases: z.array(Case).max(1000),
    files: z.array(ExportFileEntry).max(100_000),
  })
  .strict();
export type ExportContent = z.infer<typeof ExportContent>;

export const PlainEnvelope = z
  .object({
    format: z.literal(PLAIN_FORMAT),
    formatVersion: z.number().int(),
    createdAt: z.iso.datetime({ offset: true }),
    appVersion: z.string().max(40),
    sha256: Hex64,
    /** Parsed against ExportContent after the format version is known. */
    content: z.unknown(),
  })
  .strict();

export const EncryptedEnvelope = z
  .object({
    format: z.literal(ENCRYPTED_FORMAT),
    formatVersion: z.number().int(),
    createdAt: z.iso.datetime({ offset: true }),
    appVersion: z.string().max(40),
    sha256: Hex64,
    kdf: KdfParams,
    check: z.string().max(64),
    iv: Sealed.shape.iv,
    data: z.string(),
  })
  .strict();
export type EncryptedEnvelope = z.infer<typeof EncryptedEnvelope>;

/** The envelope fields bound into the ciphertext as additional data (no silent edits). */
export function envelopeAad(e: Omit<EncryptedEnvelope, 'iv' | 'data' | 'check'>): string {
  return canonicalJson({
    format: e.format,
    formatVersion: e.formatVersion,
    createdAt: e.createdAt,
    appVersion: e.appVersion,
    sha256: e.sha256,
    kdf: e.kdf,
  });
}

export type ExportSource = {
  /** Case data; typed loosely so a vault whose migration failed can still export its old data. */
  cases: readonly unknown[];
  schemaVersion: number;
  files: ReadonlyArray<{
    caseId: string;
    proofId: string;
    fileId: string;
    name: string;
    type: string;
    bytes: Uint8Array;
  }>;
  createdAt: Date;
  appVersion: string;
};

/** Names inside the ZIP: readable for the advocate, never a path traversal. */
function safeName(name: string): string {
  const cleaned = name
    .replace(/[^A-Za-z0-9._ -]/g, '_')
    .replace(/^\.+/, '_')
    .slice(0, 120);
  return cleaned || 'file';
}

export async function buildPlainExport(
  source: ExportSource,
): Promise<{ zip: Bytes; sha256: string }> {
  const entries: ExportFileEntry[] = [];
  const zipFiles: Zippable = {};
  for (const f of source.files) {
    const path = `files/${f.caseId}/${f.fileId}-${safeName(f.name)}`;
    entries.push({
      caseId: f.caseId,
      proofId: f.proofId,
      fileId: f.fileId,
      path,
      name: f.name,
      type: f.type,
      size: f.bytes.length,
      sha256: await sha256Hex(f.bytes),
    });
    // Files are mostly JPEG/PDF, already compressed: store them as they are.
    zipFiles[path] = [f.bytes, { level: 0 }];
  }
  const content = { schemaVersion: source.schemaVersion, cases: source.cases, files: entries };
  const sha256 = await sha256Hex(canonicalJson(content));
  const envelope = {
    format: PLAIN_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    createdAt: source.createdAt.toISOString(),
    appVersion: source.appVersion,
    sha256,
    content,
  };
  zipFiles[CASE_JSON] = [strToU8(JSON.stringify(envelope, null, 1)), { level: 1 }];
  const zip = zipSync(zipFiles, { mtime: source.createdAt }) as Bytes;
  return { zip, sha256 };
}

export async function buildEncryptedExport(
  zip: Uint8Array,
  sha256: string,
  passphrase: string,
  meta: { createdAt: Date; appVersion: string; iterations?: number },
): Promise<Bytes> {
  const kdf = newKdfParams(meta.iterations ?? KDF_ITERATIONS);
  const keys = await derivePassphraseKeys(passphrase, kdf);
  const head = {
    format: ENCRYPTED_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    createdAt: meta.createdAt.toISOString(),
    appVersion: meta.appVersion,
    sha256,
    kdf,
  } as const;
  const sealed = await encryptBytes(keys.kek, zip, envelopeAad(head));
  const envelope: EncryptedEnvelope = {
    ...head,
    check: keys.check,
    iv: sealed.iv,
    data: sealed.ct,
  };
  return utf8(JSON.stringify(envelope));
}

export function exportFileName(kind: 'plain' | 'encrypted', createdAt: Date): string {
  const day = createdAt.toISOString().slice(0, 10);
  return kind === 'plain' ? `beacon-export-${day}.zip` : `beacon-export-${day}.beacon.json`;
}
