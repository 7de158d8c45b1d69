import { send } from '@/components/send';
import { Case, type Settings } from '@/lib/case/model';
import { readPlainExport, snapshotHolds } from '@/lib/casefile/integrity';
import { MessageError } from '@/lib/messaging/envelope';
import { fromBase64 } from '@/lib/vault/bytes';

export type Loaded = {
  kase: Case;
  /** SHA-256 of the plain export of this case, checked against its content (integrity.ts). */
  hash: string;
  settings: Settings;
};

export type LoadFailure = 'no-case' | 'locked' | 'not-found' | { message: string };

/**
 * Read the case and its integrity hash from the background. The hash comes from a plain export
 * of the same case so it is the value `exportData` gives; when the case changed between the two
 * reads, the page shows the exported snapshot (the content the hash belongs to).
 */
export async function loadCase(caseId: string): Promise<Loaded> {
  const status = await send('vaultStatus');
  if (!status.exists) throw new MessageError('no-vault', 'No vault yet.');
  if (!status.unlocked) throw new MessageError('locked', 'The vault is locked.');
  const kase = await send('getCase', { id: caseId });
  const file = await send('exportData', { caseIds: [caseId], format: 'plain' });
  const snapshot = await readPlainExport(fromBase64(file.dataBase64));
  if (snapshot.sha256 !== file.sha256) {
    throw new Error('The export hash does not match its content.');
  }
  const shown = snapshotHolds(snapshot, kase) ? kase : Case.parse(snapshot.content.cases?.[0]);
  return { kase: shown, hash: file.sha256, settings: status.settings };
}

export function failureOf(err: unknown): LoadFailure {
  if (err instanceof MessageError) {
    if (err.code === 'locked' || err.code === 'no-vault') return 'locked';
    if (err.code === 'not-found') return 'not-found';
  }
  return { message: err instanceof Error ? err.message : String(err) };
}

/** An identity document's image as a data: URL (only ever for files the user attached). */
export async function proofImage(caseId: string, proofId: string): Promise<string> {
  const file = await send('readProof', { caseId, proofId });
  if (!/^image\/(png|jpeg|gif|webp)$/i.test(file.type)) {
    throw new Error(`not an image (${file.type})`);
  }
  return `data:${file.type};base64,${file.dataBase64}`;
}
