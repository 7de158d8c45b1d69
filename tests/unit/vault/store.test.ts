import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Case } from '@/lib/case/model';
import { checkedBefore } from '@/lib/messaging/checked';
import { createRouter } from '@/lib/messaging/router';
import { BACKUP, headerKey, KEY } from '@/lib/vault/layout';
import { caseOf, cleanOrphans, commit, ensureOpen, ensureWritable } from '@/lib/vault/store';
import { makeContext, openedVault, PASS } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

const ROUTER_ENV = { runtimeId: 'beaconid', extensionOrigin: 'chrome-extension://beaconid' };
const PAGE = { id: 'beaconid', url: 'chrome-extension://beaconid/workspace.html' };

describe('case store', () => {
  it('refuses to open without the session key (locked)', async () => {
    const { vault } = await openedVault();
    await vault.lock();
    await expect(ensureOpen(makeContext())).rejects.toMatchObject({ code: 'locked' });
  });

  it('reloads every case from storage.session’s key, as after a worker restart', async () => {
    const { ctx, caseId } = await openedVault();
    const o = await ensureOpen(ctx);
    expect(caseOf(o, caseId).profile.title).toBe('Photos of Sam');
    expect(() => caseOf(o, 'missing')).toThrow('That case is not in this case file.');
    expect(() => ensureWritable(o)).not.toThrow();
  });

  it('marks each case it parsed on opening as checked: getCase answers it without a second check', async () => {
    const { ctx, caseId } = await openedVault();
    const kase = caseOf(await ensureOpen(ctx), caseId);
    // Opening parsed it with the Case schema; what the router would make of it is itself.
    expect(checkedBefore(Case, kase)).toEqual({ data: kase });
    expect(Case.parse(kase)).toEqual(kase);
    const parse = vi.spyOn(Case, 'safeParse');
    try {
      const dispatch = createRouter({ getCase: () => kase }, ROUTER_ENV);
      const answer = await dispatch({ beacon: 1, type: 'getCase', data: { id: caseId } }, PAGE);
      expect(answer).toEqual({ ok: true, data: kase });
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
    // A changed case is a new object: not known, so the router checks it.
    expect(checkedBefore(Case, { ...kase })).toBeUndefined();
  });

  it('keeps the previous generation of each record it overwrites, in the same set', async () => {
    const { ctx } = await openedVault();
    const o = await ensureOpen(ctx);
    const before = (await fakeBrowser.storage.local.get(KEY.index))[KEY.index];
    await commit(ctx, o.dataKey, { [KEY.index]: { caseIds: [...o.cases.keys()] } });
    const after = await fakeBrowser.storage.local.get([KEY.index, KEY.index + BACKUP]);
    expect(after[KEY.index + BACKUP]).toEqual(before);
    expect(after[KEY.index]).not.toEqual(before);
  });

  it('reads a damaged header from its backup and says so', async () => {
    const { vault, ctx, caseId } = await openedVault();
    await vault.updateCase({ id: caseId, op: { op: 'addNote', text: 'first' } });
    const key = headerKey(caseId);
    const record = (await fakeBrowser.storage.local.get(key))[key] as { iv: string; ct: string };
    await fakeBrowser.storage.local.set({ [key]: { ...record, ct: `AAAA${record.ct.slice(4)}` } });
    await vault.lock();
    await vault.unlock({ passphrase: PASS });
    const o = await ensureOpen(ctx);
    expect(o.recovered).toBe(true);
    expect(caseOf(o, caseId).notes.map((n) => n.text)).toEqual(['first']);
  });

  it('removes records and files of cases that are no longer in the index', async () => {
    const { ctx, caseId, blobs } = await openedVault();
    const o = await ensureOpen(ctx);
    await fakeBrowser.storage.local.set({ 'beacon.case.gone.h': 'x', 'beacon.case.gone.h~': 'y' });
    await blobs.put('gone/file1', { iv: new Uint8Array(12), ct: new Uint8Array(4) });
    await blobs.put(`${caseId}/file2`, { iv: new Uint8Array(12), ct: new Uint8Array(4) });
    await cleanOrphans(ctx, o);
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(keys.filter((k) => k.includes('.gone.'))).toEqual([]);
    expect(keys).toContain(headerKey(caseId));
    expect(await blobs.keys()).toEqual([`${caseId}/file2`]);
  });
});
