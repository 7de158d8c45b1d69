import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feed as en } from '@/lib/i18n/catalog/feed.en';
import { type Beacon, fixture, launchBeacon, pierceQuery, trustedClick } from './harness';

/**
 * Hostile pages, served under x.com's real hostname: each tries to get a capture the user
 * didn't see, to learn which post is reported, or to stop Beacon. Every trick below is one that
 * hides or moves an element while it stays hit-testable (or that reads or forges what the
 * content script says). Expected: nothing is saved on a trick, the card says why, and what the
 * page can see of a capture is as little as the browser allows.
 */

const REFUSED = en['feed.refused'].slice(0, 40);
const TOO_SOON = en['feed.tooSoon'].slice(0, 40);

/** Record what a page can see: its own listeners on window and document, registered early. */
const SPY = `<script>
window.__seen = [];
window.__added = [];
window.__messages = [];
// Every UI event type a page can listen to (its window's on* handlers, plus the ones without
// one), as a hostile page would: what reaches these listeners is what the page learns.
const __types = new Set(Object.keys(window).filter((k) => k.startsWith('on')).map((k) => k.slice(2)));
for (const t of ['pointerrawupdate','gotpointercapture','lostpointercapture','focusin','focusout','DOMActivate','DOMFocusIn','DOMFocusOut','beforeinput','textInput']) __types.add(t);
for (const type of __types) {
  for (const target of [window, document]) target.addEventListener(type, (e) => {
    const t = e.target;
    if (t && t.localName && t.localName.startsWith('beacon')) window.__seen.push(type + ':' + t.localName);
  }, true);
}
window.addEventListener('message', (e) => window.__messages.push(JSON.stringify(e.data)));
document.addEventListener('DOMContentLoaded', () => {
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.localName === 'beacon-card') window.__added.push('card');
  }).observe(document.documentElement, { childList: true, subtree: true });
});
</script>`;

/** The fixtures have no <head>: put one in front of the body. */
const withHead = (html: string, head: string) => {
  const out = html.replace('<body>', `<head>${head}</head><body>`);
  if (out === html) throw new Error('fixture without <body>');
  return out;
};

type StoredCapture = { permalink?: string; kind: string };

async function storedCaptures(beacon: Beacon): Promise<StoredCapture[]> {
  const pending = await beacon.worker.evaluate(async () => {
    const chrome = (
      globalThis as unknown as {
        chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    const stored = await chrome.storage.session.get('pendingCaptures');
    return (stored.pendingCaptures ?? []) as Array<{ capture: StoredCapture }>;
  });
  return pending.map((item) => item.capture);
}

const shortcutButtons = (page: Page) =>
  pierceQuery(
    page,
    (n) => n.nodeName === 'button' && n.attributes['aria-label'] === en['feed.shortcut.post'],
  );
const dialogs = (page: Page) =>
  pierceQuery(page, (n) => n.nodeName === 'div' && n.attributes.role === 'dialog');

/** Is this node (inside a closed shadow root) drawn, with a box of some size? */
async function drawn(page: Page, backendNodeId: number): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as {
      model: { width: number; height: number };
    };
    return model.width > 100 && model.height > 50;
  } catch {
    return false;
  } finally {
    await cdp.detach();
  }
}

describe('hostile pages', () => {
  let beacon: Beacon;

  beforeAll(async () => {
    beacon = await launchBeacon();
    const feed = fixture('platforms/x/feed.html');
    await beacon.serveHost('https://x.com', {
      '/home': withHead(feed, SPY),
      '/hidden-card': withHead(
        feed,
        `${SPY}<style>beacon-card, beacon-card * { display: none !important; visibility: hidden !important; opacity: 0 !important }</style>`,
      ),
      '/TestUser123/status/1981400000000000001': fixture('platforms/x/status.html'),
    });
  });
  afterAll(async () => {
    await beacon?.close();
  });

  async function open(path = '/home'): Promise<Page> {
    const page = await beacon.context.newPage();
    await page.goto(`https://x.com${path}`);
    await expect.poll(() => page.locator('beacon-shortcut').count(), { timeout: 10_000 }).toBe(5);
    return page;
  }

  async function expectRefused(page: Page, before: number, status = REFUSED) {
    await expect.poll(async () => (await dialogs(page)).length, { timeout: 5_000 }).toBe(1);
    expect((await dialogs(page))[0]?.text).toContain(status);
    expect(await storedCaptures(beacon)).toHaveLength(before);
  }

  /** Each hides the first shortcut while leaving it where a click lands on it. */
  const HIDING: Array<[string, () => void]> = [
    [
      'filter: opacity() on the post',
      () => {
        const s = document.querySelector('beacon-shortcut') as HTMLElement;
        (s.closest('article') as HTMLElement).style.filter = 'opacity(0.15)';
      },
    ],
    [
      'filter: brightness(0) on the post',
      () => {
        const s = document.querySelector('beacon-shortcut') as HTMLElement;
        (s.closest('article') as HTMLElement).style.filter = 'brightness(0)';
      },
    ],
    [
      'filter: contrast() on the action bar',
      () => {
        const s = document.querySelector('beacon-shortcut') as HTMLElement;
        (s.parentElement as HTMLElement).style.filter = 'contrast(0.05)';
      },
    ],
    [
      'mask-image on the post',
      () => {
        const s = document.querySelector('beacon-shortcut') as HTMLElement;
        const post = s.closest('article') as HTMLElement;
        post.style.maskImage = 'linear-gradient(transparent, transparent)';
        post.style.setProperty('-webkit-mask-image', 'linear-gradient(transparent, transparent)');
      },
    ],
    [
      'mix-blend-mode on the action bar',
      () => {
        const s = document.querySelector('beacon-shortcut') as HTMLElement;
        (s.parentElement as HTMLElement).style.mixBlendMode = 'screen';
      },
    ],
    [
      'opacity 0.05 on the root element',
      () => {
        document.documentElement.style.opacity = '0.05';
      },
    ],
    [
      'an opaque overlay that lets clicks through (pointer-events: none)',
      () => {
        const r = (
          document.querySelector('beacon-shortcut') as HTMLElement
        ).getBoundingClientRect();
        const cover = document.createElement('div');
        const [x, y] = [r.left + scrollX, r.top + scrollY];
        cover.style.cssText = `position:absolute;left:${x - 20}px;top:${y - 20}px;width:${r.width + 40}px;height:${r.height + 40}px;background:#fff;pointer-events:none;z-index:99999`;
        document.body.append(cover);
      },
    ],
    [
      'a ::after pseudo-element over the post that lets clicks through',
      () => {
        const style = document.createElement('style');
        style.textContent =
          'article{position:relative}article::after{content:"";position:absolute;inset:0;background:#fff;pointer-events:none;z-index:99}';
        document.head.append(style);
      },
    ],
  ];

  for (const [name, hide] of HIDING) {
    it(`refuses a click on a shortcut hidden by ${name}`, async () => {
      const page = await open();
      await page.evaluate(hide);
      const before = (await storedCaptures(beacon)).length;
      const [first] = await shortcutButtons(page);
      // Long enough visible-and-still for a real click: the refusal is the trick's, not the clock's.
      await trustedClick(page, (first as { backendNodeId: number }).backendNodeId);
      await expectRefused(page, before);
      await page.close();
    });
  }

  it('a clean page: the same click after the shortcut was visible and still is saved', async () => {
    const page = await open();
    const before = (await storedCaptures(beacon)).length;
    const [first] = await shortcutButtons(page);
    await trustedClick(page, (first as { backendNodeId: number }).backendNodeId);
    await expect.poll(async () => (await storedCaptures(beacon)).length).toBe(before + 1);
    await page.close();
  });

  it('refuses a click on a shortcut that only just appeared under the pointer', async () => {
    const page = await open();
    const before = (await storedCaptures(beacon)).length;
    const at = await page.evaluate(async () => {
      // A new post at the top; wait for its shortcut (two frames) and say where it is.
      const post = document.querySelector('article')?.cloneNode(true) as HTMLElement;
      post.querySelector('beacon-shortcut')?.remove();
      document.querySelector('article')?.before(post);
      for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
      const added = post.querySelector('beacon-shortcut') as HTMLElement;
      added.scrollIntoView({ block: 'center' });
      const r = added.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.click(at.x, at.y);
    // Not yet reported visible (hidden) or visible for less than 500 ms (too soon): refused.
    await expectRefused(page, before, 'Not saved: this button');
    expect(await page.locator('beacon-shortcut').count()).toBe(6);
    await page.close();
  });

  it('refuses a shortcut the page slides under the pointer as it moves', async () => {
    const page = await open();
    await page.evaluate(() => {
      document.addEventListener('mousemove', (e) => {
        const s = document.querySelector('beacon-shortcut') as HTMLElement;
        const post = s.closest('article') as HTMLElement;
        post.style.transform = '';
        const r = s.getBoundingClientRect();
        post.style.transform = `translate(${e.clientX - (r.left + r.width / 2)}px, ${e.clientY - (r.top + r.height / 2)}px)`;
      });
    });
    const before = (await storedCaptures(beacon)).length;
    await page.mouse.move(300, 400);
    await page.mouse.move(320, 420);
    await page.mouse.click(320, 420);
    await expectRefused(page, before, TOO_SOON);
    await page.close();
  });

  it('refuses a shortcut the page scrolls under the pointer', async () => {
    const page = await open();
    const before = (await storedCaptures(beacon)).length;
    // The page scrolls on the first press so that the last shortcut lands under the pointer.
    const x = await page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      document.body.append(spacer);
      const last = [...document.querySelectorAll('beacon-shortcut')].at(-1) as HTMLElement;
      last.scrollIntoView({ block: 'center' });
      const r = last.getBoundingClientRect();
      const dy = r.top + r.height / 2 - 100;
      document.addEventListener('mousedown', () => window.scrollBy(0, dy), {
        once: true,
        capture: true,
      });
      return r.left + r.width / 2;
    });
    await page.mouse.move(x, 100);
    await page.waitForTimeout(700);
    await page.mouse.down();
    await page.mouse.up();
    await page.mouse.click(x, 100);
    await expectRefused(page, before, TOO_SOON);
    await page.close();
  });

  it('keyboard: Enter on a shortcut covered by an overlay is refused', async () => {
    const page = await beacon.context.newPage();
    await page.goto('https://x.com/TestUser123/status/1981400000000000001');
    await expect.poll(() => page.locator('beacon-shortcut').count()).toBe(1);
    await page.evaluate(() => {
      const cover = document.createElement('div');
      cover.style.cssText =
        'position:fixed;inset:0;background:#fff;pointer-events:none;z-index:99999';
      document.body.append(cover);
    });
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.localName === 'beacon-shortcut');
    }
    expect(reached).toBe(true);
    await page.waitForTimeout(700);
    const before = (await storedCaptures(beacon)).length;
    await page.keyboard.press('Enter');
    await expectRefused(page, before);
    await page.close();
  });

  it('page CSS that hides beacon-card does not hide the card (top layer, shadow :host rules)', async () => {
    const page = await open('/hidden-card');
    const before = (await storedCaptures(beacon)).length;
    const [first] = await shortcutButtons(page);
    await trustedClick(page, (first as { backendNodeId: number }).backendNodeId);
    await expect.poll(async () => (await storedCaptures(beacon)).length).toBe(before + 1);
    await expect.poll(async () => (await dialogs(page)).length).toBe(1);
    const [dialog] = await dialogs(page);
    expect(await drawn(page, dialog?.backendNodeId ?? 0)).toBe(true);
    await page.close();
  });

  it("the page's own listeners and observers see no shortcut event and no card inserted", async () => {
    const page = await open();
    const before = (await storedCaptures(beacon)).length;
    const [first] = await shortcutButtons(page);
    await page.evaluate(() => {
      (window as unknown as { __added: string[] }).__added = [];
    });
    await trustedClick(page, (first as { backendNodeId: number }).backendNodeId);
    await expect.poll(async () => (await storedCaptures(beacon)).length).toBe(before + 1);
    await page.keyboard.press('Escape');
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __seen: string[]; __added: string[] };
      return { events: w.__seen, added: w.__added };
    });
    // Nothing of the shortcut; of the card, nothing either (its focus events are shielded: they
    // would give the moment of the capture). Wheel and touchmove only say "hovered", as
    // `:hover` does; the pointer path here has none.
    expect(seen.events.filter((e) => e.endsWith('beacon-shortcut'))).toEqual([]);
    expect(seen.events.filter((e) => e.endsWith('beacon-card'))).toEqual([]);
    expect(seen.added).toEqual([]);
    await page.close();
  });

  it('no extension id reaches the page, and forged WXT messages stop nothing', async () => {
    const page = await open();
    const id = beacon.extensionId;
    const messages = await page.evaluate(
      () => (window as unknown as { __messages: string[] }).__messages,
    );
    expect(messages.filter((m) => m.includes(id) || m.includes('wxt'))).toEqual([]);
    await page.evaluate((extensionId) => {
      for (const name of ['feed-x', 'feed-reddit']) {
        const type = `${extensionId}:${name}:wxt:content-script-started`;
        const detail = { contentScriptName: name, messageId: 'forged' };
        window.postMessage({ type, ...detail }, '*');
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.dispatchEvent(new Event(`${extensionId}:${name}:wxt:locationchange`));
      }
    }, id);
    await page.waitForTimeout(500);
    expect(await page.locator('beacon-shortcut').count()).toBe(5);
    // Still watching: a new post gets its shortcut, and a click still saves.
    await page.evaluate(() => {
      const post = document.querySelector('article')?.cloneNode(true) as HTMLElement;
      post.querySelector('beacon-shortcut')?.remove();
      document.querySelector('article')?.after(post);
    });
    await expect.poll(() => page.locator('beacon-shortcut').count()).toBe(6);
    const before = (await storedCaptures(beacon)).length;
    const [first] = await shortcutButtons(page);
    await trustedClick(page, (first as { backendNodeId: number }).backendNodeId);
    await expect.poll(async () => (await storedCaptures(beacon)).length).toBe(before + 1);
    await page.close();
  });

  it('a page hammering replaceState keeps one shortcut per post', async () => {
    const page = await open();
    await page.evaluate(async () => {
      let n = 0;
      const timer = setInterval(() => {
        for (let i = 0; i < 5; i++) history.replaceState(null, '', `/home?n=${n++}`);
      }, 10);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      clearInterval(timer);
    });
    expect(await page.locator('beacon-shortcut').count()).toBe(5);
    await page.waitForTimeout(300);
    expect(await page.locator('beacon-shortcut').count()).toBe(5);
    // Each shortcut in a different post (a quote's inner article holds none of its own).
    const posts = await page.evaluate(
      () =>
        new Set([...document.querySelectorAll('beacon-shortcut')].map((s) => s.closest('article')))
          .size,
    );
    expect(posts).toBe(5);
    await page.close();
  });
});
