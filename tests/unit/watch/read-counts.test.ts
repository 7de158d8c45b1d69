// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { countReadFailure, onReadFailure, takeReadFailures } from '@/lib/feed/read-counts';
import { readTarget } from '@/lib/feed/read-target';
import { watchMessages } from '@/lib/messaging/messages/watch';
import { WATCH_RULES } from '@/lib/platforms/gone';
import { ADAPTERS } from '@/lib/platforms/registry';
import { countPosts, READS_BATCH_MS, startWatchPage } from '@/lib/watch/content';
import { post, testAdapter } from '../feed/helpers';
import { html, load } from '../platforms/fixture';

const page = { url: new URL('https://x.com/home') };
const now = new Date('2025-03-03T10:00:00Z');

afterEach(() => {
  takeReadFailures();
});

describe('read failures counted in the feed, collected by the watch script', () => {
  it('a click-time reading that fails counts its reason; a good one counts nothing', () => {
    document.body.innerHTML = post('1') + post('2', { media: false });
    const [good, bare] = document.querySelectorAll('article');
    expect(readTarget(testAdapter, document, good ?? null, page, now)).not.toBeNull();
    expect(takeReadFailures()).toBeNull();
    expect(readTarget(testAdapter, document, bare ?? null, page, now)).toBeNull();
    expect(readTarget(testAdapter, document, bare ?? null, page, now)).toBeNull();
    (bare as Element).querySelector('a')?.remove();
    readTarget(testAdapter, document, bare ?? null, page, now);
    expect(takeReadFailures()).toEqual({ 'no-media': 2, 'no-permalink': 1 });
    // Taken means gone: the next batch starts from nothing.
    expect(takeReadFailures()).toBeNull();
  });

  it('the watch page sends the counts in batches, at its reads and when asked (page hidden)', () => {
    const timers: Array<() => void> = [];
    const batches: Array<Record<string, number>> = [];
    const health: unknown[] = [];
    const watch = startWatchPage({
      doc: html('<article data-testid="tweet"></article><article data-testid="tweet"></article>'),
      rules: WATCH_RULES.x,
      url: () => 'https://x.com/home',
      later: (cb) => timers.push(cb),
      send: () => undefined,
      // A page that is not evidence (most pages): health and batches go out all the same.
      wanted: async () => false,
      health: (h) => health.push(h),
      takeReads: takeReadFailures,
      sendReads: (failures) => batches.push(failures),
    });
    countReadFailure('no-permalink');
    countReadFailure('no-permalink');
    countReadFailure('error');
    for (const cb of timers.splice(0)) cb();
    // Three reads after load, one batch: empty reads send nothing.
    expect(batches).toEqual([{ 'no-permalink': 2, error: 1 }]);
    expect(health).toEqual([{ buttons: 0, mediaWithoutButton: false, posts: 2 }]);
    countReadFailure('not-a-post');
    watch.flushReads();
    watch.flushReads();
    expect(batches).toEqual([{ 'no-permalink': 2, error: 1 }, { 'not-a-post': 1 }]);
  });
});

describe('a batch a few seconds after a failure, with no polling', () => {
  it('the feed’s count wakes the watch script once per batch; the batch takes every count', () => {
    const timers: Array<[() => void, number]> = [];
    const batches: Array<Record<string, number>> = [];
    const watch = startWatchPage({
      doc: html('<p></p>'),
      rules: WATCH_RULES.x,
      url: () => 'https://x.com/home',
      later: (cb, ms) => timers.push([cb, ms]),
      send: () => undefined,
      wanted: async () => false,
      health: () => undefined,
      takeReads: takeReadFailures,
      sendReads: (failures) => batches.push(failures),
    });
    timers.splice(0); // the page reads after load: not what this test is about
    onReadFailure(() => watch.readFailed());
    countReadFailure('no-permalink');
    countReadFailure('no-media');
    countReadFailure('no-permalink');
    expect(timers.map(([, ms]) => ms)).toEqual([READS_BATCH_MS]);
    expect(batches).toEqual([]);
    timers.splice(0)[0]?.[0]();
    expect(batches).toEqual([{ 'no-permalink': 2, 'no-media': 1 }]);
    // Taking the counts wakes nothing; the next failure starts the next batch.
    expect(timers).toEqual([]);
    countReadFailure('error');
    expect(timers).toHaveLength(1);
    timers.splice(0)[0]?.[0]();
    expect(batches.at(-1)).toEqual({ error: 1 });
  });
});

describe('posts found, by the adapter’s own selectors', () => {
  it.each(ADAPTERS.map((a) => [a.id, a] as const))(
    '%s: the watch script’s selectors are the adapter’s',
    (id, adapter) => {
      expect(WATCH_RULES[id].posts).toEqual(adapter.posts);
    },
  );

  it('the first selector that finds any posts counts them (as the feed picks its tier)', () => {
    expect(countPosts(load('reddit/feed.html'), WATCH_RULES.reddit.posts)).toBe(6);
    expect(countPosts(load('reddit/old.html'), WATCH_RULES.reddit.posts)).toBe(2);
    expect(countPosts(html('<p>nothing</p>'), WATCH_RULES.reddit.posts)).toBe(0);
  });
});

describe('feedReads: what a content script may send', () => {
  const schema = watchMessages.feedReads.request;

  it('known reasons with whole counts only', () => {
    expect(schema.safeParse({ failures: { 'no-permalink': 2, error: 1 } }).success).toBe(true);
    for (const failures of [
      { 'made-up': 1 },
      { 'no-permalink': -1 },
      { 'no-permalink': 1.5 },
      { 'no-permalink': 100001 },
      { 'no-permalink': '3' },
      JSON.parse('{"__proto__": 1}'),
    ]) {
      expect(schema.safeParse({ failures }).success).toBe(false);
    }
    // Nothing else rides along (an address, a handle).
    expect(schema.safeParse({ failures: {}, url: 'https://x.com/a/status/1' }).success).toBe(false);
  });
});
