import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CASE_CAPS } from '@/lib/case/model';
import { CaseOpError } from '@/lib/case/ops';
import { t } from '@/lib/i18n';
import { caseOpFailure, createCase, deleteCase, listCases, updateCase } from '@/lib/vault/cases';
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
      message:
        'This note is no longer in your case (it may have been deleted in another window). Nothing was changed.',
    });
  });

  it.each(['fr', 'es'] as const)(
    'says why an op was refused in the vault’s language (%s), not in English',
    async (lang) => {
      const { vault, ctx, caseId } = await openedVault();
      await vault.updateSettings({ lang });
      const refused = { code: 'invalid-data', message: t(lang, 'caseop.notFound.note') };
      await expect(updateCase(ctx, caseId, { op: 'removeNote', id: 'nope' })).rejects.toMatchObject(
        refused,
      );
      // The same through the service (the background's handler) and for a full case.
      await expect(
        vault.updateCase({ id: caseId, op: { op: 'removeNote', id: 'nope' } }),
      ).rejects.toMatchObject(refused);
      for (let i = 0; i < CASE_CAPS.hashReceipts; i++) {
        await updateCase(ctx, caseId, {
          op: 'addHashReceipt',
          fields: { service: 'stopncii', caseNumber: `N${i}` },
        });
      }
      const full = updateCase(ctx, caseId, {
        op: 'addHashReceipt',
        fields: { service: 'stopncii', caseNumber: 'one more' },
      });
      await expect(full).rejects.toMatchObject({
        code: 'invalid-data',
        message: t(lang, 'caseop.full.hashReceipts', { max: 100 }),
      });
    },
  );

  it('writes the numbers of a refusal the way the language writes them', () => {
    const full = new CaseOpError('caseop.full.evidence', { max: CASE_CAPS.evidence });
    expect(full.message).toContain('50000');
    expect(caseOpFailure(full, 'en').message).toContain('hold 50,000 evidence items');
    expect(caseOpFailure(full, 'es').message).toContain('como máximo 50.000 pruebas');
    expect(caseOpFailure(full, 'fr').message).toMatch(/au plus 50\s000 preuves/);
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
