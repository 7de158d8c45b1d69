import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultNewId, readMetaFrom, readSettings, requireMeta } from '@/lib/vault/context';
import { BACKUP, KEY } from '@/lib/vault/layout';
import { makeContext, openedVault } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('vault context', () => {
  it('makes URL-safe 128-bit ids that never repeat', () => {
    const ids = new Set(Array.from({ length: 200 }, defaultNewId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('reads the vault header, and its backup when the header is damaged', async () => {
    await openedVault();
    const all = await fakeBrowser.storage.local.get(null);
    expect(readMetaFrom(all)?.fromBackup).toBe(false);
    const damaged = { ...all, [KEY.meta]: { format: 'beacon-vault', schemaVersion: 'x' } };
    expect(readMetaFrom(damaged)?.fromBackup).toBe(true);
    expect(readMetaFrom({ ...damaged, [KEY.meta + BACKUP]: 'nonsense' })).toBeNull();
  });

  it('says there is no vault yet when nothing is stored', async () => {
    await expect(requireMeta(makeContext())).rejects.toMatchObject({ code: 'no-vault' });
  });

  it('falls back to default settings when the stored ones are damaged', async () => {
    await fakeBrowser.storage.local.set({ [KEY.settings]: { lang: 'klingon', discreet: 'yes' } });
    expect(await readSettings(makeContext())).toEqual({
      lang: 'en',
      autoLockMinutes: 15,
      discreet: false,
      followUpHours: 48,
    });
  });
});
