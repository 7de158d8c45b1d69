import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { indexedDbBlobStore } from '@/lib/vault/blobs';
import { capture, dumpLocal, makeVault, PASS, profile } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('storage.local holds no clear text', () => {
  it('after a full session: vault, evidence, notes, reports, proof, inbox capture, settings', async () => {
    const { vault } = makeVault({ blobs: indexedDbBlobStore(new IDBFactory()) });
    await vault.capture(capture); // pending before the vault exists
    await vault.createVault({
      passphrase: PASS,
      profile: { ...profile, victimName: 'Samira Exampleton' },
    });
    const [summary] = await vault.listCases();
    const id = summary?.id ?? '';
    await vault.updateCase({
      id,
      op: {
        op: 'addEvidence',
        fields: {
          kind: 'account',
          platform: 'instagram',
          url: 'https://www.instagram.com/predator_account_77/',
          author: { handle: '@predator_account_77' },
          notes: 'Meeting at the park on Friday',
        },
      },
    });
    await vault.updateCase({
      id,
      op: { op: 'addNote', text: 'Spoke to the headteacher Mrs Lambda' },
    });
    await vault.updateCase({
      id,
      op: {
        op: 'addReport',
        fields: {
          channel: 'police',
          targetName: 'Commissariat Nord',
          status: 'sent',
          reference: 'PV-2026-998877',
        },
      },
    });
    await vault.updateCase({
      id,
      op: {
        op: 'addProof',
        id: 'pp',
        fields: { type: 'passport', label: 'Passport of Samira' },
      },
    });
    await vault.attachProof({
      caseId: id,
      proofId: 'pp',
      name: 'passport-samira.pdf',
      type: 'application/pdf',
      dataBase64: btoa('%PDF-1.7 passport'),
    });
    await vault.lock();
    await vault.capture({
      ...capture,
      author: { handle: '@locked_capture_handle' },
      permalink: 'https://x.com/locked_capture_handle/status/5',
    });
    await vault.updateSettings({ discreet: true });

    const dump = await dumpLocal();
    for (const secret of [
      'abuser_handle_91',
      'secret-media',
      'x.com/abuser',
      'predator_account_77',
      'Meeting at the park',
      'Mrs Lambda',
      'Commissariat Nord',
      'PV-2026-998877',
      'Passport of Samira',
      'passport-samira',
      'Samira Exampleton',
      'Photos of Sam',
      'locked_capture_handle',
    ]) {
      expect(dump, secret).not.toContain(secret);
    }
    // The session holds the key only while unlocked; locked now, so no key. What stays is the
    // recent-captures list (undo, lib/vault/recent.ts): ids, times, host and kind, no address.
    const session = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(session)).toEqual(['recentCaptures']);
    for (const entry of session.recentCaptures as object[]) {
      expect(Object.keys(entry).sort()).toEqual(['at', 'host', 'id', 'kind', 'where']);
    }
  });
});

describe('durability', () => {
  it('each update is exactly one storage.local.set', async () => {
    const { vault } = makeVault();
    await vault.createVault({ passphrase: PASS, profile });
    const [summary] = await vault.listCases();
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set');
    await vault.updateCase({ id: summary?.id ?? '', op: { op: 'addNote', text: 'one' } });
    await vault.capture(capture);
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
  });

  it('a damaged record falls back to its previous generation and says so', async () => {
    const { vault } = makeVault();
    await vault.createVault({ passphrase: PASS, profile });
    const [summary] = await vault.listCases();
    const id = summary?.id ?? '';
    await vault.updateCase({
      id,
      op: {
        op: 'setProfile',
        profile: { ...profile, title: 'Second title' },
      },
    });
    await vault.updateCase({
      id,
      op: { op: 'setProfile', profile: { ...profile, title: 'Third title' } },
    });
    const key = `beacon.case.${id}.h`;
    const record = (await fakeBrowser.storage.local.get(key))[key] as { iv: string; ct: string };
    await fakeBrowser.storage.local.set({ [key]: { ...record, ct: `AAAA${record.ct.slice(4)}` } });
    const { vault: reopened } = makeVault();
    await reopened.lock();
    const status = await reopened.unlock({ passphrase: PASS });
    expect(status.recoveredFromBackup).toBe(true);
    expect((await reopened.getCase({ id })).profile.title).toBe('Second title');
  });

  it('when a record and its backup are both damaged: clear error, nothing changed', async () => {
    const { vault } = makeVault();
    await vault.createVault({ passphrase: PASS, profile });
    const [summary] = await vault.listCases();
    const key = `beacon.case.${summary?.id}.h`;
    await fakeBrowser.storage.local.set({
      [key]: { iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAA' },
      [`${key}~`]: 42,
    });
    await vault.lock();
    const before = await dumpLocal();
    await expect(vault.unlock({ passphrase: PASS })).rejects.toThrow(
      'A saved case is damaged and no earlier copy could be read. Nothing was changed.',
    );
    expect(await dumpLocal()).toBe(before);
    expect((await vault.vaultStatus()).unlocked).toBe(false);
  });

  it('a damaged meta record falls back to its backup', async () => {
    const { vault } = makeVault();
    await vault.createVault({ passphrase: PASS, profile });
    await vault.lock();
    await fakeBrowser.storage.local.set({ 'beacon.meta': { broken: true } });
    expect((await vault.unlock({ passphrase: PASS })).unlocked).toBe(true);
  });

  it('disk full: storage-full with a clear message, nothing already saved lost', async () => {
    const { vault } = makeVault();
    await vault.createVault({ passphrase: PASS, profile });
    const [summary] = await vault.listCases();
    const id = summary?.id ?? '';
    await vault.updateCase({ id, op: { op: 'addNote', text: 'kept' } });
    const before = await dumpLocal();
    const spy = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(
      vault.updateCase({ id, op: { op: 'addNote', text: 'lost?' } }),
    ).rejects.toMatchObject({
      code: 'storage-full',
      message:
        'Beacon could not save because the disk or the browser storage is full. Nothing that was already saved has been lost. Free some space, then try again.',
    });
    await expect(vault.capture(capture)).rejects.toMatchObject({ code: 'storage-full' });
    spy.mockRestore();
    expect(await dumpLocal()).toBe(before);
    // Memory and disk agree: the failed note isn't shown, the saved one is.
    expect((await vault.getCase({ id })).notes.map((n) => n.text)).toEqual(['kept']);
    vault.forgetMemory();
    expect((await vault.getCase({ id })).notes.map((n) => n.text)).toEqual(['kept']);
  });

  it('disk full: the message is in the vault’s language (French)', async () => {
    const { vault } = makeVault();
    await vault.createVault({ passphrase: PASS, profile, settings: { lang: 'fr' } });
    const [summary] = await vault.listCases();
    const spy = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(
      vault.updateCase({ id: summary?.id ?? '', op: { op: 'addNote', text: 'x' } }),
    ).rejects.toMatchObject({
      code: 'storage-full',
      message:
        'Beacon n’a pas pu enregistrer : le disque ou le stockage du navigateur est plein. Rien de ce qui était déjà enregistré n’a été perdu. Libérez de la place, puis réessayez.',
    });
    spy.mockRestore();
  });

  it('proof blobs survive in IndexedDB (strict durability) and are gone with the case', async () => {
    const factory = new IDBFactory();
    const { vault } = makeVault({ blobs: indexedDbBlobStore(factory) });
    await vault.createVault({ passphrase: PASS, profile });
    const kase = await vault.createCase({ profile: { ...profile, title: 'Other' } });
    await vault.updateCase({
      id: kase.id,
      op: {
        op: 'addProof',
        id: 'pp',
        fields: { type: 'national-id', label: 'ID' },
      },
    });
    await vault.attachProof({
      caseId: kase.id,
      proofId: 'pp',
      name: 'id.png',
      type: 'image/png',
      dataBase64: btoa('\x89PNG\r\n\x1a\nPNG bytes'),
    });
    const { vault: reopened } = makeVault({ blobs: indexedDbBlobStore(factory) });
    expect(atob((await reopened.readProof({ caseId: kase.id, proofId: 'pp' })).dataBase64)).toBe(
      '\x89PNG\r\n\x1a\nPNG bytes',
    );
    await reopened.deleteCase({ id: kase.id });
    expect(await indexedDbBlobStore(factory).keys()).toEqual([]);
  });
});
