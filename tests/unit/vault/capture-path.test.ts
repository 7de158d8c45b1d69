import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CAPTURE_TARGET_KEY, SESSION_KEY } from '@/lib/vault/context';
import { captureNow, readInbox } from '@/lib/vault/inbox';
import { KEY } from '@/lib/vault/layout';
import { dumpLocal, makeVault, openedVault, PASS, profile, capture as sample } from './helpers';

/**
 * The capture path a user waits on: a worker that was stopped answers once the
 * capture is durable in the inbox, without decrypting the vault, and files it into the case
 * right after; nothing is lost if the worker stops in between.
 */
beforeEach(() => {
  fakeBrowser.reset();
});

const evidenceOf = async (vault: ReturnType<typeof makeVault>['vault'], id: string) =>
  (await vault.getCase({ id })).evidence.map((e) => e.id);

describe('capturing in a worker that was stopped, while unlocked', () => {
  it('remembers the case captures go to in storage.session only, and forgets it on lock', async () => {
    const { vault, caseId } = await openedVault();
    expect((await fakeBrowser.storage.session.get(CAPTURE_TARGET_KEY))[CAPTURE_TARGET_KEY]).toEqual(
      { caseId, title: profile.title },
    );
    // Never in storage.local: the title is case data.
    expect(await dumpLocal()).not.toContain(profile.title);
    await vault.lock();
    expect(await fakeBrowser.storage.session.get(CAPTURE_TARGET_KEY)).toEqual({});
  });

  it('remembers it again after lock and unlock in the same worker', async () => {
    const { vault, caseId, ctx } = await openedVault();
    const target = async () =>
      (await fakeBrowser.storage.session.get(CAPTURE_TARGET_KEY))[CAPTURE_TARGET_KEY];
    await vault.lock();
    expect(await target()).toBeUndefined();
    await vault.unlock({ passphrase: PASS });
    await vault.vaultStatus(); // queued behind the service's own update of the memory
    expect(await target()).toEqual({ caseId, title: profile.title });
    // So a worker stopped after the unlock still takes the short path.
    vault.forgetMemory();
    ctx.state.open = null;
    const { result, file } = await captureNow(ctx, sample);
    expect(result).toMatchObject({ where: 'case', caseTitle: profile.title });
    expect(file).toBe(true);
  });

  it('answers from the inbox without loading the vault, then the queue files it', async () => {
    const { caseId, ctx } = await openedVault();
    const before = await fakeBrowser.storage.local.get(null);
    // ctx is a fresh context: nothing decrypted in memory, as in a worker just started.
    const { result, file } = await captureNow(ctx, sample);
    expect(result).toMatchObject({ saved: true, where: 'case', caseTitle: profile.title });
    expect(file).toBe(true);
    expect(ctx.state.open).toBeNull();
    // The only write: the sealed inbox entry. No case record was rewritten.
    const after = await fakeBrowser.storage.local.get(null);
    const changed = Object.keys(after).filter(
      (k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]),
    );
    expect(changed).toEqual([KEY.inbox]);
    expect(await readInbox(ctx)).toHaveLength(1);
    expect(await dumpLocal()).not.toContain('abuser_handle_91');
    // A worker started again (a new service over the same storage) files it on its first read.
    const restarted = makeVault();
    expect(await evidenceOf(restarted.vault, caseId)).toHaveLength(1);
    expect(await readInbox(ctx)).toHaveLength(0);
    expect((await restarted.vault.vaultStatus()).inboxCount).toBe(0);
  });

  it('through the service: the next read sees the capture filed in the case, once', async () => {
    const { vault, caseId } = await openedVault();
    vault.forgetMemory();
    const answer = await vault.capture(sample);
    expect(answer).toMatchObject({ saved: true, where: 'case', caseTitle: profile.title });
    const ids = await evidenceOf(vault, caseId);
    expect(ids).toHaveLength(1);
    expect((await vault.vaultStatus()).inboxCount).toBe(0);
    // Filed once: reloading and unlocking again add nothing twice.
    vault.forgetMemory();
    expect(await evidenceOf(vault, caseId)).toEqual(ids);
    await vault.lock();
    await vault.unlock({ passphrase: PASS });
    expect(await evidenceOf(vault, caseId)).toEqual(ids);
  });

  it('takes the full path when the remembered case is not the one chosen in settings', async () => {
    const { vault, ctx } = await openedVault();
    const other = await vault.createCase({ profile: { ...profile, title: 'Other case' } });
    await vault.updateSettings({ currentCaseId: other.id });
    await vault.listCases(); // queued behind the service's own update of the memory
    // A stale memory naming the first case (as if written before the setting changed).
    const stale = (await fakeBrowser.storage.session.get(CAPTURE_TARGET_KEY))[CAPTURE_TARGET_KEY];
    await fakeBrowser.storage.session.set({
      [CAPTURE_TARGET_KEY]: { ...(stale as object), caseId: 'not-the-current-one' },
    });
    const { result, file } = await captureNow(ctx, sample);
    expect(result).toMatchObject({ where: 'case', caseTitle: 'Other case' });
    expect(file).toBe(false);
    expect(await readInbox(ctx)).toHaveLength(0);
  });

  it('ignores a remembered target of the wrong shape (full path, no crash)', async () => {
    const { ctx, caseId } = await openedVault();
    for (const hostile of ['x', { caseId, title: 7 }, { caseId, title: 't', extra: 1 }, null]) {
      await fakeBrowser.storage.session.set({ [CAPTURE_TARGET_KEY]: hostile });
      ctx.state.open = null;
      const { result, file } = await captureNow(ctx, sample);
      expect(result).toMatchObject({ where: 'case', caseTitle: profile.title });
      expect(file).toBe(false);
    }
  });

  it('locked (no key in storage.session) still goes to the inbox and says so', async () => {
    const { ctx } = await openedVault();
    await fakeBrowser.storage.session.remove(SESSION_KEY);
    const { result, file } = await captureNow(ctx, sample);
    expect(result).toMatchObject({ where: 'inbox' });
    expect(file).toBe(false);
  });

  it('a full disk on the inbox append: clear message, nothing changed', async () => {
    const { vault } = await openedVault();
    vault.forgetMemory();
    const before = await dumpLocal();
    const spy = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(vault.capture(sample)).rejects.toMatchObject({ code: 'storage-full' });
    spy.mockRestore();
    expect(await dumpLocal()).toBe(before);
  });

  it('a full disk while filing leaves the capture in the inbox, filed at the next reload', async () => {
    const { vault, caseId } = await openedVault();
    vault.forgetMemory();
    const real = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let calls = 0;
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      // The first write (the inbox append) goes through; the filing write finds the disk full.
      if (calls++ === 0) return real(items);
      throw new Error('IO error: No space left on device');
    });
    expect(await vault.capture(sample)).toMatchObject({ saved: true, where: 'case' });
    expect(await evidenceOf(vault, caseId)).toHaveLength(0);
    expect((await vault.vaultStatus()).inboxCount).toBe(1);
    spy.mockRestore();
    vault.forgetMemory();
    expect(await evidenceOf(vault, caseId)).toHaveLength(1);
    expect((await vault.vaultStatus()).inboxCount).toBe(0);
  });
});
