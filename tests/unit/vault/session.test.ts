import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SESSION_KEY } from '@/lib/vault/context';
import { KEY } from '@/lib/vault/layout';
import {
  changePassphrase,
  lock,
  status,
  unlock,
  updateSettings,
  wipeAll,
} from '@/lib/vault/session';
import { clock, makeContext, openedVault, PASS } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('keys and session', () => {
  it('keeps the data key only in storage.session, and lock removes it', async () => {
    const { ctx } = await openedVault();
    expect(typeof (await fakeBrowser.storage.session.get(SESSION_KEY))[SESSION_KEY]).toBe('string');
    expect((await lock(ctx)).unlocked).toBe(false);
    expect(await fakeBrowser.storage.session.get(SESSION_KEY)).toEqual({});
    expect(ctx.state.open).toBeNull();
  });

  it('changing the passphrase re-wraps the key and re-encrypts no case record', async () => {
    const { ctx, caseId } = await openedVault();
    const header = `beacon.case.${caseId}.h`;
    const before = await fakeBrowser.storage.local.get(header);
    await changePassphrase(ctx, PASS, 'a new long passphrase');
    expect(await fakeBrowser.storage.local.get(header)).toEqual(before);
    await lock(ctx);
    await expect(unlock(ctx, PASS)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect((await unlock(ctx, 'a new long passphrase')).unlocked).toBe(true);
  });

  it('asks to wait after repeated wrong passphrases, and says how long while locked', async () => {
    const time = clock();
    const { ctx } = await openedVault({ now: time.now });
    await lock(ctx);
    for (let i = 0; i < 5; i++) await unlock(ctx, 'wrong').catch(() => undefined);
    const locked = await status(ctx);
    expect(locked.retryAfterSeconds).toBeGreaterThan(0);
    await expect(unlock(ctx, PASS)).rejects.toMatchObject({ code: 'rate-limited' });
  });

  it('merges a settings patch over the stored settings', async () => {
    const ctx = makeContext();
    await updateSettings(ctx, { lang: 'es' });
    expect(await updateSettings(ctx, { discreet: true })).toMatchObject({
      lang: 'es',
      discreet: true,
    });
  });

  it('wipes everything while locked', async () => {
    const { ctx, blobs, caseId } = await openedVault();
    await blobs.put(`${caseId}/f`, { iv: new Uint8Array(12), ct: new Uint8Array(2) });
    await lock(ctx);
    const after = await wipeAll(ctx);
    expect(after).toMatchObject({ exists: false, unlocked: false });
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([]);
    expect(await blobs.keys()).toEqual([]);
    expect((await fakeBrowser.storage.local.get(KEY.meta))[KEY.meta]).toBeUndefined();
  });
});
