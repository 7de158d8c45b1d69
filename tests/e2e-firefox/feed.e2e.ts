import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardDialogs,
  clickShortcut,
  extensionRequests,
  type FirefoxBeacon,
  fixture,
  inClosedShadows,
  launchFirefox,
  networkAttempts,
  shortcutButtons,
} from './harness';

/**
 * The feed in Firefox ESR with the built MV2 extension, on each platform's real hostname
 * (answered by request interception). Counts and ids are the Chromium suite's
 * (tests/e2e/feed.e2e.ts), read from the fixture markup: one shortcut per post that carries
 * media of its own.
 */
const CASES = [
  {
    id: 'x',
    url: 'https://x.com/home',
    file: 'x/feed.html',
    n: 5,
    postId: '1983130065320780162',
    handle: 'TestQuoter',
  },
  {
    id: 'instagram',
    url: 'https://www.instagram.com/',
    file: 'instagram/feed.html',
    n: 3,
    postId: 'C8xYz12AbCd',
    handle: 'lena.photos',
  },
  {
    id: 'facebook',
    url: 'https://www.facebook.com/',
    file: 'facebook/feed.html',
    n: 3,
    postId: 'pfbid02AbCdEfGh',
    handle: 'maria.lopez.123',
  },
  {
    id: 'threads',
    url: 'https://www.threads.com/',
    file: 'threads/feed.html',
    n: 3,
    postId: 'DAbC123xYz',
    handle: 'river.art',
  },
  {
    id: 'reddit',
    url: 'https://www.reddit.com/',
    file: 'reddit/feed.html',
    n: 4,
    postId: '1abcde',
    handle: 'harbor_view',
  },
  {
    id: 'tiktok',
    url: 'https://www.tiktok.com/foryou',
    file: 'tiktok/feed.html',
    n: 3,
    postId: '7430000000000000001',
    handle: 'dance.daily',
  },
  {
    id: 'youtube',
    url: 'https://www.youtube.com/',
    file: 'youtube/feed.html',
    n: 4,
    postId: 'Ab3dE5gH1jK',
    handle: 'CoastalKitchen',
  },
  {
    id: 'bluesky',
    url: 'https://bsky.app/',
    file: 'bluesky/feed.html',
    n: 3,
    postId: '3lkq2abcde22x',
    handle: 'alice.bsky.social',
  },
  {
    id: 'tumblr',
    url: 'https://www.tumblr.com/dashboard',
    file: 'tumblr/feed.html',
    n: 2,
    postId: '765432109876543210',
    handle: 'quietharbor',
  },
  {
    id: 'pinterest',
    url: 'https://www.pinterest.com/',
    file: 'pinterest/feed.html',
    n: 2,
    postId: '1000000000000000001',
    handle: 'greenthumbs',
  },
  // Discord and Telegram have no public handles: the card shows no account line.
  {
    id: 'discord',
    url: 'https://discord.com/channels/1100000000000000001/1100000000000000002',
    file: 'discord/channel.html',
    n: 2,
    postId: '1100000000000000010',
    handle: '',
  },
  {
    id: 'telegram',
    url: 'https://web.telegram.org/k/',
    file: 'telegram/k-channel.html',
    n: 2,
    postId: '1300000001/4021',
    handle: '',
  },
  {
    id: 'twitch',
    url: 'https://www.twitch.tv/pixel_garden/clip/GreenhouseClipSlug-xyz',
    file: 'twitch/clip.html',
    n: 2,
    postId: 'GreenhouseClipSlug-xyz',
    handle: 'pixel_garden',
  },
] as const;

type StoredCapture = { platform: string; permalink?: string; via: string; kind: string };

const countShortcuts = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('beacon-shortcut').length);

/** Shortcuts per post-ish container: any element holding more than one is a duplicate. */
const duplicates = (page: Page) =>
  page.evaluate(() => {
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

describe('Firefox: the feed on each platform', () => {
  let beacon: FirefoxBeacon;
  /** An extension page: storage.session (where captures wait before a vault) is readable there. */
  let probe: Page;

  /** Captures waiting for onboarding, in order (lib/vault/service.ts keeps them in session). */
  const stored = () =>
    probe.evaluate(async () => {
      const area = (
        globalThis as unknown as {
          browser: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
        }
      ).browser.storage.session;
      const got = await area.get('pendingCaptures');
      return ((got.pendingCaptures ?? []) as Array<{ capture: StoredCapture }>).map(
        (p) => p.capture,
      );
    });

  beforeAll(async () => {
    beacon = await launchFirefox();
    probe = await beacon.openExtensionPage('casefile.html');
  });
  afterAll(async () => {
    await beacon?.close();
  });

  for (const c of CASES) {
    // Threads: the avatars fail to load (204) and shrink to their alt text a moment after the
    // shortcuts come into view, lifting them; the guard must see that move when it happens,
    // not at the click (tests/unit/feed/guard.test.ts).
    it(`${c.id}: one shortcut per media post; a real click captures and shows the card`, async () => {
      const page = await beacon.openSite(c.url, {
        [new URL(c.url).pathname]: fixture(`platforms/${c.file}`),
      });
      await expect.poll(() => countShortcuts(page), { timeout: 10_000 }).toBe(c.n);
      expect(await duplicates(page)).toBe(0);
      const buttons = await shortcutButtons(beacon, page);
      expect(buttons.map((b) => b.label)).toEqual(Array(c.n).fill('Report this post'));

      const before = (await stored()).length;
      await clickShortcut(beacon, page, 0);
      await expect.poll(async () => (await cardDialogs(beacon, page)).length).toBe(1);
      const [dialog] = await cardDialogs(beacon, page);
      expect(dialog?.label).toBe('Beacon: capture and report');
      expect(dialog?.text).toContain('Saved for now. Open Beacon to set up your case and keep it.');
      expect(dialog?.text).toContain(c.postId);
      expect(dialog?.text).toContain(c.handle);

      const after = await stored();
      expect(after).toHaveLength(before + 1);
      expect(after.at(-1)).toMatchObject({ platform: c.id, kind: 'post', via: 'shortcut' });
      expect(after.at(-1)?.permalink).toContain(c.postId);

      // Esc closes the card (keyboard path through BiDi input actions).
      await page.keyboard.press('Escape');
      await expect.poll(async () => (await cardDialogs(beacon, page)).length).toBe(0);
      await page.close();
    });
  }

  for (const c of CASES) {
    it(`${c.id}: a click made by the page does nothing; an SPA re-render leaves no duplicate`, async () => {
      const markup = fixture(`platforms/${c.file}`);
      const page = await beacon.openSite(c.url, {
        [new URL(c.url).pathname]: markup,
      });
      await expect.poll(() => countShortcuts(page), { timeout: 10_000 }).toBe(c.n);
      const before = (await stored()).length;
      expect(await page.evaluate(() => document.visibilityState)).toBe('visible');
      // SPA navigation to the same feed, rendered afresh in place: the watcher must replace,
      // not add. Waiting past WXT's location-change clock (about a second) is what makes
      // "no duplicate" mean something; the count is then polled, not timed.
      await page.evaluate((html: string) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        history.pushState(null, '', `${location.pathname}?again=1`);
        document.body.replaceChildren(
          ...[...doc.body.childNodes].map((n) => document.importNode(n, true)),
        );
      }, markup);
      await new Promise((r) => setTimeout(r, 1_500));
      await expect.poll(() => countShortcuts(page)).toBe(c.n);
      expect(await duplicates(page)).toBe(0);

      // The page can't see inside a shortcut, and its own clicks on one capture nothing.
      // Last, because a shortcut that sits inside the page's own link (Reddit's title) lets
      // the page's synthetic click follow that link — the page's doing, not Beacon's.
      expect(
        await page.evaluate(() => document.querySelector('beacon-shortcut')?.shadowRoot ?? null),
      ).toBeNull();
      await page.evaluate(() => {
        for (const s of document.querySelectorAll('beacon-shortcut')) {
          (s as HTMLElement).click();
          s.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
          s.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        }
      });
      // A capture is one message away: give one the time to land if it were (wrongly) sent.
      await new Promise((r) => setTimeout(r, 500));
      expect(await stored()).toHaveLength(before);
      expect(await cardDialogs(beacon, page)).toEqual([]);
      await page.close();
    });
  }

  /**
   * Firefox has no IntersectionObserver v2: its fallback reads the styles of the shortcut and
   * its ancestors (lib/feed/visibility.ts). `brightness(20)` whites the button out on a white
   * page while clicks still land on it; the fallback once clamped every value to 1 and let it
   * through. A clean post next to it still captures (the refusal is the filter's doing).
   */
  it('x: a shortcut whited out by filter: brightness() on its post is refused, nothing saved', async () => {
    const page = await beacon.openSite('https://x.com/home', {
      '/home': fixture('platforms/x/feed.html'),
    });
    await expect.poll(() => countShortcuts(page), { timeout: 10_000 }).toBe(5);
    const before = (await stored()).length;
    for (const filter of ['brightness(20)', 'brightness(1.6) brightness(1.6)']) {
      await page.evaluate((value: string) => {
        const post = document.querySelector('beacon-shortcut')?.closest('article') as HTMLElement;
        post.style.filter = value;
      }, filter);
      await clickShortcut(beacon, page, 0);
      await expect.poll(async () => (await cardDialogs(beacon, page)).length).toBe(1);
      const [dialog] = await cardDialogs(beacon, page);
      expect(dialog?.text, filter).toContain(
        'Not saved: this button was hidden or covered on the page.',
      );
      expect(await stored()).toHaveLength(before);
      await page.keyboard.press('Escape');
      await expect.poll(async () => (await cardDialogs(beacon, page)).length).toBe(0);
    }
    // brightness(2) is the most that passes: the same shortcut then captures.
    await page.evaluate(() => {
      const post = document.querySelector('beacon-shortcut')?.closest('article') as HTMLElement;
      post.style.filter = 'brightness(2)';
    });
    await clickShortcut(beacon, page, 0);
    await expect.poll(async () => (await stored()).length).toBe(before + 1);
    await page.close();
  });

  it('x: Undo on the card takes the capture back (a real click, after the guard’s wait)', async () => {
    const page = await beacon.openSite('https://x.com/home', {
      '/home': fixture('platforms/x/feed.html'),
    });
    await expect.poll(() => countShortcuts(page), { timeout: 10_000 }).toBe(5);
    const before = (await stored()).length;
    await clickShortcut(beacon, page, 0);
    await expect.poll(async () => (await stored()).length).toBe(before + 1);
    const undoButton = async () =>
      (
        await inClosedShadows<{ x: number; y: number } | null>(
          beacon,
          page,
          'beacon-card',
          `(root) => {
            const b = [...root.querySelectorAll('button')].find((n) => n.textContent === 'Undo');
            if (!b) return null;
            const r = b.getBoundingClientRect();
            return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
          }`,
        )
      )[0] ?? null;
    await expect.poll(undoButton).not.toBeNull();
    // The page's own click on the card host does nothing.
    await page.evaluate(() => (document.querySelector('beacon-card') as HTMLElement).click());
    expect(await stored()).toHaveLength(before + 1);
    // The card's Undo answers to the same guard as the shortcut: visible and still for 500 ms.
    await new Promise((done) => setTimeout(done, 1000));
    const at = await undoButton();
    await page.mouse.click(at?.x ?? 0, at?.y ?? 0);
    await expect.poll(async () => (await stored()).length).toBe(before);
    const [dialog] = await cardDialogs(beacon, page);
    expect(dialog?.text).toContain('Undone: Beacon no longer keeps this capture.');
    await page.close();
  });

  /**
   * In Firefox: a post that can't be read at the click is counted by the feed script
   * on the global Beacon's content scripts share in a frame (lib/feed/read-counts.ts); the watch
   * script takes the count from there and sends `feedReads`; Settings › Diagnostics shows it.
   * Firefox gives content scripts sandboxes over an Xray window: this is the test that the
   * global is shared there too.
   */
  it('x: a post that can’t be read is counted, and shows in Settings › Diagnostics', async () => {
    type Counts = { reads?: number; failures?: Record<string, number> };
    const counted = () =>
      probe.evaluate(async () => {
        const area = (
          globalThis as unknown as {
            browser: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
          }
        ).browser.storage.local;
        const got = await area.get('beacon.diagnostics');
        return ((got['beacon.diagnostics'] ?? {}) as Record<string, Counts>).x ?? null;
      });
    // No failure counted before (every capture above read its post).
    expect((await counted())?.failures ?? {}).toEqual({});

    const page = await beacon.openSite('https://x.com/home', {
      '/home': fixture('platforms/x/feed.html'),
    });
    await expect.poll(() => countShortcuts(page), { timeout: 10_000 }).toBe(5);
    const before = (await stored()).length;
    // The post's links gone by the time of the click: no permalink to read.
    await page.evaluate(() => {
      for (const a of document.querySelectorAll('article a[href]')) a.removeAttribute('href');
    });
    await clickShortcut(beacon, page, 0);
    await expect
      .poll(async () => (await cardDialogs(beacon, page))[0]?.text ?? '', { timeout: 5_000 })
      .toContain('Beacon could not read this post');
    expect(await stored()).toHaveLength(before);
    // The watch script sends the count in its next batch (a few seconds).
    await expect
      .poll(async () => (await counted())?.failures, { timeout: 15_000 })
      .toEqual({ 'no-permalink': 1 });
    const counts = JSON.stringify(await counted());
    expect(counts).not.toMatch(/https|status|TestQuoter/);
    await page.close();

    // Settings › Diagnostics (an unlocked vault's workspace) shows the reason in words.
    const ws = await beacon.openExtensionPage('workspace.html');
    const created = await ws.evaluate(
      (passphrase: string) =>
        (
          globalThis as unknown as {
            browser: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } };
          }
        ).browser.runtime.sendMessage({
          beacon: 1,
          type: 'createVault',
          data: {
            passphrase,
            profile: {
              title: 'Diagnostics case',
              role: 'parent',
              ageAtTime: 'minor',
              country: 'FR',
              languages: ['en'],
            },
          },
        }),
      'firefox feed diagnostics passphrase',
    );
    expect(created).toMatchObject({ ok: true });
    await beacon.gotoExtensionPage(ws, 'workspace.html#/settings', '[data-testid="diagnostics"]');
    const rows = () =>
      ws.evaluate(() =>
        [...document.querySelectorAll('[data-testid="diagnostics"] tbody tr')].map((tr) =>
          [...tr.children].map((c) => c.textContent).join('|'),
        ),
      );
    // platform | adapter version | pages | posts found | buttons | media without button |
    // posts read for a capture | read problems
    await expect
      .poll(rows, { timeout: 10_000 })
      .toContainEqual(
        expect.stringMatching(/^x\|1\|\d+\|\d+\|\d+\|\d+\|\d+\|no link to the post: 1$/),
      );
    await ws.close();
  });

  it('made no network request of its own while capturing on thirteen platforms', () => {
    expect(beacon.requests.length).toBeGreaterThan(0);
    expect(extensionRequests(beacon)).toEqual([]);
    expect(networkAttempts(beacon)).toEqual([]);
  });
});
