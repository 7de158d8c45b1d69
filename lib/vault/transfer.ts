import { MessageError } from '../messaging/envelope';
import type { ExportFile, ImportSummary } from '../messaging/messages/vault';
import { toBase64 } from './bytes';
import { readSettings, type VaultContext } from './context';
import { buildEncryptedExport, buildPlainExport, exportFileName } from './export';
import { ImportError, type ImportedFile, importBytes, readExportFile } from './import';
import { caseRecords, changedRecords, KEY } from './layout';
import { planImport } from './merge';
import { readProofBytes, writeProofBytes } from './proofs';
import { VaultRefusal } from './refusal';
import { caseOf, commit, ensureOpen, ensureWritable } from './store';

/**
 * Export (a plain ZIP, or that ZIP sealed under a passphrase of the user's choice) and import
 * (preview what a file would add, then apply it: never overwriting or removing anything).
 * The file is untrusted: lib/vault/import.ts checks it whole before anything is written.
 */
export type ExportRequest = {
  caseIds?: string[];
  format: 'encrypted' | 'plain';
  passphrase?: string;
};
export type ImportRequest = { dataBase64: string; passphrase?: string };

export async function exportData(ctx: VaultContext, input: ExportRequest): Promise<ExportFile> {
  const o = await ensureOpen(ctx);
  const createdAt = ctx.now();
  let cases: unknown[];
  const files: Array<Parameters<typeof buildPlainExport>[0]['files'][number]> = [];
  if (o.migration) {
    cases = o.oldCases ?? [];
  } else {
    const chosen = input.caseIds ? input.caseIds.map((id) => caseOf(o, id)) : [...o.cases.values()];
    cases = chosen;
    for (const kase of chosen) {
      for (const proof of kase.proofs) {
        if (!proof.fileId) continue;
        files.push({
          caseId: kase.id,
          proofId: proof.id,
          fileId: proof.fileId,
          name: proof.fileName ?? 'file',
          type: proof.fileType ?? 'application/octet-stream',
          bytes: await readProofBytes(ctx, o, kase.id, proof.fileId),
        });
      }
    }
  }
  const version = o.migration ? o.meta.schemaVersion : ctx.schemaVersion;
  const appVersion = ctx.env.appVersion;
  const { zip, sha256 } = await buildPlainExport({
    cases,
    schemaVersion: version,
    files,
    createdAt,
    appVersion,
  });
  if (input.format === 'plain') {
    const fileName = exportFileName('plain', createdAt);
    return { fileName, mime: 'application/zip', dataBase64: toBase64(zip), sha256 };
  }
  if (!input.passphrase) {
    throw new VaultRefusal('invalid-data', 'vault.exportNeedsPassphrase');
  }
  const file = await buildEncryptedExport(zip, sha256, input.passphrase, {
    createdAt,
    appVersion,
    iterations: ctx.iterations,
  });
  const fileName = exportFileName('encrypted', createdAt);
  return { fileName, mime: 'application/json', dataBase64: toBase64(file), sha256 };
}

/**
 * Read and check an import file whole. Runs OUTSIDE the vault's queue (it touches no vault
 * state), so a large or hostile file never holds captures or unlock behind it.
 */
export async function readImport(ctx: VaultContext, input: ImportRequest) {
  try {
    const lang = (await readSettings(ctx)).lang;
    return await readExportFile(importBytes(input.dataBase64, lang), input.passphrase, {
      schemaVersion: ctx.schemaVersion,
      migrations: ctx.chain,
      lang,
    });
  } catch (error) {
    if (error instanceof ImportError) throw new MessageError(error.code, error.message);
    throw error;
  }
}

/** What a checked file would add (`apply` false), or add it (`apply` true). */
export async function importFile(
  ctx: VaultContext,
  file: ImportedFile,
  apply: boolean,
): Promise<ImportSummary> {
  const o = await ensureOpen(ctx);
  ensureWritable(o);
  const plan = planImport(o.cases, file.content.cases, ctx.now(), ctx.newId);
  const summary: ImportSummary = {
    cases: plan.summary,
    formatVersion: file.formatVersion,
    createdAt: file.createdAt,
    sha256: file.sha256,
  };
  if (!apply || plan.changed.length === 0) return summary;

  // Files first (a failed case write then leaves only unreferenced blobs, never a proof
  // pointing at a missing file), re-encrypted under this vault's key.
  for (const entry of file.content.files) {
    const key = `${entry.caseId}/${entry.fileId}`;
    if (!plan.newFiles.has(key)) continue;
    const bytes = file.files.get(entry.path);
    if (bytes) await writeProofBytes(ctx, o, key, bytes);
  }
  const records: Record<string, unknown> = {};
  const ids = new Set(o.cases.keys());
  for (const next of plan.changed) {
    const prev = o.cases.get(next.id);
    const map = prev ? changedRecords(prev, next) : caseRecords(next);
    for (const [key, value] of map) records[key] = value;
    ids.add(next.id);
  }
  records[KEY.index] = { caseIds: [...ids] };
  await commit(ctx, o.dataKey, records);
  for (const next of plan.changed) o.cases.set(next.id, next);
  ctx.changed();
  return summary;
}
