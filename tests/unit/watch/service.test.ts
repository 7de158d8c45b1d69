import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StorageArea } from '@/lib/vault/storage';
import { createWatchService, WATCH_INDEX_KEY, WATCH_QUEUE_KEY } from '@/lib/watch/service';
import { capture, clock, makeVault, PASS, profile } from '../vault/helpers';

beforeEach(() => {
  fakeBrowser.reset();
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
    const { vault, watch } = await setup();
    await vault.lock();
    await fakeBrowser.storage.session.remove(WATCH_INDEX_KEY);
    expect(await watch.status()).toBe('paused');
    const before = await dumpAll();
    await watch.seen(POST, 'removed');
    expect(await dumpAll()).toBe(before);
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
});
