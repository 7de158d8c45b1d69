import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Beacon,
  extensionRequests,
  fixture,
  launchBeacon,
  pierceQuery,
  trustedClick,
} from './harness';

/**
 * The feed in real Chromium with the built extension, on each platform's routed hostname.
 * The expected counts and ids below were read from the fixture markup (tests/fixtures/platforms):
 * a media post is one that carries an image, a video or a player of its own — not an avatar,
 * not a link card's thumbnail, not a live-stream tile without media.
 */
type PlatformCase = {
  id: string;
  origin: string;
  path: string;
  fixture: string;
  /** Media posts in the fixture = shortcuts expected. */
  shortcuts: number;
  /** An id from the first media post's permalink (what the card and the capture must name). */
  firstId: string;
  /** The first media post's author handle as the page shows it. */
  firstHandle: string;
};

const CASES: PlatformCase[] = [
  // 7 articles: photo quote, text, link card, photo, quote+video, video, photo.
  {
    id: 'x',
    origin: 'https://x.com',
    path: '/home',
    fixture: 'x/feed.html',
    shortcuts: 5,
    firstId: '1983130065320780162',
    firstHandle: 'TestQuoter',
  },
  // 4 articles: photo, reel video, carousel, one whose media hasn't loaded (no img/video yet).
  {
    id: 'instagram',
    origin: 'https://www.instagram.com',
    path: '/',
    fixture: 'instagram/feed.html',
    shortcuts: 3,
    firstId: 'C8xYz12AbCd',
    firstHandle: 'lena.photos',
  },
  // 5 feed units: photo, text only, link card, reel video, photo.
  {
    id: 'facebook',
    origin: 'https://www.facebook.com',
    path: '/',
    fixture: 'facebook/feed.html',
    shortcuts: 3,
    firstId: 'pfbid02AbCdEfGh',
    firstHandle: 'maria.lopez.123',
  },
  // 5 posts: photo, text, link card, a quote of a video post (one shortcut, on the quoting
  // post), photo.
  {
    id: 'threads',
    origin: 'https://www.threads.com',
    path: '/',
    fixture: 'threads/feed.html',
    shortcuts: 3,
    firstId: 'DAbC123xYz',
    firstHandle: 'river.art',
  },
  // 6 posts: image, text, link (thumbnail only), video, gallery, image post (post-type="image",
  // content-href on i.redd.it) whose preview isn't rendered.
  {
    id: 'reddit',
    origin: 'https://www.reddit.com',
    path: '/',
    fixture: 'reddit/feed.html',
    shortcuts: 4,
    firstId: '1abcde',
    firstHandle: 'harbor_view',
  },
  // 4 items: video, live tile without media, photo post, video.
  {
    id: 'tiktok',
    origin: 'https://www.tiktok.com',
    path: '/foryou',
    fixture: 'tiktok/feed.html',
    shortcuts: 3,
    firstId: '7430000000000000001',
    firstHandle: 'dance.daily',
  },
  // 5 grid items: video, video (new lockup), short, text community post, image community post.
  {
    id: 'youtube',
    origin: 'https://www.youtube.com',
    path: '/',
    fixture: 'youtube/feed.html',
    shortcuts: 4,
    firstId: 'Ab3dE5gH1jK',
    firstHandle: 'CoastalKitchen',
  },
  // 5 feed items: photo, text, link card (its thumbnail is the card's), a quote of a photo post,
  // video.
  {
    id: 'bluesky',
    origin: 'https://bsky.app',
    path: '/',
    fixture: 'bluesky/feed.html',
    shortcuts: 3,
    firstId: '3lkq2abcde22x',
    firstHandle: 'alice.bsky.social',
  },
  // 3 dashboard posts: photo, text only, video (avatars are not media).
  {
    id: 'tumblr',
    origin: 'https://www.tumblr.com',
    path: '/dashboard',
    fixture: 'tumblr/feed.html',
    shortcuts: 2,
    firstId: '765432109876543210',
    firstHandle: 'quietharbor',
  },
  // 3 grid pins: image, video, an ideas card (no pin link).
  {
    id: 'pinterest',
    origin: 'https://www.pinterest.com',
    path: '/',
    fixture: 'pinterest/feed.html',
    shortcuts: 2,
    firstId: '1000000000000000001',
    firstHandle: 'greenthumbs',
  },
  // 3 messages: image attachment, text only, video attachment. Discord has no public handles:
  // the card shows no account line (an empty string is in any text).
  {
    id: 'discord',
    origin: 'https://discord.com',
    path: '/channels/1100000000000000001/1100000000000000002',
    fixture: 'discord/channel.html',
    shortcuts: 2,
    firstId: '1100000000000000010',
    firstHandle: '',
  },
  // Web K, 4 bubbles: photo, text, video, one still being sent (local id). The chat comes from
  // each bubble's data-peer-id (the address fragment never reaches the routed server).
  {
    id: 'telegram',
    origin: 'https://web.telegram.org',
    path: '/k/',
    fixture: 'telegram/k-channel.html',
    shortcuts: 2,
    firstId: '1300000001/4021',
    firstHandle: '',
  },
  // A clip page: the player, and one related clip card.
  {
    id: 'twitch',
    origin: 'https://www.twitch.tv',
    path: '/pixel_garden/clip/GreenhouseClipSlug-xyz',
    fixture: 'twitch/clip.html',
    shortcuts: 2,
    firstId: 'GreenhouseClipSlug-xyz',
    firstHandle: 'pixel_garden',
  },
];

/** Account pages other than X's (tested on its own below); handles read from the fixtures. */
const ACCOUNTS = [
  {
    id: 'instagram',
    url: 'https://www.instagram.com/lena.photos/',
    fixture: 'instagram/profile.html',
    handle: 'lena.photos',
  },
  {
    id: 'reddit',
    url: 'https://www.reddit.com/user/harbor_view/',
    fixture: 'reddit/profile.html',
    handle: 'harbor_view',
  },
  {
    id: 'tiktok',
    url: 'https://www.tiktok.com/@dance.daily',
    fixture: 'tiktok/profile.html',
    handle: 'dance.daily',
  },
  {
    id: 'bluesky',
    url: 'https://bsky.app/profile/alice.bsky.social',
    fixture: 'bluesky/profile.html',
    handle: 'alice.bsky.social',
  },
];

const hasFixture = (path: string) => existsSync(resolve('tests/fixtures/platforms', path));

type StoredCapture = {
  platform: string;
  permalink?: string;
  via: string;
  kind: string;
  author?: { handle?: string };
  adapter?: { id: string };
};

/**
 * What the background stored: in a fresh profile with no vault, the vault service keeps captures
 * in storage.session's `pendingCaptures` as `{ id, capture }` (lib/vault/service.ts).
 */
async function storedCaptures(beacon: Beacon): Promise<StoredCapture[]> {
  const pending = await beacon.worker.evaluate(async () => {
    const chrome = (
      globalThis as unknown as {
        chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    const stored = await chrome.storage.session.get('pendingCaptures');
    return (stored.pendingCaptures ?? []) as Array<{ id: string; capture: StoredCapture }>;
  });
  return pending.map((item) => item.capture);
}

const shortcutButtons = (page: Page) =>
  pierceQuery(
    page,
    (n) =>
      n.nodeName === 'button' &&
      /^(Report this (post|account|page))$/.test(n.attributes['aria-label'] ?? ''),
  );

const dialogs = (page: Page) =>
  pierceQuery(page, (n) => n.nodeName === 'div' && n.attributes.role === 'dialog');

/** Shortcuts per post-ish container: any element holding more than one is a duplicate. */
async function duplicates(page: Page): Promise<number> {
  return page.evaluate(() => {
    let dup = 0;
    const parents = new Set<Element>();
    for (const s of document.querySelectorAll('beacon-shortcut')) {
      const post = s.closest('article, shreddit-post, [data-pressable-container], [aria-posinset]');
      if (post) {
        if (parents.has(post)) dup++;
        parents.add(post);
      }
    }
    return dup;
  });
}

describe('the feed on each platform', () => {
  let beacon: Beacon;

  beforeAll(async () => {
    beacon = await launchBeacon();
    const hosts = new Map<string, Record<string, string>>([
      [
        'https://x.com',
        {
          '/TestUser123': fixture('platforms/x/profile.html'),
          '/TestUser123/status/1981400000000000001': fixture('platforms/x/status.html'),
          // A hashtag page: X's column heading, then the feed (abusers sell through hashtags).
          '/hashtag/sellingpics': fixture('platforms/x/feed.html').replace(
            '<body>',
            '<body><div data-testid="primaryColumn"><h2 role="heading">#sellingpics</h2></div>',
          ),
        },
      ],
    ]);
    for (const a of ACCOUNTS) {
      const origin = new URL(a.url).origin;
      const pages = hosts.get(origin) ?? {};
      pages[new URL(a.url).pathname] = fixture(`platforms/${a.fixture}`);
      hosts.set(origin, pages);
    }
    for (const c of CASES) {
      if (!hasFixture(c.fixture)) continue;
      const pages = hosts.get(c.origin) ?? {};
      pages[c.path] = fixture(`platforms/${c.fixture}`);
      hosts.set(c.origin, pages);
    }
    for (const [origin, pages] of hosts) await beacon.serveHost(origin, pages);
  });
  afterAll(async () => {
    await beacon?.close();
  });

  for (const c of CASES) {
    it.skipIf(!hasFixture(c.fixture))(
      `${c.id}: one shortcut per media post; a real click saves the capture and shows the card`,
      async () => {
        const page = await beacon.context.newPage();
        await page.goto(c.origin + c.path);
        await expect
          .poll(() => page.locator('beacon-shortcut').count(), { timeout: 10_000 })
          .toBe(c.shortcuts);
        // Stays at that count (nothing added late, nothing duplicated).
        await page.waitForTimeout(300);
        expect(await page.locator('beacon-shortcut').count()).toBe(c.shortcuts);
        expect(await duplicates(page)).toBe(0);

        const buttons = await shortcutButtons(page);
        expect(buttons).toHaveLength(c.shortcuts);
        const before = (await storedCaptures(beacon)).length;
        await trustedClick(page, (buttons[0] as { backendNodeId: number }).backendNodeId);

        await expect.poll(async () => (await dialogs(page)).length, { timeout: 5_000 }).toBe(1);
        const [dialog] = await dialogs(page);
        expect(dialog?.attributes['aria-label']).toBe('Beacon: capture and report');
        expect(dialog?.text).toContain(
          'Saved for now. Open Beacon to set up your case and keep it.',
        );
        expect(dialog?.text).toContain(c.firstId);
        expect(dialog?.text).toContain(c.firstHandle);
        expect(dialog?.text).toContain('Copy link');
        expect(dialog?.text).toContain('Open my case');
        expect(dialog?.text).toContain('Get help now');
        expect(dialog?.text).toContain('Beacon keeps only the link');

        const stored = await storedCaptures(beacon);
        expect(stored).toHaveLength(before + 1);
        const capture = stored.at(-1) as StoredCapture;
        expect(capture.platform).toBe(c.id);
        expect(capture.kind).toBe('post');
        expect(capture.via).toBe('shortcut');
        expect(capture.permalink).toContain(c.firstId);
        expect(capture.adapter?.id).toBe(c.id);

        // Esc closes the card and gives focus back to the shortcut.
        await page.keyboard.press('Escape');
        await expect.poll(async () => (await dialogs(page)).length).toBe(0);
        expect(await page.evaluate(() => document.activeElement?.localName)).toBe(
          'beacon-shortcut',
        );
        await page.close();
      },
    );
  }

  for (const c of CASES) {
    it.skipIf(!hasFixture(c.fixture))(
      `${c.id}: clicks made by the page do nothing; a re-render after navigation leaves no duplicate`,
      async () => {
        const page = await beacon.context.newPage();
        await page.goto(c.origin + c.path);
        await expect.poll(() => page.locator('beacon-shortcut').count()).toBe(c.shortcuts);
        const before = (await storedCaptures(beacon)).length;
        await page.evaluate(() => {
          for (const s of document.querySelectorAll('beacon-shortcut')) {
            (s as HTMLElement).click();
            s.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
          }
        });
        await page.waitForTimeout(300);
        expect(await storedCaptures(beacon)).toHaveLength(before);
        expect(await dialogs(page)).toHaveLength(0);
        // SPA navigation to the same feed, its markup rendered afresh in place.
        await page.evaluate(
          (markup) => {
            const doc = new DOMParser().parseFromString(markup, 'text/html');
            history.pushState(null, '', `${location.pathname}?again=1`);
            document.body.replaceChildren(
              ...[...doc.body.childNodes].map((n) => document.importNode(n, true)),
            );
          },
          fixture(`platforms/${c.fixture}`),
        );
        await page.waitForTimeout(1_500);
        expect(await page.locator('beacon-shortcut').count()).toBe(c.shortcuts);
        await page.close();
      },
    );
  }

  for (const a of ACCOUNTS) {
    it(`${a.id} account page: one account shortcut captures the account`, async () => {
      const page = await beacon.context.newPage();
      await page.goto(a.url);
      await expect
        .poll(
          async () =>
            (await pierceQuery(page, (n) => n.attributes['aria-label'] === 'Report this account'))
              .length,
        )
        .toBe(1);
      const [account] = await pierceQuery(
        page,
        (n) => n.nodeName === 'button' && n.attributes['aria-label'] === 'Report this account',
      );
      const before = (await storedCaptures(beacon)).length;
      await trustedClick(page, (account as { backendNodeId: number }).backendNodeId);
      await expect.poll(async () => (await storedCaptures(beacon)).length).toBe(before + 1);
      expect((await storedCaptures(beacon)).at(-1)).toMatchObject({
        kind: 'account',
        platform: a.id,
        author: { handle: a.handle },
      });
      await page.close();
    });
  }

  it('a click made by the page (element.click(), dispatched events) does nothing', async () => {
    const page = await beacon.context.newPage();
    await page.goto('https://x.com/home');
    await expect.poll(() => page.locator('beacon-shortcut').count()).toBe(5);
    const before = (await storedCaptures(beacon)).length;
    await page.evaluate(() => {
      for (const s of document.querySelectorAll('beacon-shortcut')) {
        (s as HTMLElement).click();
        s.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
        s.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      }
    });
    await page.waitForTimeout(500);
    expect(await storedCaptures(beacon)).toHaveLength(before);
    expect(await dialogs(page)).toHaveLength(0);
    // The page can't see inside.
    expect(
      await page.evaluate(() => document.querySelector('beacon-shortcut')?.shadowRoot ?? null),
    ).toBeNull();
    await page.close();
  });

  it('a shortcut made see-through by the page refuses to capture', async () => {
    const page = await beacon.context.newPage();
    await page.goto('https://x.com/home');
    await expect.poll(() => page.locator('beacon-shortcut').count()).toBe(5);
    await page.evaluate(() => {
      const article = document.querySelector('beacon-shortcut')?.closest('article') as HTMLElement;
      article.style.opacity = '0.5';
    });
    const before = (await storedCaptures(beacon)).length;
    const [first] = await shortcutButtons(page);
    await trustedClick(page, (first as { backendNodeId: number }).backendNodeId);
    await expect.poll(async () => (await dialogs(page)).length).toBe(1);
    expect((await dialogs(page))[0]?.text).toContain(
      'Not saved: this button was hidden or covered',
    );
    expect(await storedCaptures(beacon)).toHaveLength(before);
    await page.close();
  });

  it('keyboard: Tab reaches the shortcut and Enter captures', async () => {
    const page = await beacon.context.newPage();
    await page.goto('https://x.com/TestUser123/status/1981400000000000001');
    await expect.poll(() => page.locator('beacon-shortcut').count()).toBe(1);
    const before = (await storedCaptures(beacon)).length;
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.localName === 'beacon-shortcut');
    }
    expect(reached).toBe(true);
    // Focus scrolled it into view: the guard wants it still for 500 ms first.
    await page.waitForTimeout(600);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await storedCaptures(beacon)).length).toBe(before + 1);
    expect((await storedCaptures(beacon)).at(-1)?.permalink).toBe(
      'https://x.com/TestUser123/status/1981400000000000001',
    );
    await page.close();
  });

  it('account page: one shortcut by the profile name captures the account', async () => {
    const page = await beacon.context.newPage();
    await page.goto('https://x.com/TestUser123');
    // The photo post plus the account shortcut.
    await expect.poll(() => page.locator('beacon-shortcut').count()).toBe(2);
    const account = await pierceQuery(
      page,
      (n) => n.nodeName === 'button' && n.attributes['aria-label'] === 'Report this account',
    );
    expect(account).toHaveLength(1);
    expect(
      await page.evaluate(
        () =>
          document.querySelector('[data-testid="UserName"]')?.nextElementSibling?.localName ?? '',
      ),
    ).toBe('beacon-shortcut');
    const before = (await storedCaptures(beacon)).length;
    await trustedClick(page, (account[0] as { backendNodeId: number }).backendNodeId);
    await expect.poll(async () => (await storedCaptures(beacon)).length).toBe(before + 1);
    expect((await storedCaptures(beacon)).at(-1)).toMatchObject({
      kind: 'account',
      platform: 'x',
      permalink: 'https://x.com/TestUser123',
    });
    await page.close();
  });

  it('hashtag page: one shortcut by the heading captures the hashtag', async () => {
    const page = await beacon.context.newPage();
    await page.goto('https://x.com/hashtag/sellingpics');
    // 5 media posts of the feed plus the page shortcut.
    await expect.poll(() => page.locator('beacon-shortcut').count()).toBe(6);
    const search = await pierceQuery(
      page,
      (n) => n.nodeName === 'button' && n.attributes['aria-label'] === 'Report this page',
    );
    expect(search).toHaveLength(1);
    const before = (await storedCaptures(beacon)).length;
    await trustedClick(page, (search[0] as { backendNodeId: number }).backendNodeId);
    await expect.poll(async () => (await storedCaptures(beacon)).length).toBe(before + 1);
    expect((await storedCaptures(beacon)).at(-1)).toMatchObject({
      kind: 'search',
      platform: 'x',
      subject: '#sellingpics',
      permalink: 'https://x.com/hashtag/sellingpics',
    });
    await page.close();
  });

  it('SPA navigation (pushState + new content) leaves one shortcut per post and drops the old page’s', async () => {
    const page = await beacon.context.newPage();
    await page.goto('https://x.com/TestUser123');
    await expect.poll(() => page.locator('beacon-shortcut').count()).toBe(2);
    const status = fixture('platforms/x/status.html');
    const feed = fixture('platforms/x/feed.html');
    const swap = (html: string, url: string) =>
      page.evaluate(
        ([markup, to]) => {
          const doc = new DOMParser().parseFromString(markup as string, 'text/html');
          history.pushState(null, '', to);
          document.body.replaceChildren(
            ...[...doc.body.childNodes].map((n) => document.importNode(n, true)),
          );
        },
        [html, url],
      );
    // To a status page: the account shortcut goes, the status page's media post gets one.
    await swap(status, '/TestUser123/status/1981400000000000001');
    await expect.poll(() => page.locator('beacon-shortcut').count(), { timeout: 5_000 }).toBe(1);
    // WXT notices the URL change on its own clock (about a second): wait past it.
    await page.waitForTimeout(1_500);
    expect(await page.locator('beacon-shortcut').count()).toBe(1);
    expect(
      await pierceQuery(page, (n) => n.attributes['aria-label'] === 'Report this account'),
    ).toHaveLength(0);
    // Back to the feed, then the same feed re-rendered in place.
    await swap(feed, '/home');
    await expect.poll(() => page.locator('beacon-shortcut').count()).toBe(5);
    await swap(feed, '/home?again=1');
    await page.waitForTimeout(1_500);
    expect(await page.locator('beacon-shortcut').count()).toBe(5);
    expect(await duplicates(page)).toBe(0);
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(extensionRequests(beacon)).toEqual([]);
  });

  // Last: it reloads the extension, which orphans the content script in open tabs.
  it('extension reload (update/disable) tears down: no shortcut, card or mark is left', async () => {
    const page = await beacon.context.newPage();
    await page.goto('https://x.com/home');
    await expect.poll(() => page.locator('beacon-shortcut').count()).toBe(5);
    expect(
      await page.evaluate(() => document.documentElement.hasAttribute('data-beacon-feed')),
    ).toBe(false);
    await beacon.worker
      .evaluate(() => {
        (
          globalThis as unknown as { chrome: { runtime: { reload(): void } } }
        ).chrome.runtime.reload();
      })
      .catch(() => undefined);
    // The orphaned script notices on its next frame of work.
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await expect.poll(() => page.locator('beacon-shortcut').count(), { timeout: 5_000 }).toBe(0);
    expect(await page.evaluate(() => document.body.outerHTML.includes('beacon'))).toBe(false);
    await page.close();
  });
});
