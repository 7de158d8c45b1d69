import { strFromU8, unzipSync } from 'fflate';
import { canonicalJson, sha256Hex } from '../vault/canonical';

/**
 * The integrity value printed on the last page of the case file.
 *
 * It is the value `exportData` returns for the same case, by construction: the page asks the
 * vault for a plain export of that one case and takes the hash from it, after checking it.
 * The object hashed is the `content` member of `case.json` inside the plain export ZIP:
 *
 *   content = { schemaVersion, cases: [the case], files: [one entry per attached document file:
 *               { caseId, proofId, fileId, path, name, type, size, sha256 of its bytes }] }
 *   hash    = SHA-256( UTF-8( canonicalJson(content) ) )     — lib/vault/canonical.ts
 *
 * canonicalJson: object keys sorted by UTF-16 code units, no whitespace, undefined members left
 * out. So the hash covers the whole stored case (not only what a partial or redacted copy shows)
 * and the document files, and anyone holding the export can recompute it.
 */
export const CASE_JSON = 'case.json';

export type ExportSnapshot = {
  /** The hash the export file carries (and `exportData` returned). */
  sha256: string;
  /** `content` as read back from the export's case.json. */
  content: { cases?: unknown[] } & Record<string, unknown>;
};

export class IntegrityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IntegrityError';
  }
}

/** The hash of an export's content object: the one formula both sides use. */
export function contentHash(content: unknown): Promise<string> {
  return sha256Hex(canonicalJson(content));
}

/**
 * Read case.json out of a plain export ZIP (only that entry is inflated; the document files
 * are not touched) and check that its `sha256` is the hash of its `content`.
 */
export async function readPlainExport(zip: Uint8Array): Promise<ExportSnapshot> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip, { filter: (file) => file.name === CASE_JSON });
  } catch (err) {
    throw new IntegrityError(`The export could not be opened: ${(err as Error).message}`);
  }
  const bytes = entries[CASE_JSON];
  if (!bytes) throw new IntegrityError('The export has no case.json.');
  const envelope = JSON.parse(strFromU8(bytes)) as { sha256?: unknown; content?: unknown };
  if (typeof envelope.sha256 !== 'string' || typeof envelope.content !== 'object') {
    throw new IntegrityError('The export’s case.json has no sha256 or content.');
  }
  const content = envelope.content as ExportSnapshot['content'];
  const computed = await contentHash(content);
  if (computed !== envelope.sha256) {
    throw new IntegrityError('The export’s content does not match its SHA-256.');
  }
  return { sha256: computed, content };
}

/** Whether the exported snapshot holds exactly this case (nothing changed between the reads). */
export function snapshotHolds(snapshot: ExportSnapshot, kase: { id: string }): boolean {
  const cases = snapshot.content.cases ?? [];
  return cases.length === 1 && canonicalJson(cases[0]) === canonicalJson(kase);
}
