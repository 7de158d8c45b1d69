import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Capture } from '@/lib/case/capture';
import { timeline } from '@/lib/case/timeline';
import { readInbox, readPending } from '@/lib/vault/inbox';
import {
  captureHost,
  createRecentList,
  freshRecent,
  mayUndo,
  RECENT_KEY,
  RECENT_MAX,
  RECENT_MS,
  type RecentCapture,
  UNDO_FROM_PAGE_MS,
} from '@/lib/vault/recent';
import type { StorageArea } from '@/lib/vault/storage';
import {
  clock,
  dumpLocal,
  makeVault,
  openedVault,
  PASS,
  profile,
  capture as sample,
} from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

const shortcut = Capture.parse(sample);
const everyone = () => true;

describe('undo a capture', () => {
  it('unlocked: removes the evidence item and leaves an "item deleted" line in the timeline', async () => {
    const { vault, caseId } = await openedVault();
    const saved = await vault.capture(shortcut, { tabId: 7 });
    expect(saved.where).toBe('case');
    expect((await vault.getCase({ id: caseId })).evidence.map((e) => e.id)).toEqual([saved.id]);

    expect(await vault.undoCapture(saved.id ?? '', everyone)).toEqual({ where: 'case' });
    const kase = await vault.getCase({ id: caseId });
    expect(kase.evidence).toEqual([]);
    const lines = timeline(kase).filter((l) => l.kind === 'item-deleted');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.detail).toMatchObject({ item: 'evidence' });
    expect(String(lines[0]?.detail.label)).toContain('x.com/abuser_handle_91/status/1234567890');
    // It left the recent list: a second undo finds nothing.
    expect(await vault.recentCaptures()).toEqual([]);
    await expect(vault.undoCapture(saved.id ?? '', everyone)).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('locked: takes the sealed inbox entry out without the passphrase; the timeline tells it after unlock', async () => {
    const { vault, ctx, caseId } = await openedVault();
    await vault.lock();
    const saved = await vault.capture(shortcut, { tabId: 3 });
    expect(saved.where).toBe('inbox');
    expect((await readInbox(ctx)).map((e) => e.id)).toEqual([saved.id]);

    expect(await vault.undoCapture(saved.id ?? '', everyone)).toEqual({ where: 'inbox' });
    const inbox = await readInbox(ctx);
    // The capture is gone; a sealed note took its place (nothing of it readable in storage).
    expect(inbox.map((e) => e.id)).not.toContain(saved.id);
    expect(inbox).toHaveLength(1);
    expect(await dumpLocal()).not.toContain('abuser_handle_91');
    expect(await dumpLocal()).not.toContain('x.com');

    await vault.unlock({ passphrase: PASS });
    const kase = await vault.getCase({ id: caseId });
    expect(kase.evidence).toEqual([]);
    const lines = timeline(kase).filter((l) => l.kind === 'item-deleted');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.detail).toMatchObject({ item: 'evidence', label: 'x.com' });
    expect(await readInbox(ctx)).toEqual([]);
  });

  it('a locked capture merged at unlock is undone from the case; once locked again it asks to unlock', async () => {
    const { vault, caseId } = await openedVault();
    await vault.lock();
    const first = await vault.capture(shortcut);
    const second = await vault.capture(shortcut);
    await vault.unlock({ passphrase: PASS });
    expect(await vault.undoCapture(first.id ?? '', everyone)).toEqual({ where: 'case' });
    expect((await vault.getCase({ id: caseId })).evidence.map((e) => e.id)).toEqual([second.id]);
    await vault.lock();
    await expect(vault.undoCapture(second.id ?? '', everyone)).rejects.toMatchObject({
      code: 'locked',
    });
    // Still listed, so it can be undone after unlocking.
    expect((await vault.recentCaptures()).map((r) => r.id)).toEqual([second.id]);
  });

  it('before any vault: the capture leaves the pending list', async () => {
    const { vault } = makeVault();
    const saved = await vault.capture(shortcut, { tabId: 1 });
    expect(saved.where).toBe('pending');
    expect(await vault.undoCapture(saved.id ?? '', everyone)).toEqual({ where: 'pending' });
    expect(await readPending({ env: { session: fakeBrowser.storage.session } } as never)).toEqual(
      [],
    );
    await vault.createVault({ passphrase: PASS, profile });
    const [summary] = await vault.listCases();
    expect((await vault.getCase({ id: summary?.id ?? '' })).evidence).toEqual([]);
  });

  it('the sender check decides, with the tab and time of Beacon’s own record', async () => {
    const { vault, caseId } = await openedVault();
    const saved = await vault.capture(shortcut, { tabId: 7 });
    const seen: RecentCapture[] = [];
    await expect(
      vault.undoCapture(saved.id ?? '', (entry) => {
        seen.push(entry);
        return false;
      }),
    ).rejects.toMatchObject({ code: 'forbidden-sender' });
    expect(seen[0]).toMatchObject({ id: saved.id, tabId: 7, where: 'case', host: 'x.com' });
    expect((await vault.getCase({ id: caseId })).evidence).toHaveLength(1);
  });

  it('an id that was never captured in this session is refused', async () => {
    const { vault } = await openedVault();
    await expect(vault.undoCapture('made-up-id', everyone)).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('who may undo (mayUndo)', () => {
  const at = 1_000_000_000;
  const entry: RecentCapture = {
    id: 'a',
    at,
    where: 'case',
    tabId: 5,
    host: 'x.com',
    kind: 'post',
  };

  it('the popup: any recent capture, from any tab or none', () => {
    expect(mayUndo(entry, 'page', undefined, at + RECENT_MS - 1)).toBe(true);
    expect(mayUndo({ ...entry, tabId: undefined }, 'page', undefined, at)).toBe(true);
    expect(mayUndo(entry, 'page', undefined, at + RECENT_MS)).toBe(false);
  });

  it('a content script: only its own tab, within a few minutes', () => {
    expect(mayUndo(entry, 'content', 5, at + 1000)).toBe(true);
    expect(mayUndo(entry, 'content', 6, at + 1000)).toBe(false);
    expect(mayUndo(entry, 'content', undefined, at + 1000)).toBe(false);
    expect(mayUndo({ ...entry, tabId: undefined }, 'content', 5, at)).toBe(false);
    expect(mayUndo(entry, 'content', 5, at + UNDO_FROM_PAGE_MS)).toBe(false);
    // A clock that went backwards doesn't widen the window.
    expect(mayUndo(entry, 'content', 5, at - 1)).toBe(false);
  });
});

describe('the recent list', () => {
  it('keeps the last 10 of the last 24 hours, newest first, host and kind only', async () => {
    const time = clock();
    const { vault } = await openedVault({ now: time.now });
    const ids: string[] = [];
    for (let i = 0; i < RECENT_MAX + 2; i++) {
      ids.push((await vault.capture(shortcut, { tabId: 1 })).id ?? '');
      time.advance(1000);
    }
    const list = await vault.recentCaptures();
    expect(list.map((r) => r.id)).toEqual(ids.slice(2).reverse());
    const stored = JSON.stringify(await fakeBrowser.storage.session.get(RECENT_KEY));
    expect(stored).toContain('x.com');
    expect(stored).not.toContain('abuser_handle_91');
    expect(stored).not.toContain('1234567890');
    // Nothing of it in storage.local.
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(RECENT_KEY);
    time.advance(RECENT_MS);
    expect(await vault.recentCaptures()).toEqual([]);
  });

  it('drops entries storage holds in a wrong shape, and wipeAll clears it', async () => {
    const session = fakeBrowser.storage.session as unknown as StorageArea;
    const list = createRecentList(session, () => 5000);
    await session.set({
      [RECENT_KEY]: [
        { id: 'ok', at: 4000, where: 'case', host: 'x.com', kind: 'post' },
        { id: 'bad id!', at: 4000, where: 'case', host: 'x.com', kind: 'post' },
        { id: 'extra', at: 4000, where: 'case', host: 'x.com', kind: 'post', url: 'https://x' },
        'nonsense',
      ],
    });
    expect((await list.list()).map((r) => r.id)).toEqual(['ok']);
    const { vault } = await openedVault();
    await vault.capture(shortcut);
    await vault.wipeAll();
    expect(await vault.recentCaptures()).toEqual([]);
  });

  it('freshRecent and captureHost are pure', () => {
    expect(freshRecent([], 0)).toEqual([]);
    expect(captureHost({ pageUrl: 'https://www.threads.com/' })).toBe('www.threads.com');
    expect(captureHost({ pageUrl: 'not a url' })).toBe('');
  });
});

/**
 * Where undo meets the cold path: a capture answered on the cold short path (a worker that was
 * stopped seals it into the inbox and files it as the next queued job) must be listed and
 * undoable like any other, whether the filing ran or failed.
 */
describe('undo of a capture made in a worker that was stopped', () => {
  it('is listed as recent, with its tab, before any later call runs', async () => {
    const { vault, ctx } = await openedVault();
    vault.forgetMemory();
    const saved = await vault.capture(shortcut, { tabId: 4 });
    expect(saved).toMatchObject({ saved: true, where: 'case', caseTitle: profile.title });
    // The answer doesn't wait for the list: the entry is written by the very next job, so every
    // call made after the answer (the card's Undo, the popup's list, the badge) finds it.
    expect((await vault.recentCaptures()).map((r) => r.id)).toEqual([saved.id]);
    const [entry] = await createRecentList(
      fakeBrowser.storage.session as unknown as StorageArea,
      () => Date.now(),
    ).list();
    expect(entry).toMatchObject({ id: saved.id, where: 'case', tabId: 4, host: 'x.com' });
    expect(ctx.state.open).toBeNull();
  });

  it('an Undo sent the moment the answer comes finds the capture', async () => {
    const { vault, caseId } = await openedVault();
    const saved = await vault.capture(shortcut, { tabId: 4 });
    expect(await vault.undoCapture(saved.id ?? '', everyone)).toEqual({ where: 'case' });
    expect((await vault.getCase({ id: caseId })).evidence).toEqual([]);
  });

  it('filed into the case: removed from it, with an "item deleted" line', async () => {
    const { vault, caseId, ctx } = await openedVault();
    vault.forgetMemory();
    const saved = await vault.capture(shortcut, { tabId: 4 });
    expect((await vault.getCase({ id: caseId })).evidence.map((e) => e.id)).toEqual([saved.id]);
    expect(await readInbox(ctx)).toEqual([]);

    // The worker stops again before the Undo comes: the undo reloads and finds it in the case.
    vault.forgetMemory();
    expect(await vault.undoCapture(saved.id ?? '', everyone)).toEqual({ where: 'case' });
    const kase = await vault.getCase({ id: caseId });
    expect(kase.evidence).toEqual([]);
    const lines = timeline(kase).filter((l) => l.kind === 'item-deleted');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.detail).toMatchObject({ item: 'evidence' });
    expect(String(lines[0]?.detail.label)).toContain('x.com/abuser_handle_91/status/1234567890');
    expect(await vault.recentCaptures()).toEqual([]);
    // Reloading and unlocking again bring nothing back.
    vault.forgetMemory();
    await vault.lock();
    await vault.unlock({ passphrase: PASS });
    const again = await vault.getCase({ id: caseId });
    expect(again.evidence).toEqual([]);
    expect(timeline(again).filter((l) => l.kind === 'item-deleted')).toHaveLength(1);
  });

  it('filing failed (disk full): the inbox entry becomes a sealed "undone" note, a line at unlock', async () => {
    const { vault, caseId, ctx } = await openedVault();
    vault.forgetMemory();
    const real = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let calls = 0;
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      // The inbox append goes through; the filing write finds the disk full.
      if (calls++ === 0) return real(items);
      throw new Error('IO error: No space left on device');
    });
    const saved = await vault.capture(shortcut, { tabId: 4 });
    expect(saved).toMatchObject({ saved: true, where: 'case' });
    // The filing job has run (and failed) by the time a later queued call answers.
    expect((await vault.vaultStatus()).inboxCount).toBe(1);
    spy.mockRestore();
    expect((await readInbox(ctx)).map((e) => e.id)).toEqual([saved.id]);
    expect((await vault.recentCaptures()).map((r) => r.id)).toEqual([saved.id]);

    expect(await vault.undoCapture(saved.id ?? '', everyone)).toEqual({ where: 'inbox' });
    const inbox = await readInbox(ctx);
    expect(inbox.map((e) => e.id)).not.toContain(saved.id);
    expect(inbox).toHaveLength(1);
    expect(await dumpLocal()).not.toContain('abuser_handle_91');
    expect(await vault.recentCaptures()).toEqual([]);

    await vault.lock();
    await vault.unlock({ passphrase: PASS });
    const kase = await vault.getCase({ id: caseId });
    expect(kase.evidence).toEqual([]);
    const lines = timeline(kase).filter((l) => l.kind === 'item-deleted');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.detail).toMatchObject({ item: 'evidence', label: 'x.com' });
    expect(await readInbox(ctx)).toEqual([]);
  });

  it('filing failed, then the worker stopped: the next reload files the note, not the capture', async () => {
    const { vault, caseId, ctx } = await openedVault();
    vault.forgetMemory();
    const real = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let calls = 0;
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (calls++ === 0) return real(items);
      throw new Error('IO error: No space left on device');
    });
    const saved = await vault.capture(shortcut, { tabId: 4 });
    await vault.recentCaptures(); // queued behind the failed filing
    spy.mockRestore();
    vault.forgetMemory();
    // Undo looks in the inbox before loading the vault, so the capture is never filed.
    expect(await vault.undoCapture(saved.id ?? '', everyone)).toEqual({ where: 'inbox' });
    expect(ctx.state.open).toBeNull();
    const kase = await vault.getCase({ id: caseId }); // a reload: the inbox is filed
    expect(kase.evidence).toEqual([]);
    expect(timeline(kase).filter((l) => l.kind === 'item-deleted')).toHaveLength(1);
    expect(await readInbox(ctx)).toEqual([]);
  });
});
