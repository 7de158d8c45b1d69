import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCase, deleteCase, listCases, updateCase } from '@/lib/vault/cases';
import { readSettings } from '@/lib/vault/context';
import { clock, openedVault, profile } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('cases', () => {
  it('lists cases newest first with the follow-ups that are due', async () => {
    const time = clock();
    const { ctx, caseId } = await openedVault({ now: time.now });
    time.advance(1000);
    const second = await createCase(ctx, { ...profile, title: 'Second' });
    time.advance(1000);
    await updateCase(ctx, caseId, {
      op: 'addReport',
      fields: {
        channel: 'police',
        targetName: 'Police',
        status: 'sent',
        sentAt: time.now().toISOString(),
      },
    });
    expect((await listCases(ctx)).map((c) => [c.title, c.dueFollowUps])).toEqual([
      ['Photos of Sam', 0],
      ['Second', 0],
    ]);
    time.advance(49 * 3_600_000);
    const due = await listCases(ctx);
    expect(due.find((c) => c.id === caseId)?.dueFollowUps).toBe(1);
    expect(due.find((c) => c.id === second.id)?.dueFollowUps).toBe(0);
  });

  it('turns an op naming a missing item into a clear invalid-data error', async () => {
    const { ctx, caseId } = await openedVault();
    await expect(updateCase(ctx, caseId, { op: 'removeNote', id: 'nope' })).rejects.toMatchObject({
      code: 'invalid-data',
      message: 'There is no note with id "nope" in this case.',
    });
  });

  it('deletes the file of a removed proof', async () => {
    const { vault, ctx, caseId, blobs } = await openedVault();
    await vault.updateCase({
      id: caseId,
      op: { op: 'addProof', id: 'p1', fields: { type: 'passport', label: 'P' } },
    });
    await vault.attachProof({
      caseId,
      proofId: 'p1',
      name: 'p.pdf',
      type: 'application/pdf',
      dataBase64: btoa('%PDF-1.7'),
    });
    expect(await blobs.keys()).toHaveLength(1);
    await updateCase(ctx, caseId, { op: 'removeProof', id: 'p1' });
    expect(await blobs.keys()).toEqual([]);
  });

  it('deleting the current case clears the current-case setting and its records', async () => {
    const { ctx, caseId } = await openedVault();
    await createCase(ctx, { ...profile, title: 'Kept' });
    await deleteCase(ctx, caseId);
    expect((await readSettings(ctx)).currentCaseId).toBeUndefined();
    expect((await listCases(ctx)).map((c) => c.title)).toEqual(['Kept']);
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(keys.some((k) => k.includes(caseId))).toBe(false);
  });
});
