import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Case } from '@/lib/case/model';
import { type Open, PENDING_KEY } from '@/lib/vault/context';
import { capture, mergeWaiting, readInbox, readPending, targetCase } from '@/lib/vault/inbox';
import { KEY } from '@/lib/vault/layout';
import { ensureOpen } from '@/lib/vault/store';
import { makeContext, openedVault, PASS, capture as sample } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('waiting captures', () => {
  it('targets the chosen case, else the most recently changed one', () => {
    const kase = (id: string, updatedAt: string) => ({ id, updatedAt }) as Case;
    const cases = new Map([
      ['a', kase('a', '2026-01-01T00:00:00.000Z')],
      ['b', kase('b', '2026-02-01T00:00:00.000Z')],
    ]);
    const o = { cases } as Open;
    const base = { lang: 'en', autoLockMinutes: 15, discreet: false, followUpHours: 48 } as const;
    expect(targetCase(o, { ...base, currentCaseId: 'a' })?.id).toBe('a');
    expect(targetCase(o, { ...base, currentCaseId: 'deleted' })?.id).toBe('b');
    expect(targetCase({ cases: new Map() } as Open, base)).toBeUndefined();
  });

  it('keeps at most 500 captures waiting before a vault exists', async () => {
    const ctx = makeContext();
    const entries = Array.from({ length: 500 }, (_, i) => ({ id: `c${i}`, capture: sample }));
    await fakeBrowser.storage.session.set({ [PENDING_KEY]: entries });
    await expect(capture(ctx, sample)).rejects.toMatchObject({ code: 'storage-full' });
    expect(await readPending(ctx)).toHaveLength(500);
  });

  it('drops waiting entries that storage holds in a wrong shape', async () => {
    const ctx = makeContext();
    await fakeBrowser.storage.session.set({
      [PENDING_KEY]: [{ id: 'ok', capture: sample }, { id: 'bad', capture: { kind: 'post' } }, 7],
    });
    expect((await readPending(ctx)).map((e) => e.id)).toEqual(['ok']);
  });

  it('seals captures while locked; an unreadable inbox entry stays, the rest merge once', async () => {
    const { vault, ctx, caseId } = await openedVault();
    await vault.lock();
    expect(await capture(ctx, sample)).toMatchObject({ saved: true, where: 'inbox' });
    const [sealed] = await readInbox(ctx);
    const forged = { ...sealed, id: 'forged', ct: 'AAAA' };
    await fakeBrowser.storage.local.set({ [KEY.inbox]: [sealed, forged] });
    await vault.unlock({ passphrase: PASS });
    const o = await ensureOpen(ctx);
    expect(o.cases.get(caseId)?.evidence).toHaveLength(1);
    expect((await readInbox(ctx)).map((e) => e.id)).toEqual(['forged']);
    await mergeWaiting(ctx, o);
    expect(o.cases.get(caseId)?.evidence).toHaveLength(1);
  });
});

describe('a capture with shortened fields', () => {
  it('is kept, and the answer says which fields were shortened or left out', async () => {
    const { Capture } = await import('@/lib/case/capture');
    const { ctx } = await openedVault();
    const long = Capture.parse({ ...sample, text: 'z'.repeat(800) });
    expect(await capture(ctx, long)).toMatchObject({
      saved: true,
      where: 'case',
      truncated: ['text'],
    });
  });
});
