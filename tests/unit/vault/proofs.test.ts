import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { attachProof, readProof } from '@/lib/vault/proofs';
import { openedVault } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

async function withProof() {
  const made = await openedVault();
  await made.vault.updateCase({
    id: made.caseId,
    op: { op: 'addProof', id: 'p1', fields: { type: 'passport', label: 'Passport' } },
  });
  await made.vault.updateCase({
    id: made.caseId,
    op: { op: 'addProof', id: 'p2', fields: { type: 'school-id', label: 'School card' } },
  });
  return made;
}

const pdf = (text: string) => btoa(`%PDF-1.7 ${text}`);

describe('proof files', () => {
  it('stores the file encrypted and reads it back', async () => {
    const { ctx, caseId, blobs } = await withProof();
    const kase = await attachProof(ctx, {
      caseId,
      proofId: 'p1',
      name: 'id.pdf',
      type: 'application/pdf',
      dataBase64: pdf('one'),
    });
    expect(kase.proofs[0]).toMatchObject({
      fileName: 'id.pdf',
      fileType: 'application/pdf',
      fileSize: 12,
    });
    const [key] = await blobs.keys();
    const stored = await blobs.get(key ?? '');
    expect(new TextDecoder().decode(stored?.ct)).not.toContain('%PDF');
    expect(atob((await readProof(ctx, caseId, 'p1')).dataBase64)).toBe('%PDF-1.7 one');
  });

  it('replacing a file deletes the old one', async () => {
    const { ctx, caseId, blobs } = await withProof();
    await attachProof(ctx, {
      caseId,
      proofId: 'p1',
      name: 'a.pdf',
      type: 'application/pdf',
      dataBase64: pdf('a'),
    });
    await attachProof(ctx, {
      caseId,
      proofId: 'p1',
      name: 'b.pdf',
      type: 'application/pdf',
      dataBase64: pdf('b'),
    });
    expect(await blobs.keys()).toHaveLength(1);
    expect(atob((await readProof(ctx, caseId, 'p1')).dataBase64)).toBe('%PDF-1.7 b');
  });

  it('a file moved under another proof’s key does not open (bound to its key)', async () => {
    const { ctx, caseId, blobs } = await withProof();
    const one = await attachProof(ctx, {
      caseId,
      proofId: 'p1',
      name: 'a.pdf',
      type: 'application/pdf',
      dataBase64: pdf('a'),
    });
    const two = await attachProof(ctx, {
      caseId,
      proofId: 'p2',
      name: 'b.pdf',
      type: 'application/pdf',
      dataBase64: pdf('b'),
    });
    const first = await blobs.get(`${caseId}/${one.proofs[0]?.fileId}`);
    if (!first) throw new Error('no blob');
    await blobs.put(`${caseId}/${two.proofs[1]?.fileId}`, first);
    await expect(readProof(ctx, caseId, 'p2')).rejects.toMatchObject({ code: 'failed' });
  });

  it('refuses a missing proof item or a proof without a file', async () => {
    const { ctx, caseId } = await withProof();
    await expect(
      attachProof(ctx, {
        caseId,
        proofId: 'nope',
        name: 'a.pdf',
        type: 'application/pdf',
        dataBase64: pdf('a'),
      }),
    ).rejects.toMatchObject({ code: 'not-found' });
    await expect(readProof(ctx, caseId, 'p1')).rejects.toMatchObject({ code: 'not-found' });
  });
});
