// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPage } from '@/lib/feed/page-state';
import { WATCH_RULES } from '@/lib/platforms/gone';
import type { StorageArea } from '@/lib/vault/storage';
import { REPEAT_AFTER_MS } from '@/lib/watch/observe';
import {
  createWatchService,
  indexChangeFor,
  REBUILD_RETRY_MS,
  WATCH_INDEX_KEY,
  WATCH_QUEUE_KEY,
} from '@/lib/watch/service';
import { capture, clock, makeVault, PASS, profile } from '../vault/helpers';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const POST = capture.permalink;
const session = fakeBrowser.storage.session as unknown as StorageArea;

async function dumpAll(): Promise<string> {
  return JSON.stringify([
    await fakeBrowser.storage.local.get(null),
    await fakeBrowser.storage.session.get(null),
  ]);
}

async function setup() {
  const time = clock('2026-12-03T14:02:00.000Z');
  const { vault } = makeVault({ now: time.now });
  const watch = createWatchService({ vault, session, now: time.now });
  await vault.createVault({ passphrase: PASS, profile });
  await vault.capture(capture);
  await watch.refresh();
  const [summary] = await vault.listCases();
  const caseId = summary?.id as string;
  const evidence = async () => (await vault.getCase({ id: caseId })).evidence[0];
  return { vault, watch, time, caseId, evidence };
}

describe('removal watch service', () => {
  it('unlocked: a visit to evidence records the state, seen by you, at the time', async () => {
    const { watch, evidence } = await setup();
    await watch.seen(`${POST}?s=20`, 'online');
    expect((await evidence())?.statusHistory).toEqual([
      { status: 'online', at: '2026-12-03T14:02:00.000Z', seenBy: 'you' },
    ]);
  });

  it('a repeat visit soon after adds nothing: the case is not saved, its updatedAt stays', async () => {
    const { vault, watch, time, caseId } = await setup();
    await watch.seen(POST, 'online');
    const before = await vault.getCase({ id: caseId });
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    time.advance(60_000);
    await watch.seen(POST, 'online');
    const after = await vault.getCase({ id: caseId });
    expect(after.updatedAt).toBe(before.updatedAt);
    expect(after.evidence[0]?.statusHistory).toHaveLength(1);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(stored);
  });

  it('locked: seen "removed" is kept as a digest only, and recorded as removed at unlock', async () => {
    const { vault, watch, time, evidence } = await setup();
    await vault.lock();
    expect(await watch.status()).toBe('locked-watching');
    time.advance(3_600_000);
    await watch.seen('https://twitter.com/ABUSER_HANDLE_91/status/1234567890', 'removed');
    const stored = await dumpAll();
    expect(stored).not.toContain('1234567890');
    expect(stored).not.toContain('abuser_handle_91');
    expect((await fakeBrowser.storage.session.get(WATCH_QUEUE_KEY))[WATCH_QUEUE_KEY]).toHaveLength(
      1,
    );

    await vault.unlock({ passphrase: PASS });
    await watch.refresh();
    const item = await evidence();
    expect(item?.status).toBe('removed');
    expect(item?.statusHistory.at(-1)).toEqual({
      status: 'removed',
      at: '2026-12-03T15:02:00.000Z',
      seenBy: 'you',
    });
    expect(
      (await fakeBrowser.storage.session.get(WATCH_QUEUE_KEY))[WATCH_QUEUE_KEY],
    ).toBeUndefined();
  });

  it('a visit to an address that is no evidence leaves storage exactly as it was', async () => {
    const { vault, watch } = await setup();
    for (const locked of [false, true]) {
      if (locked) await vault.lock();
      const before = await dumpAll();
      await watch.seen('https://x.com/someone_else/status/999', 'removed');
      await watch.seen('https://x.com/home', 'online');
      await watch.seen('https://example.com/private', 'removed');
      expect(await dumpAll()).toBe(before);
    }
  });

  it('locked after a browser restart (no index): paused, nothing kept', async () => {
    const { vault } = await setup();
    await vault.lock();
    await fakeBrowser.storage.session.remove(WATCH_INDEX_KEY);
    // A new browser session starts a new background, with nothing in memory.
    const watch = createWatchService({ vault, session });
    expect(await watch.status()).toBe('paused');
    const before = await dumpAll();
    await watch.seen(POST, 'removed');
    expect(await dumpAll()).toBe(before);
  });

  it('unlocked with no index (lost): the first evidence visit makes it and is recorded', async () => {
    const { vault, evidence } = await setup();
    await fakeBrowser.storage.session.remove(WATCH_INDEX_KEY);
    const watch = createWatchService({ vault, session });
    await watch.seen(POST, 'removed');
    expect((await evidence())?.status).toBe('removed');
    expect((await fakeBrowser.storage.session.get(WATCH_INDEX_KEY))[WATCH_INDEX_KEY]).toBeDefined();
  });

  it('"removed" from a page still loading, corrected seconds later: online, no trace of it', async () => {
    const { vault, watch, time, evidence } = await setup();
    for (const locked of [false, true]) {
      if (locked) await vault.lock();
      time.advance(7 * 3_600_000);
      await watch.seen(POST, 'removed', { from: 'page' });
      time.advance(8_500);
      await watch.seen(POST, 'online', { from: 'sure', corrects: true });
      if (locked) {
        await vault.unlock({ passphrase: PASS });
        await watch.refresh({ rekey: true });
      }
      const item = await evidence();
      expect(item?.status).toBe('online');
      expect(item?.statusHistory.map((h) => h.status)).not.toContain('removed');
      expect(item?.statusHistory.at(-1)).toEqual({
        status: 'online',
        at: time.now().toISOString(),
        seenBy: 'you',
      });
    }
  });

  describe('a correction is tied to the read it corrects', () => {
    const PROFILE = 'https://x.com/abuser_handle_91';

    it('"online" from another tab within seconds of a true "removed": reappeared, kept', async () => {
      const { watch, time, evidence } = await setup();
      await watch.seen(POST, 'removed', { from: 'sure' });
      time.advance(8_500);
      await watch.seen(POST, 'online', { from: 'sure' });
      const item = await evidence();
      expect(item?.status).toBe('reappeared');
      expect(item?.statusHistory.map((h) => h.status)).toEqual(['removed', 'reappeared']);
    });

    it('a suspension seen through the account is never undone by a visit to one of its posts', async () => {
      const { vault, watch, time, caseId, evidence } = await setup();
      const item = await evidence();
      await vault.updateCase({
        id: caseId,
        op: {
          op: 'updateEvidence',
          id: item?.id as string,
          patch: { author: { ...item?.author, profileUrl: PROFILE } },
        },
      });
      await watch.refresh({ caseId });
      // X's own "Account suspended" container on the profile.
      await watch.seen(PROFILE, 'account-suspended', { from: 'sure' });
      expect((await evidence())?.status).toBe('account-suspended');
      // Seconds later the user opens the post: its page first shows the same suspension (it
      // adds nothing), then the post; the script sends "online" as a correction of its read.
      time.advance(5_000);
      await watch.seen(POST, 'account-suspended', { from: 'sure' });
      time.advance(5_000);
      await watch.seen(POST, 'online', { from: 'sure', corrects: true });
      const after = await evidence();
      expect(after?.statusHistory.map((h) => h.status)).toEqual([
        'account-suspended',
        'reappeared',
      ]);
      // The post seen online with no read of its own before: also a plain observation.
      time.advance(REPEAT_AFTER_MS);
      await watch.seen(PROFILE, 'account-suspended', { from: 'sure' });
      time.advance(3_000);
      await watch.seen(POST, 'online', { from: 'sure', corrects: true });
      expect((await evidence())?.status).toBe('reappeared');
      expect((await evidence())?.statusHistory.at(-2)?.status).toBe('account-suspended');
    });

    it('"removed" confirmed by hand within the window stays: the watch\'s "online" is reappeared', async () => {
      const { vault, watch, time, caseId, evidence } = await setup();
      await watch.seen(POST, 'removed', { from: 'page' });
      time.advance(3_000);
      const id = (await evidence())?.id as string;
      await vault.updateCase({
        id: caseId,
        op: { op: 'setEvidenceStatus', id, status: 'removed' },
      });
      time.advance(5_000);
      await watch.seen(POST, 'online', { from: 'sure', corrects: true });
      const item = await evidence();
      expect(item?.status).toBe('reappeared');
      expect(item?.statusHistory.map((h) => h.status)).toEqual(['removed', 'reappeared']);
    });
  });

  describe('a hostile profile page', () => {
    const PROFILE = 'https://www.reddit.com/user/abuser_91/';
    const POSTS = [
      'https://www.reddit.com/r/pics/comments/abc123/a_title/',
      'https://www.reddit.com/r/pics/comments/def456/another/',
    ];

    /** Two posts by the account, and the account itself, as evidence. */
    async function redditCase() {
      const made = await setup();
      for (const url of POSTS) {
        await made.vault.updateCase({
          id: made.caseId,
          op: {
            op: 'addEvidence',
            fields: { kind: 'post', platform: 'reddit', url, author: { profileUrl: PROFILE } },
          },
        });
      }
      await made.vault.updateCase({
        id: made.caseId,
        op: { op: 'addEvidence', fields: { kind: 'account', platform: 'reddit', url: PROFILE } },
      });
      await made.watch.refresh({ caseId: made.caseId });
      const items = async () => (await made.vault.getCase({ id: made.caseId })).evidence;
      return { ...made, items };
    }

    it('a bio saying "This account has been suspended" marks none of its posts', async () => {
      const { watch, items } = await redditCase();
      // What the watch script reads on that profile (no shreddit-post on it): page wording.
      const doc = new DOMParser().parseFromString(
        '<main><h1>u/abuser_91</h1><div data-testid="profile-description">This account has been suspended. jk, DM me</div></main>',
        'text/html',
      );
      const reading = readPage(doc, WATCH_RULES.reddit, new URL(PROFILE));
      expect(reading).toEqual({ state: 'account-suspended', from: 'page' });
      await watch.seen(PROFILE, 'account-suspended', { from: reading?.from });
      const byUrl = new Map((await items()).map((e) => [e.url, e]));
      for (const post of POSTS) expect(byUrl.get(post)?.statusHistory).toEqual([]);
      // The account's own address, at most.
      expect(byUrl.get(PROFILE)?.status).toBe('account-suspended');
    });

    it('locked, the same: the queued reading keeps its source', async () => {
      const { vault, watch, items } = await redditCase();
      await vault.lock();
      await watch.seen(PROFILE, 'account-suspended', { from: 'page' });
      await vault.unlock({ passphrase: PASS });
      await watch.refresh({ rekey: true });
      const byUrl = new Map((await items()).map((e) => [e.url, e]));
      for (const post of POSTS) expect(byUrl.get(post)?.statusHistory).toEqual([]);
      expect(byUrl.get(PROFILE)?.status).toBe('account-suspended');
    });
  });

  it('removed, then seen online again: reappeared', async () => {
    const { watch, time, evidence } = await setup();
    await watch.seen(POST, 'removed');
    time.advance(7 * 24 * 3_600_000);
    await watch.seen(POST, 'online');
    expect((await evidence())?.status).toBe('reappeared');
  });

  it('a wipe clears the index and the queue', async () => {
    const { vault, watch } = await setup();
    await vault.lock();
    await watch.seen(POST, 'removed');
    await watch.clear();
    expect(await fakeBrowser.storage.session.get([WATCH_INDEX_KEY, WATCH_QUEUE_KEY])).toEqual({});
  });

  describe('cost: the vault is opened for evidence only, the index follows changes case by case', () => {
    /** Four more cases of two posts each, beside the first one (the captured POST). */
    async function fiveCases() {
      const made = await setup();
      const ids = [made.caseId];
      for (let c = 1; c <= 4; c++) {
        const kase = await made.vault.createCase({ profile });
        for (const n of [1, 2]) {
          await made.vault.updateCase({
            id: kase.id,
            op: {
              op: 'addEvidence',
              fields: { kind: 'post', platform: 'x', url: `https://x.com/u${c}/status/${c}0${n}` },
            },
          });
        }
        ids.push(kase.id);
      }
      await made.watch.refresh();
      const getCase = vi.spyOn(made.vault, 'getCase');
      const listCases = vi.spyOn(made.vault, 'listCases');
      const sign = vi.spyOn(crypto.subtle, 'sign');
      const reset = () => [getCase, listCases, sign].forEach((spy) => void spy.mockClear());
      return { ...made, ids, getCase, listCases, sign, reset };
    }

    it('an address that is no evidence opens no case, even in a new background', async () => {
      const { vault, watch, getCase, listCases } = await fiveCases();
      const fresh = createWatchService({ vault, session });
      for (const w of [watch, fresh]) {
        await w.seen('https://x.com/someone_else/status/999', 'removed');
        await w.seen('https://x.com/home', 'online');
      }
      expect(getCase).not.toHaveBeenCalled();
      expect(listCases).not.toHaveBeenCalled();
      vi.restoreAllMocks();
    });

    it('an evidence address opens only the case that holds it', async () => {
      const { watch, ids, getCase, listCases, time, vault } = await fiveCases();
      time.advance(60_000);
      await watch.seen('https://twitter.com/u3/status/302', 'removed');
      expect(getCase.mock.calls).toEqual([[{ id: ids[3] }]]);
      expect(listCases).not.toHaveBeenCalled();
      vi.restoreAllMocks();
      const item = (await vault.getCase({ id: ids[3] as string })).evidence.find((e) =>
        e.url?.endsWith('/302'),
      );
      expect(item?.status).toBe('removed');
    });

    it('a change re-digests only its case; a burst of changes is one pass', async () => {
      const { watch, vault, ids, getCase, listCases, sign, reset } = await fiveCases();
      const [, two, three] = ids as [string, string, string];
      await vault.updateCase({
        id: two,
        op: {
          op: 'addEvidence',
          fields: { kind: 'post', platform: 'x', url: 'https://x.com/n/status/7' },
        },
      });
      reset();
      await watch.refresh({ caseId: two });
      expect(getCase.mock.calls).toEqual([[{ id: two }]]);
      expect(listCases).not.toHaveBeenCalled();
      // Its three posts, nothing of the four other cases.
      expect(sign).toHaveBeenCalledTimes(3);

      reset();
      const burst = [];
      for (let n = 0; n < 20; n++) burst.push(watch.refresh({ caseId: n % 2 ? two : three }));
      await Promise.all(burst);
      expect(getCase).toHaveBeenCalledTimes(2);
      expect(sign).toHaveBeenCalledTimes(5);
      vi.restoreAllMocks();
      expect(await watch.status()).toBe('active');
    });

    it('a burst of changes that name no case is one pass over the cases', async () => {
      const { watch, ids, getCase, listCases, reset } = await fiveCases();
      reset();
      await Promise.all([watch.refresh(), watch.refresh(), watch.refresh({ caseId: ids[1] })]);
      expect(listCases).toHaveBeenCalledTimes(1);
      expect(getCase).toHaveBeenCalledTimes(5);
      vi.restoreAllMocks();
    });

    it('deleted evidence and a deleted case leave the index', async () => {
      const { watch, vault, ids, caseId, evidence } = await fiveCases();
      vi.restoreAllMocks();
      const item = await evidence();
      await vault.updateCase({ id: caseId, op: { op: 'removeEvidence', id: item?.id as string } });
      await watch.refresh({ caseId });
      await vault.deleteCase({ id: ids[2] as string });
      await watch.refresh({ caseId: ids[2] });
      const stored = (await fakeBrowser.storage.session.get(WATCH_INDEX_KEY))[WATCH_INDEX_KEY] as {
        cases: Array<{ id: string; digests: string[] }>;
      };
      expect(stored.cases.map((c) => c.id)).not.toContain(ids[2]);
      expect(stored.cases.find((c) => c.id === caseId)?.digests).toEqual([]);
      await vault.lock();
      for (const gone of [POST, 'https://x.com/u2/status/201']) await watch.seen(gone, 'removed');
      expect(
        (await fakeBrowser.storage.session.get(WATCH_QUEUE_KEY))[WATCH_QUEUE_KEY],
      ).toBeUndefined();
      // Still watching the rest while locked.
      await watch.seen('https://x.com/u4/status/401', 'removed');
      expect(
        (await fakeBrowser.storage.session.get(WATCH_QUEUE_KEY))[WATCH_QUEUE_KEY],
      ).toHaveLength(1);
    });

    it('an unlock, with onChange wired as the background does, is one pass under a fresh key', async () => {
      const time = clock('2026-12-03T14:02:00.000Z');
      let watch: ReturnType<typeof createWatchService> | null = null;
      const pending: Promise<void>[] = [];
      const { vault } = makeVault({
        now: time.now,
        onChange: (caseId, reason) => {
          if (watch) pending.push(watch.refresh(indexChangeFor(caseId, reason)));
        },
      });
      watch = createWatchService({ vault, session, now: time.now });
      const settled = async () => {
        while (pending.length) await pending.shift();
      };
      await vault.createVault({ passphrase: PASS, profile });
      await vault.capture(capture);
      for (let c = 1; c <= 3; c++) await vault.createCase({ profile });
      await settled();
      const keyOf = async () =>
        (
          (await fakeBrowser.storage.session.get(WATCH_INDEX_KEY))[WATCH_INDEX_KEY] as {
            key: string;
          }
        ).key;
      const before = await keyOf();
      await vault.lock();
      await settled();
      await watch.seen(POST, 'removed', { from: 'sure' });
      const getCase = vi.spyOn(vault, 'getCase');
      const listCases = vi.spyOn(vault, 'listCases');
      await vault.unlock({ passphrase: PASS });
      await settled();
      expect(await keyOf()).not.toBe(before);
      // One pass: the four cases opened once each to be digested; the queued observation's case
      // twice to record it (map the digest back, then match), and once more as the change that
      // recording made. Two passes (the change, then the unlock) would open every case again.
      expect(listCases).toHaveBeenCalledTimes(1);
      expect(getCase).toHaveBeenCalledTimes(4 + 2 + 1);
      vi.restoreAllMocks();
      const all = await Promise.all((await vault.listCases()).map((c) => vault.getCase(c)));
      expect(all.flatMap((c) => c.evidence).map((e) => e.status)).toEqual(['removed']);
    });

    it('each unlock makes a fresh key; what was seen while locked is recorded first', async () => {
      const { watch, vault, ids, time } = await fiveCases();
      vi.restoreAllMocks();
      const keyOf = async () =>
        (
          (await fakeBrowser.storage.session.get(WATCH_INDEX_KEY))[WATCH_INDEX_KEY] as {
            key: string;
          }
        ).key;
      const before = await keyOf();
      await vault.lock();
      time.advance(60_000);
      await watch.seen('https://x.com/u1/status/102', 'withheld');
      await vault.unlock({ passphrase: PASS });
      await watch.refresh({ rekey: true });
      expect(await keyOf()).not.toBe(before);
      const item = (await vault.getCase({ id: ids[1] as string })).evidence.find((e) =>
        e.url?.endsWith('/102'),
      );
      expect(item?.status).toBe('withheld');
      // The new index still knows every post.
      await vault.lock();
      await watch.seen('https://x.com/u1/status/101', 'removed');
      expect(
        (await fakeBrowser.storage.session.get(WATCH_QUEUE_KEY))[WATCH_QUEUE_KEY],
      ).toHaveLength(1);
    });
  });
});

describe('asking first: is this page address evidence (wanted)', () => {
  const PROFILE = 'https://x.com/abuser_handle_91';

  /** The captured post, its author's profile address on the evidence. */
  async function withProfile() {
    const made = await setup();
    const item = await made.evidence();
    await made.vault.updateCase({
      id: made.caseId,
      op: {
        op: 'updateEvidence',
        id: item?.id as string,
        patch: { author: { ...item?.author, profileUrl: PROFILE } },
      },
    });
    await made.watch.refresh({ caseId: made.caseId });
    return made;
  }

  it('yes for the item’s address (any form of it) and its author’s profile; no for any other', async () => {
    const { watch } = await withProfile();
    expect(await watch.wanted(POST)).toBe(true);
    expect(await watch.wanted('https://twitter.com/ABUSER_HANDLE_91/status/1234567890?s=20')).toBe(
      true,
    );
    expect(await watch.wanted(PROFILE)).toBe(true);
    for (const other of [
      'https://x.com/home',
      'https://x.com/someone_else/status/999',
      'https://x.com/someone_else',
      'https://example.com/private',
      'http://x.com/abuser_handle_91/status/1234567890',
      'not a url',
    ]) {
      expect(await watch.wanted(other), other).toBe(false);
    }
  });

  it('asking stores nothing and changes nothing, evidence or not, unlocked or locked', async () => {
    const { vault, watch } = await withProfile();
    for (const locked of [false, true]) {
      if (locked) await vault.lock();
      const before = await dumpAll();
      expect(await watch.wanted(POST)).toBe(true);
      expect(await watch.wanted(PROFILE)).toBe(true);
      expect(await watch.wanted('https://x.com/someone_else/status/999')).toBe(false);
      expect(await dumpAll()).toBe(before);
    }
  });

  it('locked with the index (locked-watching): yes; locked after a restart (paused): no', async () => {
    const { vault, watch } = await setup();
    await vault.lock();
    expect(await watch.status()).toBe('locked-watching');
    expect(await watch.wanted(POST)).toBe(true);
    await fakeBrowser.storage.session.remove(WATCH_INDEX_KEY);
    const restarted = createWatchService({ vault, session });
    expect(await restarted.status()).toBe('paused');
    const before = await dumpAll();
    expect(await restarted.wanted(POST)).toBe(false);
    expect(await dumpAll()).toBe(before);
  });

  it('unlocked with no index (lost): the index is made once and the answer is right', async () => {
    const { vault } = await setup();
    await fakeBrowser.storage.session.remove(WATCH_INDEX_KEY);
    const watch = createWatchService({ vault, session });
    expect(await watch.wanted(POST)).toBe(true);
    expect((await fakeBrowser.storage.session.get(WATCH_INDEX_KEY))[WATCH_INDEX_KEY]).toBeDefined();
    expect(await watch.wanted('https://x.com/someone_else/status/999')).toBe(false);
  });

  it('a failing rebuild is not retried at every ask (a page could make it decrypt every case)', async () => {
    const { vault, time } = await setup();
    await fakeBrowser.storage.session.remove(WATCH_INDEX_KEY);
    const watch = createWatchService({ vault, session, now: time.now });
    const listed = vi.spyOn(vault, 'listCases');
    // The index can't be saved (session storage full).
    const saving = vi.spyOn(session, 'set').mockRejectedValue(new Error('QUOTA_BYTES'));
    for (let i = 0; i < 5; i++) {
      await watch.wanted('https://x.com/home').catch(() => undefined);
      await watch.wanted(POST).catch(() => undefined);
    }
    expect(listed).toHaveBeenCalledTimes(1);
    // Tried again after a while, and then made.
    saving.mockRestore();
    time.advance(REBUILD_RETRY_MS);
    expect(await watch.wanted(POST)).toBe(true);
    expect(listed).toHaveBeenCalledTimes(2);
  });

  it('a case that will not open is left out of a rebuild; the others are still watched', async () => {
    const { vault, time } = await setup();
    await fakeBrowser.storage.session.remove(WATCH_INDEX_KEY);
    const watch = createWatchService({ vault, session, now: time.now });
    const real = vault.listCases.bind(vault);
    vi.spyOn(vault, 'listCases').mockImplementation(async () => [
      { id: 'damaged-case' } as Awaited<ReturnType<typeof real>>[number],
      ...(await real()),
    ]);
    const open = vault.getCase.bind(vault);
    vi.spyOn(vault, 'getCase').mockImplementation(async (req) => {
      if (req.id === 'damaged-case') throw new Error('damaged record');
      return open(req);
    });
    expect(await watch.wanted(POST)).toBe(true);
  });

  it('follows the index in order: an item captured, then asked about at once: yes', async () => {
    const { vault, watch, caseId } = await setup();
    const NEW = 'https://x.com/other_account/status/2000000000000000001';
    expect(await watch.wanted(NEW)).toBe(false);
    await vault.updateCase({
      id: caseId,
      op: { op: 'addEvidence', fields: { kind: 'post', platform: 'x', url: NEW } },
    });
    // The vault's change notice starts the index update; the ask, made right after, waits for it.
    void watch.refresh({ caseId });
    expect(await watch.wanted(NEW)).toBe(true);
    // Removed from the case: no longer wanted.
    const added = (await vault.getCase({ id: caseId })).evidence.find((e) => e.url === NEW);
    await vault.updateCase({ id: caseId, op: { op: 'removeEvidence', id: added?.id as string } });
    void watch.refresh({ caseId });
    expect(await watch.wanted(NEW)).toBe(false);
  });
});
