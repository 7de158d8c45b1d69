import { applyOp } from '../case/ops';
import { MessageError } from '../messaging/envelope';
import { fromBase64, toBase64 } from './bytes';
import { blobAad, type Open, readSettings, type VaultContext } from './context';
import { decryptBytes, encryptBytes } from './crypto';
import { checkProofFile } from './file-types';
import { normalizeCase } from './layout';
import { VaultRefusal } from './refusal';
import { caseOf, ensureOpen, ensureWritable, saveCase } from './store';

/**
 * Proof files (a birth certificate, an ID): encrypted under the data key in the blob store,
 * bound to their `caseId/fileId` key by the AAD so one case's file can't be swapped in for
 * another's. The case only holds the file's id, name, type and size.
 */
export const MAX_PROOF_BYTES = 20 * 1024 * 1024;

export type ProofUpload = {
  caseId: string;
  proofId: string;
  name: string;
  type: string;
  dataBase64: string;
};

export async function attachProof(ctx: VaultContext, input: ProofUpload) {
  const o = await ensureOpen(ctx);
  ensureWritable(o);
  const kase = caseOf(o, input.caseId);
  const proof = kase.proofs.find((p) => p.id === input.proofId);
  if (!proof) throw new VaultRefusal('not-found', 'vault.proofNotFound');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(input.dataBase64);
  } catch {
    throw new VaultRefusal('invalid-data', 'vault.proofUnreadable');
  }
  if (bytes.length > MAX_PROOF_BYTES) {
    throw new VaultRefusal('invalid-data', 'vault.proofTooLarge', { size: 20 });
  }
  const check = checkProofFile(input.type, bytes, (await readSettings(ctx)).lang);
  if (!check.ok) throw new MessageError('invalid-data', check.reason);
  const fileId = ctx.newId();
  await writeProofBytes(ctx, o, `${kase.id}/${fileId}`, bytes);
  const patch = { fileId, fileName: input.name, fileType: check.type, fileSize: bytes.length };
  const next = normalizeCase(
    applyOp(kase, { op: 'updateProof', id: proof.id, patch }, { now: ctx.now(), newId: ctx.newId }),
  );
  await saveCase(ctx, o, kase, next);
  if (proof.fileId) {
    await ctx.env.blobs.delete([`${kase.id}/${proof.fileId}`]).catch(() => undefined);
  }
  ctx.changed(kase.id);
  return next;
}

/** Encrypt and store one proof file under `caseId/fileId`. */
export async function writeProofBytes(
  ctx: VaultContext,
  o: Open,
  key: string,
  bytes: Uint8Array,
): Promise<void> {
  const sealed = await encryptBytes(o.dataKey, bytes, blobAad(key));
  await ctx.env.blobs.put(key, { iv: fromBase64(sealed.iv), ct: fromBase64(sealed.ct) });
}

export async function readProofBytes(
  ctx: VaultContext,
  o: Open,
  caseId: string,
  fileId: string,
): Promise<Uint8Array> {
  const key = `${caseId}/${fileId}`;
  const blob = await ctx.env.blobs.get(key);
  if (!blob) throw new VaultRefusal('not-found', 'vault.proofFileMissing');
  try {
    return await decryptBytes(
      o.dataKey,
      { iv: toBase64(blob.iv), ct: toBase64(blob.ct) },
      blobAad(key),
    );
  } catch {
    throw new VaultRefusal('failed', 'vault.proofFileDamaged');
  }
}

export async function readProof(ctx: VaultContext, caseId: string, proofId: string) {
  const o = await ensureOpen(ctx);
  const proof = caseOf(o, caseId).proofs.find((p) => p.id === proofId);
  if (!proof?.fileId) throw new VaultRefusal('not-found', 'vault.proofNoFile');
  const bytes = await readProofBytes(ctx, o, caseId, proof.fileId);
  return {
    name: proof.fileName ?? 'file',
    type: proof.fileType ?? 'application/octet-stream',
    dataBase64: toBase64(bytes),
  };
}
