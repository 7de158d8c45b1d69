import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noAxeViolations } from './axe';
import {
  type Beacon,
  fixture,
  launchBeacon,
  okFrom,
  pageWith,
  pierceQuery,
  trustedClick,
} from './harness';

/**
 * The removal watch in Chromium: a post captured with the feed's
 * shortcut; the user's own visit to its address, served as the platform's "this page doesn't
 * exist", is recorded while the vault is locked and shows at unlock with its time, a timeline
 * line and the 7- and 30-day re-check alarms; a visit to any other address leaves storage exactly
 * as it was; the four newer platforms' shortcut, capture and card; the popup's "can't place its
 * button"; the read counters in Settings › Diagnostics.
 */
const PASS = 'removal watch e2e passphrase';
/** The quoting post of real X markup (tests/fixtures/platforms/x/x-tweet-quote.html). */
const POST_ID = '1983130065320780162';
const POST = `https://x.com/TestQuoter/status/${POST_ID}`;
const HOME = 'https://x.com/home';
const DAY = 24 * 3_600_000;
const OTHER = 'https://x.com/someone_else/status/1990000000000000002';
const QUEUE = 'beacon.watch.queue';
/** A page on a supported host whose markup the adapter can't read: a large video, no post. */
const UNREADABLE = 'https://x.com/i/new-layout';
const UNREADABLE_HTML =
  '<!doctype html><html lang="en"><body><main><div data-testid="newLayoutCell"><video width="640" height="360" poster="https://pbs.twimg.com/placeholder.jpg"></video><p>A post in a layout Beacon does not know</p></div></main></body></html>';

type Chrome = {
  alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number }>> };
  storage: {
    local: { get(k: null | string): Promise<Record<string, unknown>> };
    session: { get(k: null | string): Promise<Record<string, unknown>> };
  };
};

/**
 * storage.local, storage.session and every IndexedDB database of the extension, as text. The
 * diagnostics counters (numbers per platform, no address) are left out: every page view on a
 * supported host counts there by design; the test checks separately that they hold no address.
 */
async function dumpStorage(beacon: Beacon): Promise<string> {
  return beacon.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const local = await chrome.storage.local.get(null);
    delete local['beacon.diagnostics'];
    const session = await chrome.storage.session.get(null);
    const dbs: Record<string, unknown> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const req = indexedDB.open(info.name as string);
        req.onsuccess = () => ok(req.result);
        req.onerror = () => ko(req.error);
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((ok, ko) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => ok(req.result);
          req.onerror = () => ko(req.error);
        });
        dbs[`${info.name}/${store}`] = all.map((v) =>
          v instanceof Blob || v instanceof ArrayBuffer ? '[binary]' : v,
        );
      }
      db.close();
    }
    return JSON.stringify({ local, session, dbs });
  });
}

async function queueLength(beacon: Beacon): Promise<number> {
  return beacon.worker.evaluate(async (key) => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const stored = await chrome.storage.session.get(key);
    return Array.isArray(stored[key]) ? (stored[key] as unknown[]).length : 0;
  }, QUEUE);
}

const shortcutButtons = (page: Page) =>
  pierceQuery(
    page,
    (n) => n.nodeName === 'button' && n.attributes['aria-label'] === 'Report this post',
  );
const dialogs = (page: Page) =>
  pierceQuery(page, (n) => n.nodeName === 'div' && n.attributes.role === 'dialog');

async function diagnostics(beacon: Beacon): Promise<string> {
  return beacon.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    return JSON.stringify(await chrome.storage.local.get('beacon.diagnostics'));
  });
}

/** The four platforms added last (feed.e2e.ts has every platform's counts; one post each here). */
const NEWER = [
  {
    id: 'pinterest',
    url: 'https://www.pinterest.com/',
    fixture: 'platforms/pinterest/feed.html',
    firstId: '1000000000000000001',
  },
  {
    id: 'discord',
    url: 'https://discord.com/channels/1100000000000000001/1100000000000000002',
    fixture: 'platforms/discord/channel.html',
    firstId: '1100000000000000010',
  },
  {
    id: 'telegram',
    url: 'https://web.telegram.org/k/',
    fixture: 'platforms/telegram/k-channel.html',
    firstId: '1300000001/4021',
  },
  {
    id: 'twitch',
    url: 'https://www.twitch.tv/pixel_garden/clip/GreenhouseClipSlug-xyz',
    fixture: 'platforms/twitch/clip.html',
    firstId: 'GreenhouseClipSlug-xyz',
  },
] as const;

describe('removal watch', () => {
  let beacon: Beacon;
  let ws: Page;
  let caseId: string;

  beforeAll(async () => {
    beacon = await launchBeacon();
    const gone = fixture('platforms/x/gone-removed.html');
    await beacon.serveHost('https://x.com', {
      [new URL(HOME).pathname]: pageWith(fixture('platforms/x/x-tweet-quote.html'), 'Home / X'),
      [new URL(POST).pathname]: gone,
      [new URL(OTHER).pathname]: gone,
      [new URL(UNREADABLE).pathname]: UNREADABLE_HTML,
    });
    for (const p of NEWER) {
      const url = new URL(p.url);
      await beacon.serveHost(url.origin, { [url.pathname]: fixture(p.fixture) });
    }
    ws = await beacon.openExtensionPage('workspace.html');
    await okFrom(ws, 'createVault', {
      passphrase: PASS,
      profile: {
        title: 'Watch case',
        role: 'parent',
        ageAtTime: 'minor',
        country: 'FR',
        languages: ['en'],
      },
    });
    const [summary] = await okFrom<Array<{ id: string }>>(ws, 'listCases');
    caseId = (summary as { id: string }).id;
  });
  afterAll(async () => {
    await beacon?.close();
  });

  it('a real click on the shortcut captures the post into the case, with its card', async () => {
    const page = await beacon.context.newPage();
    await page.goto(HOME);
    await expect.poll(() => page.locator('beacon-shortcut').count(), { timeout: 10_000 }).toBe(1);
    const [button] = await shortcutButtons(page);
    await trustedClick(page, (button as { backendNodeId: number }).backendNodeId);
    await expect.poll(async () => (await dialogs(page)).length, { timeout: 5_000 }).toBe(1);
    const [card] = await dialogs(page);
    expect(card?.text).toContain(POST_ID);
    expect(card?.text).toContain('TestQuoter');
    const kase = await okFrom<{ evidence: Array<{ url?: string }> }>(ws, 'getCase', {
      id: caseId,
    });
    expect(kase.evidence.map((e) => e.url)).toEqual([POST]);

    // A post whose links are gone by the time of the click can't be read: the card says so and
    // the reason is counted; the watch script sends it in the next batch (a few seconds).
    await page.evaluate(() => {
      for (const a of document.querySelectorAll('article a[href]')) a.removeAttribute('href');
    });
    await page.keyboard.press('Escape');
    await trustedClick(page, (button as { backendNodeId: number }).backendNodeId);
    await expect
      .poll(async () => (await dialogs(page))[0]?.text ?? '', { timeout: 5_000 })
      .toContain('Beacon could not read this post');
    await expect
      .poll(async () => JSON.parse(await diagnostics(beacon))['beacon.diagnostics']?.x, {
        timeout: 10_000,
      })
      .toMatchObject({ version: 1, reads: 1, failures: { 'no-permalink': 1 } });
    await page.close();
  });

  it('a locked visit to the evidence address, served as deleted, shows as removed at unlock', async () => {
    await okFrom(ws, 'lock');
    const visit = await beacon.context.newPage();
    await visit.goto(POST);
    await expect.poll(() => queueLength(beacon), { timeout: 15_000 }).toBe(1);
    const whileLocked = await dumpStorage(beacon);
    expect(whileLocked).not.toContain('TestQuoter');
    expect(whileLocked).not.toContain(POST_ID);
    await visit.close();

    await okFrom(ws, 'unlock', { passphrase: PASS });
    await expect
      .poll(
        async () =>
          (await okFrom<{ evidence: Array<{ status: string }> }>(ws, 'getCase', { id: caseId }))
            .evidence[0]?.status,
        { timeout: 10_000 },
      )
      .toBe('removed');
    const kase = await okFrom<{
      evidence: Array<{
        id: string;
        statusHistory: Array<{ status: string; at: string; seenBy?: string }>;
      }>;
    }>(ws, 'getCase', { id: caseId });
    const entry = kase.evidence[0]?.statusHistory.at(-1);
    expect(entry).toMatchObject({ status: 'removed', seenBy: 'you' });
    const removedAt = Date.parse(entry?.at ?? '');
    expect(Math.abs(removedAt - Date.now())).toBeLessThan(120_000);
    expect(await queueLength(beacon)).toBe(0);

    // The re-checks 7 and 30 days after the removal are scheduled as reminders (alarms).
    const evidenceId = kase.evidence[0]?.id as string;
    const rechecks = async () =>
      (
        await beacon.worker.evaluate(() =>
          (globalThis as unknown as { chrome: Chrome }).chrome.alarms.getAll(),
        )
      )
        .filter((a) => a.name.startsWith(`beacon-recheck:${caseId}:${evidenceId}:`))
        .map((a) => ({ days: a.name.split(':').at(-1), at: a.scheduledTime }))
        .sort((a, b) => a.at - b.at);
    await expect.poll(async () => (await rechecks()).map((r) => r.days)).toEqual(['7', '30']);
    for (const r of await rechecks()) {
      expect(Math.abs(r.at - (removedAt + Number(r.days) * DAY))).toBeLessThan(1_000);
    }

    await ws.goto(beacon.extensionUrl('workspace.html#/evidence'));
    await expect
      .poll(() => ws.getByText('Removed', { exact: true }).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await ws.goto(beacon.extensionUrl('workspace.html#/timeline'));
    await expect
      .poll(() => ws.getByText('Removed — seen by you').count(), { timeout: 10_000 })
      .toBe(1);
  });

  it('a visit to an address that is no evidence leaves no trace in storage, locked or not', async () => {
    for (const locked of [false, true]) {
      if (locked) await okFrom(ws, 'lock');
      const before = await dumpStorage(beacon);
      const visit = await beacon.context.newPage();
      await visit.goto(OTHER);
      // The watch reads at 1.5, 4 and 10 s; wait past the last read.
      await visit.waitForTimeout(11_000);
      await visit.close();
      const after = await dumpStorage(beacon);
      expect(after).toBe(before);
      expect(after).not.toContain('someone_else');
    }
    await okFrom(ws, 'unlock', { passphrase: PASS });
    const counts = await diagnostics(beacon);
    expect(JSON.parse(counts)).toEqual({
      'beacon.diagnostics': {
        x: {
          version: 1,
          pages: expect.any(Number),
          posts: expect.any(Number),
          buttons: expect.any(Number),
          noButton: expect.any(Number),
          reads: expect.any(Number),
          failures: expect.any(Object),
        },
      },
    });
    expect(counts).not.toMatch(/someone_else|status|https/);
  });

  it('the popup says when Beacon can’t place its button on a page, and offers the ways left', async () => {
    const page = await beacon.context.newPage();
    await page.goto(UNREADABLE);
    await page.bringToFront();
    // The health check runs after the watch's last read (10 s).
    await page.waitForTimeout(11_000);
    expect(await page.locator('beacon-shortcut').count()).toBe(0);
    // Open the popup in a window that doesn't take focus, so the X tab stays the active one.
    const opened = beacon.context.waitForEvent('page');
    await beacon.worker.evaluate(async (url) => {
      const chrome = (
        globalThis as unknown as {
          chrome: { windows: { create(o: object): Promise<unknown> } };
        }
      ).chrome;
      await chrome.windows.create({ url, focused: false, type: 'normal' });
    }, beacon.extensionUrl('popup.html'));
    const popup = await opened;
    await expect
      .poll(() => popup.getByTestId('popup-no-button').count(), { timeout: 10_000 })
      .toBe(1);
    const notice = (await popup.getByTestId('popup-no-button').textContent()) ?? '';
    expect(notice).toContain('Beacon can’t place its button on this page.');
    expect(notice).toContain('Capture with Beacon');
    expect(await popup.getByRole('button', { name: 'Capture this tab' }).count()).toBe(1);
    await noAxeViolations(popup, 'popup with the no-button notice');

    // Diagnostics count that page for X.
    const settings = await beacon.openExtensionPage('workspace.html#/settings');
    const rows = () =>
      settings
        .getByTestId('diagnostics')
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.children].map((c) => c.textContent).join('|')),
        );
    // platform | adapter version | pages | posts found | buttons | media without button |
    // posts read for a capture | read problems
    await expect
      .poll(rows, { timeout: 10_000 })
      .toContainEqual(expect.stringMatching(/^x\|1\|\d+\|\d+\|\d+\|1\|1\|no link to the post: 1$/));
    // What a user copies into a bug report: counts by platform and reason, no address.
    const copyButton = settings.getByRole('button', { name: 'Copy for a bug report' });
    expect(await copyButton.count()).toBe(1);
    await noAxeViolations(settings, 'settings with diagnostics');
    await popup.close();
    await page.close();
    await settings.close();
  });

  it('an evidence post opened in the app (pushState from the feed) is read too', async () => {
    // Most posts are opened by a click in the feed: an in-app navigation, no page load. The ask
    // names the new address; the sender's address the browser gives must follow it.
    const IN_APP = 'https://x.com/InAppOpened/status/1990000000000000009';
    await okFrom(ws, 'unlock', { passphrase: PASS }).catch(() => undefined);
    await okFrom(ws, 'updateCase', {
      id: caseId,
      op: { op: 'addEvidence', fields: { kind: 'post', platform: 'x', url: IN_APP } },
    });
    const gone = fixture('platforms/x/gone-removed.html');
    const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(gone)?.[1] ?? gone;
    await beacon.serveHost('https://x.com', {
      '/explore': `<!doctype html><html><body><main>Explore</main><script>
        setTimeout(() => {
          history.pushState({}, '', ${JSON.stringify(new URL(IN_APP).pathname)});
          document.body.innerHTML = ${JSON.stringify(body).replaceAll('</', '<\\/')};
        }, 300);
      </script></body></html>`,
    });
    const statusOf = async () =>
      (
        await okFrom<{ evidence: Array<{ url?: string; status?: string }> }>(ws, 'getCase', {
          id: caseId,
        })
      ).evidence.find((e) => e.url === IN_APP)?.status;
    const page = await beacon.context.newPage();
    await page.goto('https://x.com/explore');
    await expect.poll(statusOf, { timeout: 25_000 }).toBe('removed');
    await page.close();
  });

  it('the four newer platforms: shortcut, a real click captures into the case, the card', async () => {
    for (const p of NEWER) {
      const page = await beacon.context.newPage();
      await page.goto(p.url);
      await expect
        .poll(() => page.locator('beacon-shortcut').count(), { timeout: 10_000 })
        .toBeGreaterThan(0);
      const before = (await okFrom<{ evidence: unknown[] }>(ws, 'getCase', { id: caseId })).evidence
        .length;
      const [first] = await shortcutButtons(page);
      await trustedClick(page, (first as { backendNodeId: number }).backendNodeId);
      await expect.poll(async () => (await dialogs(page)).length, { timeout: 5_000 }).toBe(1);
      const [card] = await dialogs(page);
      expect(card?.attributes['aria-label']).toBe('Beacon: capture and report');
      expect(card?.text).toContain('Copy link');
      const kase = await okFrom<{
        evidence: Array<{ platform: string; url?: string; postId?: string }>;
      }>(ws, 'getCase', { id: caseId });
      expect(kase.evidence).toHaveLength(before + 1);
      const added = kase.evidence.at(-1);
      expect(added?.platform).toBe(p.id);
      expect(`${added?.url} ${added?.postId}`).toContain(p.firstId.split('/').at(-1));
      await page.close();
    }
  });
});
