import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { VaultContext } from '@/lib/vault/context';
import { exportData, importFile, readImport } from '@/lib/vault/transfer';
import { dumpLocal, openedVault, profile } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

async function importData(ctx: VaultContext, input: { dataBase64: string }, apply: boolean) {
  return importFile(ctx, await readImport(ctx, input), apply);
}

describe('export and import', () => {
  it('an encrypted export needs a passphrase', async () => {
    const { ctx } = await openedVault();
    await expect(exportData(ctx, { format: 'encrypted' })).rejects.toMatchObject({
      code: 'invalid-data',
    });
  });

  it('a preview changes nothing; applying adds the file’s case once', async () => {
    const source = await openedVault();
    await source.vault.updateCase({
      id: source.caseId,
      op: { op: 'addNote', text: 'from the other browser' },
    });
    const file = await exportData(source.ctx, { format: 'plain' });
    expect(file).toMatchObject({ mime: 'application/zip' });

    fakeBrowser.reset();
    const target = await openedVault();
    await target.vault.createCase({ profile: { ...profile, title: 'Already here' } });
    const before = await dumpLocal();
    const preview = await importData(target.ctx, { dataBase64: file.dataBase64 }, false);
    expect(preview.cases).toEqual([expect.objectContaining({ isNew: true, newNotes: 1 })]);
    expect(await dumpLocal()).toBe(before);

    await importData(target.ctx, { dataBase64: file.dataBase64 }, true);
    const again = await importData(target.ctx, { dataBase64: file.dataBase64 }, false);
    expect(again.cases[0]).toMatchObject({ isNew: false, newNotes: 0 });
  });

  it('refuses a file that is not an export, with nothing changed', async () => {
    const { ctx } = await openedVault();
    const before = await dumpLocal();
    await expect(importData(ctx, { dataBase64: btoa('<html>') }, true)).rejects.toMatchObject({
      code: 'bad-import',
    });
    expect(await dumpLocal()).toBe(before);
  });
});
