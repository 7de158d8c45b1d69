import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { background as backgroundEs } from '@/lib/i18n/catalog/background.es';
import { background as backgroundFr } from '@/lib/i18n/catalog/background.fr';
import { MessageError } from '@/lib/messaging/envelope';
import { KEY } from '@/lib/vault/layout';
import type { Migration } from '@/lib/vault/migrations';
import { capture, makeVault, PASS, profile } from './helpers';

/**
 * The vault's own refusals (locked, no case file, no such case, a capture already gone, a vault
 * not yet updated) reach a French or Spanish screen in that language, with their code kept.
 */
beforeEach(() => {
  fakeBrowser.reset();
});

async function refusalOf(call: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof MessageError)) throw error;
    return { code: error.code, message: error.message };
  }
  throw new Error('the call was not refused');
}

async function vaultIn(lang: 'fr' | 'es') {
  const made = makeVault();
  await made.vault.createVault({ passphrase: PASS, profile, settings: { lang } });
  const [summary] = await made.vault.listCases();
  return { ...made, caseId: summary?.id as string };
}

describe('vault refusals in the vault’s language', () => {
  it('a case that is not there, and a locked case file (French)', async () => {
    const { vault, caseId } = await vaultIn('fr');
    expect(await refusalOf(vault.getCase({ id: 'missing' }))).toEqual({
      code: 'not-found',
      message: backgroundFr['vault.caseNotFound'],
    });
    await vault.lock();
    expect(await refusalOf(vault.getCase({ id: caseId }))).toEqual({
      code: 'locked',
      message: backgroundFr['vault.locked'],
    });
  });

  it('a locked case file (Spanish)', async () => {
    const { vault, caseId } = await vaultIn('es');
    await vault.lock();
    expect(await refusalOf(vault.getCase({ id: caseId }))).toEqual({
      code: 'locked',
      message: backgroundEs['vault.locked'],
    });
  });

  it('undoing a capture that is not recent, or that was deleted by hand (Spanish)', async () => {
    const { vault, caseId } = await vaultIn('es');
    expect(await refusalOf(vault.undoCapture('nope', () => true))).toEqual({
      code: 'not-found',
      message: backgroundEs['vault.notRecent'],
    });
    const saved = await vault.capture(capture, { tabId: 7 });
    const id = saved.id as string;
    const refused = await refusalOf(vault.undoCapture(id, () => false));
    expect(refused).toEqual({ code: 'forbidden-sender', message: backgroundEs['undo.notHere'] });
    await vault.updateCase({ id: caseId, op: { op: 'removeEvidence', id } });
    expect(await refusalOf(vault.undoCapture(id, () => true))).toEqual({
      code: 'not-found',
      message: backgroundEs['undo.gone'],
    });
  });

  it('a document with no file, or not in the case, and a file that can’t be read (French)', async () => {
    const { vault, caseId } = await vaultIn('fr');
    await vault.updateCase({
      id: caseId,
      op: { op: 'addProof', id: 'p1', fields: { type: 'passport', label: 'Passport' } },
    });
    expect(await refusalOf(vault.readProof({ caseId, proofId: 'p1' }))).toEqual({
      code: 'not-found',
      message: backgroundFr['vault.proofNoFile'],
    });
    const upload = { caseId, name: 'a.pdf', type: 'application/pdf', dataBase64: '%%%' };
    expect(await refusalOf(vault.attachProof({ ...upload, proofId: 'nope' }))).toEqual({
      code: 'not-found',
      message: backgroundFr['vault.proofNotFound'],
    });
    expect(await refusalOf(vault.attachProof({ ...upload, proofId: 'p1' }))).toEqual({
      code: 'invalid-data',
      message: backgroundFr['vault.proofUnreadable'],
    });
  });

  it('a case file that could not be updated to this version refuses changes (French)', async () => {
    const dir = new URL('../../fixtures/vault/', import.meta.url).pathname;
    const stored = JSON.parse(readFileSync(`${dir}v1.storage.json`, 'utf8'));
    await fakeBrowser.storage.local.set({
      ...stored,
      [KEY.settings]: { ...stored[KEY.settings], lang: 'fr' },
    });
    const broken: Migration = {
      from: 1,
      to: 2,
      describe: 'test: broken step',
      migrate: () => {
        throw new Error('field x missing');
      },
    };
    const { vault } = makeVault({ schemaVersion: 2, migrations: [broken] });
    await vault.unlock({ passphrase: 'fixture vault passphrase v1' });
    const refused = await refusalOf(
      vault.updateCase({ id: 'fx1', op: { op: 'addNote', text: 'x' } }),
    );
    expect(refused.code).toBe('failed');
    const [before, after] = backgroundFr['vault.needsUpdate'].split('{detail}') as [string, string];
    expect(refused.message.startsWith(before)).toBe(true);
    expect(refused.message.endsWith(after)).toBe(true);
    // The technical detail stays, in English, for a bug report.
    expect(refused.message).toContain('field x missing');
  });

  it('a second case file (French)', async () => {
    const fr = await vaultIn('fr');
    expect(await refusalOf(fr.vault.createVault({ passphrase: PASS, profile }))).toEqual({
      code: 'invalid-data',
      message: backgroundFr['vault.exists'],
    });
  });

  it('an encrypted export without a passphrase (Spanish)', async () => {
    const es = await vaultIn('es');
    expect(await refusalOf(es.vault.exportData({ format: 'encrypted' }))).toEqual({
      code: 'invalid-data',
      message: backgroundEs['vault.exportNeedsPassphrase'],
    });
  });
});
