import type { z } from 'zod';
import type { Case } from '../case/model';
import type { Lang } from '../i18n/types';
import { fromBase64, fromUtf8 } from './bytes';
import { canonicalJson, sha256Hex } from './canonical';
import {
  checkKdfParams,
  checkMatches,
  DecryptError,
  decryptBytes,
  derivePassphraseKeys,
} from './crypto';
import {
  CASE_JSON,
  ENCRYPTED_FORMAT,
  EncryptedEnvelope,
  EXPORT_FORMAT_VERSION,
  ExportContent,
  envelopeAad,
  PLAIN_FORMAT,
  PlainEnvelope,
} from './export';
import { checkProofFile, filesText, shownName } from './file-types';
import { CURRENT_SCHEMA_VERSION, type Migration, migrations, runMigrations } from './migrations';
import { parseJsonSafely, UnsafeJsonError } from './safe-json';
import { inflateEntries, type UnzipLimits, ZipLimitError, type ZipRefusal } from './unzip';

/**
 * Reading an export file someone hands over. Everything in it is untrusted: the size is checked
 * before parsing, KDF parameters are bounded before deriving, JSON depth and prototype keys are
 * checked before any object is used, every object is parsed with a strict schema, and the
 * SHA-256 of the content must match. Each refusal is an ImportError whose message says what is
 * wrong; nothing is written anywhere by this module.
 */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 20_000;
const MAX_UNZIPPED_BYTES = 400 * 1024 * 1024;
const MAX_CASE_JSON_BYTES = 150 * 1024 * 1024;
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export class ImportError extends Error {
  constructor(
    readonly code: 'bad-import' | 'wrong-passphrase',
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

const bad = (message: string) => new ImportError('bad-import', message);

export type ImportedFile = {
  kind: 'plain' | 'encrypted';
  formatVersion: number;
  createdAt: string;
  appVersion: string;
  sha256: string;
  content: ExportContent;
  /** Proof file bytes by `path` from the content's file list (sizes and hashes checked). */
  files: Map<string, Uint8Array>;
};

export type ImportOptions = {
  maxBytes?: number;
  /** Lower caps for tests (a small zip bomb); the defaults are the product's. */
  unzip?: Partial<UnzipLimits> & { maxCaseJsonBytes?: number; maxFileBytes?: number };
  schemaVersion?: number;
  migrations?: readonly Migration[];
  /** The language of the proof-file refusal (the vault's setting; English when unknown). */
  lang?: Lang;
};

export async function readExportFile(
  bytes: Uint8Array,
  passphrase?: string,
  options: ImportOptions = {},
): Promise<ImportedFile> {
  const lang = options.lang ?? 'en';
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (bytes.length === 0) throw bad(filesText(lang, 'files.import.empty'));
  if (bytes.length > maxBytes) throw bad(tooLarge(lang, maxBytes));
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readPlainZip(bytes, 'plain', options);
  if (bytes[0] === 0x7b /* { */) return readEncrypted(bytes, passphrase, options);
  throw bad(filesText(lang, 'files.import.notBeacon'));
}

const tooLarge = (lang: Lang, maxBytes: number) =>
  filesText(lang, 'files.import.tooLarge', { size: Math.round(maxBytes / 1024 / 1024) });

type What = 'files.what.encrypted' | 'files.what.caseJson' | 'files.what.caseData';

/**
 * A refusal's technical detail (JSON depth, a key name, a schema path) stays in English: it is
 * for whoever helps with a bug report. It may quote the file, so it is shortened and escaped
 * like a file name.
 */
const technical = (detail: string) => shownName(detail, 200);

function parseJson(text: string, what: What, lang: Lang): unknown {
  try {
    return parseJsonSafely(text);
  } catch (error) {
    if (error instanceof UnsafeJsonError) {
      throw bad(
        filesText(lang, 'files.import.unreadable', {
          what: filesText(lang, what),
          detail: technical(error.message),
        }),
      );
    }
    throw error;
  }
}

function checkFormatVersion(value: unknown, format: string, lang: Lang): number {
  const v = value as { format?: unknown; formatVersion?: unknown };
  if (typeof v !== 'object' || v === null || v.format !== format) {
    throw bad(filesText(lang, 'files.import.noFormatName'));
  }
  if (typeof v.formatVersion !== 'number' || !Number.isInteger(v.formatVersion)) {
    throw bad(filesText(lang, 'files.import.noFormatVersion'));
  }
  if (v.formatVersion > EXPORT_FORMAT_VERSION) {
    throw bad(
      filesText(lang, 'files.import.newerFormat', {
        version: v.formatVersion,
        max: EXPORT_FORMAT_VERSION,
      }),
    );
  }
  if (v.formatVersion < 1)
    throw bad(filesText(lang, 'files.import.unknownFormat', { version: v.formatVersion }));
  return v.formatVersion;
}

function describeIssue(error: z.ZodError, what: What, lang: Lang): string {
  const issue = error.issues[0];
  const detail = technical(issue?.message ?? 'invalid');
  const path = issue?.path.length ? technical(issue.path.join('.')) : '';
  return path
    ? filesText(lang, 'files.import.shapeAt', { what: filesText(lang, what), path, detail })
    : filesText(lang, 'files.import.shape', { what: filesText(lang, what), detail });
}

async function readEncrypted(
  bytes: Uint8Array,
  passphrase: string | undefined,
  options: ImportOptions,
): Promise<ImportedFile> {
  const lang = options.lang ?? 'en';
  let text: string;
  try {
    text = fromUtf8(bytes);
  } catch {
    throw bad(
      filesText(lang, 'files.import.notText', { what: filesText(lang, 'files.what.encrypted') }),
    );
  }
  const raw = parseJson(text, 'files.what.encrypted', lang);
  checkFormatVersion(raw, ENCRYPTED_FORMAT, lang);
  const parsed = EncryptedEnvelope.safeParse(raw);
  if (!parsed.success) throw bad(describeIssue(parsed.error, 'files.what.encrypted', lang));
  const envelope = parsed.data;
  try {
    checkKdfParams(envelope.kdf);
  } catch (error) {
    throw bad(
      filesText(lang, 'files.import.unsafeKeys', {
        detail: technical((error as Error).message),
      }),
    );
  }
  if (passphrase === undefined || passphrase === '') {
    throw new ImportError('wrong-passphrase', filesText(lang, 'files.import.needsPassphrase'));
  }
  const keys = await derivePassphraseKeys(passphrase, envelope.kdf);
  if (!checkMatches(keys, envelope.check)) {
    throw new ImportError('wrong-passphrase', filesText(lang, 'files.import.wrongPassphrase'));
  }
  let zip: Uint8Array;
  try {
    zip = await decryptBytes(
      keys.kek,
      { iv: envelope.iv, ct: envelope.data },
      envelopeAad(envelope),
    );
  } catch (error) {
    if (error instanceof DecryptError || (error as Error).name === 'BadBase64Error') {
      throw bad(filesText(lang, 'files.import.sealMismatch'));
    }
    throw error;
  }
  const inner = await readPlainZip(zip, 'encrypted', options);
  if (inner.sha256 !== envelope.sha256) {
    throw bad(filesText(lang, 'files.import.headerMismatch'));
  }
  return inner;
}

const LIMITS = { maxEntries: MAX_ZIP_ENTRIES, maxTotalBytes: MAX_UNZIPPED_BYTES };

/** A ZIP refusal in the person's language; names from the ZIP shortened and escaped. */
function zipRefusal(refusal: ZipRefusal, message: string, lang: Lang): string {
  const n = (value: number) => new Intl.NumberFormat(lang).format(value);
  switch (refusal.code) {
    case 'too-many-entries':
      return filesText(lang, 'files.zip.tooManyEntries', { count: n(refusal.max) });
    case 'twice':
      return filesText(lang, 'files.zip.twice', { name: shownName(refusal.name) });
    case 'too-much':
      return filesText(lang, 'files.zip.tooMuch', {
        size: n(Math.round(refusal.maxBytes / 1024 / 1024)),
      });
    case 'too-big':
      return message; // the caller's own `tooBig`, already in the person's language
    default:
      return filesText(lang, 'files.zip.damaged');
  }
}

/** Inflate only the named entries, counting real bytes (never the sizes the ZIP declares). */
async function unzipOnly(
  bytes: Uint8Array,
  wanted: Map<string, { cap: number; tooBig: string }>,
  limits: Partial<UnzipLimits>,
  lang: Lang,
): Promise<Map<string, Uint8Array>> {
  try {
    return await inflateEntries(bytes, wanted, { ...LIMITS, ...limits });
  } catch (error) {
    if (error instanceof ZipLimitError) throw bad(zipRefusal(error.refusal, error.message, lang));
    throw bad(filesText(lang, 'files.zip.damaged'));
  }
}

async function readPlainZip(
  bytes: Uint8Array,
  kind: 'plain' | 'encrypted',
  options: ImportOptions,
): Promise<ImportedFile> {
  const limits = options.unzip ?? {};
  const lang = options.lang ?? 'en';
  // First pass: case.json only. The proof files are inflated after it is checked, and only
  // those it lists (second pass below).
  const head = await unzipOnly(
    bytes,
    new Map([
      [
        CASE_JSON,
        {
          cap: limits.maxCaseJsonBytes ?? MAX_CASE_JSON_BYTES,
          tooBig: filesText(lang, 'files.zip.caseJsonTooBig', {
            size: new Intl.NumberFormat(lang).format(MAX_CASE_JSON_BYTES / 1024 / 1024),
          }),
        },
      ],
    ]),
    limits,
    lang,
  );
  const json = head.get(CASE_JSON);
  if (!json) throw bad(filesText(lang, 'files.zip.noCaseJson'));
  let text: string;
  try {
    text = fromUtf8(json);
  } catch {
    throw bad(
      filesText(lang, 'files.import.notText', { what: filesText(lang, 'files.what.caseJson') }),
    );
  }
  const raw = parseJson(text, 'files.what.caseJson', lang);
  const formatVersion = checkFormatVersion(raw, PLAIN_FORMAT, lang);
  const envelope = PlainEnvelope.safeParse(raw);
  if (!envelope.success) throw bad(describeIssue(envelope.error, 'files.what.caseJson', lang));

  // The hash is over the content as written, before any default is filled in.
  const sha256 = await sha256Hex(canonicalJson(envelope.data.content));
  if (sha256 !== envelope.data.sha256) {
    throw bad(filesText(lang, 'files.import.hashMismatch'));
  }

  const rawContent = envelope.data.content as { schemaVersion?: unknown; cases?: unknown };
  const schemaVersion =
    typeof rawContent?.schemaVersion === 'number' ? rawContent.schemaVersion : NaN;
  const target = options.schemaVersion ?? CURRENT_SCHEMA_VERSION;
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1)
    throw bad(filesText(lang, 'files.import.noDataVersion'));
  let migrated: unknown = rawContent;
  if (schemaVersion !== target) {
    const result = runMigrations(
      { cases: Array.isArray(rawContent.cases) ? rawContent.cases : [] },
      schemaVersion,
      target,
      options.migrations ?? migrations,
    );
    if (!result.ok) {
      throw bad(
        result.fromVersion > result.toVersion
          ? filesText(lang, 'files.import.newerData', {
              version: result.fromVersion,
              max: result.toVersion,
            })
          : filesText(lang, 'files.import.cantUpdate', {
              version: result.fromVersion,
              detail: technical(result.message),
            }),
      );
    }
    migrated = { ...rawContent, schemaVersion: target, cases: result.doc.cases };
  }
  const content = ExportContent.safeParse(migrated);
  if (!content.success) throw bad(describeIssue(content.error, 'files.what.caseData', lang));
  checkIds(content.data, lang);

  const listed = new Map<string, { cap: number; tooBig: string }>();
  for (const entry of content.data.files) {
    if (entry.path === CASE_JSON || listed.has(entry.path)) {
      throw bad(filesText(lang, 'files.zip.listedTwice', { name: shownName(entry.name) }));
    }
    // The cap is the size case.json lists (≤ 20 MB): a file that inflates to more is refused.
    const cap = Math.min(entry.size, limits.maxFileBytes ?? MAX_FILE_BYTES);
    const tooBig = filesText(lang, 'files.zip.largerThanListed', { name: shownName(entry.name) });
    listed.set(entry.path, { cap, tooBig });
  }
  const entries = listed.size ? await unzipOnly(bytes, listed, limits, lang) : new Map();
  const files = new Map<string, Uint8Array>();
  for (const entry of content.data.files) {
    const data = entries.get(entry.path);
    const name = shownName(entry.name);
    if (!data) throw bad(filesText(lang, 'files.zip.missing', { name }));
    if (data.length !== entry.size || (await sha256Hex(data)) !== entry.sha256) {
      throw bad(filesText(lang, 'files.zip.damagedFile', { name }));
    }
    // A file that is not an allowed proof format (a web page, an SVG) refuses the whole import:
    // nothing of the file is written, so nothing hostile can later open at Beacon's origin.
    const check = checkProofFile(entry.type, data, lang);
    if (!check.ok) throw bad(`${filesText(lang, 'files.notImported', { name })} ${check.reason}`);
    files.set(entry.path, data);
  }
  return {
    kind,
    formatVersion,
    createdAt: envelope.data.createdAt,
    appVersion: envelope.data.appVersion,
    sha256,
    content: content.data,
    files,
  };
}

/**
 * Ids must be unique per case — evidence, reports, proofs, notes and hash receipts share one id
 * space (a delete's undo and a timeline line find an item by id alone) — and every file must
 * belong to a proof that names it.
 */
function checkIds(content: ExportContent, lang: Lang): void {
  const caseIds = new Set<string>();
  const cases = new Map<string, Case>();
  for (const kase of content.cases) {
    if (caseIds.has(kase.id)) {
      throw bad(filesText(lang, 'files.import.caseTwice', { id: shownName(kase.id) }));
    }
    caseIds.add(kase.id);
    cases.set(kase.id, kase);
    const seen = new Set<string>();
    for (const list of [kase.evidence, kase.reports, kase.proofs, kase.notes, kase.hashReceipts]) {
      for (const item of list) {
        if (seen.has(item.id)) {
          const title = shownName(kase.profile.title);
          throw bad(filesText(lang, 'files.import.itemTwice', { title, id: shownName(item.id) }));
        }
        seen.add(item.id);
      }
    }
  }
  for (const entry of content.files) {
    const proof = cases.get(entry.caseId)?.proofs.find((p) => p.id === entry.proofId);
    if (!proof || proof.fileId !== entry.fileId) {
      throw bad(filesText(lang, 'files.import.orphanFile', { name: shownName(entry.name) }));
    }
  }
}

/** The message layer sends base64: decode it with a clear error. */
export function importBytes(dataBase64: string, lang: Lang = 'en'): Uint8Array {
  if (dataBase64.length > Math.ceil(MAX_IMPORT_BYTES / 3) * 4) {
    throw bad(tooLarge(lang, MAX_IMPORT_BYTES));
  }
  try {
    return fromBase64(dataBase64);
  } catch {
    throw bad(filesText(lang, 'files.import.notBase64'));
  }
}
