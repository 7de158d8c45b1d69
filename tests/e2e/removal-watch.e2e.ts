import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noAxeViolations } from './axe';
import { type Beacon, fixture, launchBeacon, okFrom } from './harness';

/**
 * The removal watch in Chromium: the user's own visit to an evidence address, served as the
 * platform's "this page doesn't exist", is recorded while the vault is locked and shows at
 * unlock; a visit to any other address leaves storage exactly as it was.
 */
const PASS = 'removal watch e2e passphrase';
const POST = 'https://x.com/placeholder_acct/status/1990000000000000001';
const OTHER = 'https://x.com/someone_else/status/1990000000000000002';
const QUEUE = 'beacon.watch.queue';
/** A page on a supported host whose markup the adapter can't read: a large video, no post. */
const UNREADABLE = 'https://x.com/i/new-layout';
const UNREADABLE_HTML =
  '<!doctype html><html lang="en"><body><main><div data-testid="newLayoutCell"><video width="640" height="360" poster="https://pbs.twimg.com/placeholder.jpg"></video><p>A post in a layout Beacon does not know</p></div></main></body></html>';

type Chrome = {
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

describe('removal watch', () => {
  let beacon: Beacon;
  let ws: Page;
  let caseId: string;

  beforeAll(async () => {
    beacon = await launchBeacon();
    const gone = fixture('platforms/x/gone-removed.html');
    await beacon.serveHost('https://x.com', {
      [new URL(POST).pathname]: gone,
      [new URL(OTHER).pathname]: gone,
      [new URL(UNREADABLE).pathname]: UNREADABLE_HTML,
    });
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
    await okFrom(ws, 'updateCase', {
      id: caseId,
      op: {
        op: 'addEvidence',
        capture: {
          kind: 'post',
          platform: 'x',
          permalink: POST,
          postId: '1990000000000000001',
          author: { handle: 'placeholder_acct', profileUrl: 'https://x.com/placeholder_acct' },
          media: [{ kind: 'image' }],
          pageUrl: 'https://x.com/home',
          capturedAt: new Date().toISOString(),
          via: 'shortcut',
        },
      },
    });
  });
  afterAll(async () => {
    await beacon?.close();
  });

  it('a locked visit to the evidence address, served as deleted, shows as removed at unlock', async () => {
    await okFrom(ws, 'lock');
    const visit = await beacon.context.newPage();
    await visit.goto(POST);
    await expect.poll(() => queueLength(beacon), { timeout: 15_000 }).toBe(1);
    const whileLocked = await dumpStorage(beacon);
    expect(whileLocked).not.toContain('placeholder_acct');
    expect(whileLocked).not.toContain('1990000000000000001');
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
      evidence: Array<{ statusHistory: Array<{ status: string; at: string; seenBy?: string }> }>;
    }>(ws, 'getCase', { id: caseId });
    const entry = kase.evidence[0]?.statusHistory.at(-1);
    expect(entry).toMatchObject({ status: 'removed', seenBy: 'you' });
    expect(Math.abs(Date.parse(entry?.at ?? '') - Date.now())).toBeLessThan(120_000);
    expect(await queueLength(beacon)).toBe(0);

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
    const counts = await beacon.worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      return JSON.stringify(await chrome.storage.local.get('beacon.diagnostics'));
    });
    expect(JSON.parse(counts)).toEqual({
      'beacon.diagnostics': {
        x: {
          version: 1,
          pages: expect.any(Number),
          buttons: expect.any(Number),
          noButton: expect.any(Number),
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
    // platform | adapter version | pages | buttons | media without button
    await expect
      .poll(rows, { timeout: 10_000 })
      .toContainEqual(expect.stringMatching(/^x\|1\|\d+\|\d+\|1$/));
    await noAxeViolations(settings, 'settings with diagnostics');
    await popup.close();
    await page.close();
    await settings.close();
  });
});
