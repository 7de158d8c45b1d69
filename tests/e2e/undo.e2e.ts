import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { background as backgroundEn } from '@/lib/i18n/catalog/background.en';
import { card as cardEn } from '@/lib/i18n/catalog/card.en';
import { feed as en } from '@/lib/i18n/catalog/feed.en';
import { noAxeViolations } from './axe';
import {
  type Answer,
  type Beacon,
  fixture,
  launchBeacon,
  okFrom,
  pierceQuery,
  stopServiceWorker,
  trustedClick,
} from './harness';

/**
 * Undo a capture: from the in-page card (top layer, guarded like the shortcut) and
 * from the popup's recent captures; the evidence item goes and the case's change log keeps an
 * "item deleted" line, so the printed file doesn't silently change story. The toolbar badge
 * confirms a shortcut capture even when the page hides Beacon's card.
 */

const PASS = 'e2e undo passphrase';
const profile = {
  title: 'Undo case',
  role: 'parent',
  ageAtTime: 'minor',
  country: 'FR',
  languages: ['fr'],
};

type Change = { kind: string; item?: string; label?: string };
type CaseView = { evidence: Array<{ id: string; url: string }>; changes: Change[] };

const shortcutButtons = (page: Page) =>
  pierceQuery(
    page,
    (n) => n.nodeName === 'button' && n.attributes['aria-label'] === en['feed.shortcut.post'],
  );
const dialogs = (page: Page) =>
  pierceQuery(page, (n) => n.nodeName === 'div' && n.attributes.role === 'dialog');
const undoButtons = async (page: Page) =>
  (await pierceQuery(page, (n) => n.nodeName === 'button')).filter(
    (b) => b.text === cardEn['feed.card.undo'],
  );

describe('undo a capture, and the toolbar badge', () => {
  let beacon: Beacon;
  /** An extension page: the vault's messages are sent from here. */
  let admin: Page;
  let caseId: string;

  const theCase = () => okFrom<CaseView>(admin, 'getCase', { id: caseId });

  beforeAll(async () => {
    beacon = await launchBeacon();
    const feed = fixture('platforms/x/feed.html');
    await beacon.serveHost('https://x.com', {
      '/home': feed,
      '/hidden-card': feed.replace(
        '<body>',
        '<head><style>beacon-card, beacon-card * { display: none !important; visibility: hidden !important; opacity: 0 !important }</style></head><body>',
      ),
    });
    admin = await beacon.openExtensionPage('workspace.html');
    await okFrom(admin, 'createVault', { passphrase: PASS, profile });
    const cases = await okFrom<Array<{ id: string }>>(admin, 'listCases');
    caseId = cases[0]?.id ?? '';
  });
  afterAll(async () => {
    await beacon?.close();
  });

  async function captureFirst(path: string): Promise<Page> {
    const page = await beacon.context.newPage();
    await page.goto(`https://x.com${path}`);
    await expect.poll(() => page.locator('beacon-shortcut').count(), { timeout: 10_000 }).toBe(5);
    const [first] = await shortcutButtons(page);
    await trustedClick(page, (first as { backendNodeId: number }).backendNodeId);
    return page;
  }

  /**
   * The toolbar badge and title of the tab the newest capture came from, read in the service
   * worker (its tab id from Beacon's own recent list: tabs.query can't match by URL without the
   * `tabs` permission, which Beacon doesn't ask for).
   */
  const lastCaptureTab = () =>
    beacon.worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser })
        .chrome;
      const stored = await chrome.storage.session.get('recentCaptures');
      const [newest] = (stored.recentCaptures ?? []) as Array<{ tabId?: number }>;
      return newest?.tabId as number;
    });
  const badgeOf = (tabId: number) =>
    beacon.worker.evaluate(async (id) => {
      const chrome = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser })
        .chrome;
      return {
        text: await chrome.action.getBadgeText({ tabId: id }),
        title: await chrome.action.getTitle({ tabId: id }),
      };
    }, tabId);

  it('page CSS that hides beacon-card: the capture is saved and the badge still says so', async () => {
    const before = (await theCase()).evidence.length;
    const page = await captureFirst('/hidden-card');
    await expect.poll(async () => (await theCase()).evidence.length).toBe(before + 1);
    const tabId = await lastCaptureTab();
    expect(tabId).toBeTypeOf('number');
    await expect
      .poll(() => badgeOf(tabId))
      .toEqual({ text: '1', title: backgroundEn['badge.saved'] });
    await page.close();
  });

  it('Undo on the card removes the item and leaves a timeline line', async () => {
    const page = await captureFirst('/home');
    await expect.poll(async () => (await undoButtons(page)).length, { timeout: 5_000 }).toBe(1);
    const saved = (await theCase()).evidence.at(-1);
    expect(saved?.url).toContain('x.com/');
    const tabId = await lastCaptureTab();
    await expect.poll(() => badgeOf(tabId)).toMatchObject({ text: '1' });

    // A click made by the page's script on the card's button does nothing (closed root: the
    // page can only reach the host); the person's real click does.
    await page.evaluate(() => (document.querySelector('beacon-card') as HTMLElement).click());
    const [undo] = await undoButtons(page);
    await trustedClick(page, (undo as { backendNodeId: number }).backendNodeId);
    await expect
      .poll(async () => (await dialogs(page))[0]?.text ?? '')
      .toContain(backgroundEn['undo.doneLogged']);
    const after = await theCase();
    expect(after.evidence.map((e) => e.id)).not.toContain(saved?.id);
    expect(after.changes.at(-1)).toMatchObject({ kind: 'item-deleted', item: 'evidence' });
    expect(after.changes.at(-1)?.label).toContain(saved?.url);
    // The badge counts what is left of this tab's captures: none, so it is cleared.
    await expect.poll(() => badgeOf(tabId)).toEqual({ text: '', title: 'Beacon' });
    await page.close();
  });

  it('a page that lays its own top-layer overlay over the card can’t get Undo clicked', async () => {
    const page = await captureFirst('/home');
    await expect.poll(async () => (await undoButtons(page)).length, { timeout: 5_000 }).toBe(1);
    const saved = (await theCase()).evidence.at(-1);
    // Opened after Beacon's card, the page's popover is above it in the top layer: opaque, and
    // letting clicks through to the card's Undo underneath.
    await page.evaluate(() => {
      const cover = document.createElement('div');
      cover.setAttribute('popover', 'manual');
      cover.style.cssText =
        'position:fixed;inset:0;width:100vw;height:100vh;margin:0;border:0;background:#fff;pointer-events:none';
      cover.textContent = 'Click anywhere to continue';
      document.body.append(cover);
      cover.showPopover();
    });
    const [undo] = await undoButtons(page);
    await trustedClick(page, (undo as { backendNodeId: number }).backendNodeId);
    await expect
      .poll(async () => (await dialogs(page))[0]?.text ?? '')
      .toContain(cardEn['feed.card.undoRefused']);
    expect((await theCase()).evidence.map((e) => e.id)).toContain(saved?.id);
    await page.close();
  });

  /**
   * Send a message from Beacon's own content-script world in a page, as the feed script would
   * (not the page's main world, not a world the test makes: only the extension's isolated world
   * has `chrome.runtime`, and only its messages carry this tab as the sender).
   */
  async function sendFromContentScript(page: Page, type: string, data: unknown): Promise<Answer> {
    const cdp = await beacon.context.newCDPSession(page);
    type Context = {
      id: number;
      origin: string;
      name: string;
      auxData?: { type?: string; isDefault?: boolean; frameId?: string };
    };
    const contexts: Context[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context as Context));
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as {
      frameTree: { frame: { id: string } };
    };
    await cdp.send('Runtime.enable');
    const ours = () =>
      contexts.find(
        (c) =>
          c.auxData?.type === 'isolated' &&
          c.auxData.frameId === frameTree.frame.id &&
          c.origin === `chrome-extension://${beacon.extensionId}`,
      );
    await expect.poll(() => ours() !== undefined, { timeout: 5_000 }).toBe(true);
    const world = ours() as Context;
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression: `chrome.runtime.sendMessage(${JSON.stringify({ beacon: 1, type, data })})`,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: Answer }; exceptionDetails?: unknown };
    await cdp.detach();
    expect(exceptionDetails).toBeUndefined();
    return result.value;
  }

  it('a content script may undo only a capture from its own tab', async () => {
    const tabA = await captureFirst('/home');
    await expect.poll(async () => (await undoButtons(tabA)).length, { timeout: 5_000 }).toBe(1);
    const saved = (await theCase()).evidence.at(-1);
    expect(saved?.id).toBeTypeOf('string');
    const id = saved?.id as string;
    // The capture is listed as tab A's (storage.session, read in the worker).
    expect(await lastCaptureTab()).toBeTypeOf('number');

    // Tab B: the same site, Beacon's feed script running there too.
    const tabB = await beacon.context.newPage();
    await tabB.goto('https://x.com/home');
    await expect.poll(() => tabB.locator('beacon-shortcut').count(), { timeout: 10_000 }).toBe(5);
    const refused = await sendFromContentScript(tabB, 'undoCapture', { id });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender', message: backgroundEn['undo.notHere'] },
    });
    expect((await theCase()).evidence.map((e) => e.id)).toContain(id);
    // The page's own world has no way to send at all.
    expect(
      await tabB.evaluate(
        () =>
          typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
            ?.runtime?.sendMessage,
      ),
    ).toBe('undefined');
    await tabB.close();

    // The same message from tab A's content-script world: allowed.
    const allowed = await sendFromContentScript(tabA, 'undoCapture', { id });
    expect(allowed).toMatchObject({
      ok: true,
      data: { where: 'case', message: backgroundEn['undo.doneLogged'] },
    });
    const after = await theCase();
    expect(after.evidence.map((e) => e.id)).not.toContain(id);
    expect(after.changes.at(-1)).toMatchObject({ kind: 'item-deleted', item: 'evidence' });
    await tabA.close();
  });

  it('Undo in the popup’s recent captures removes it too', async () => {
    const page = await captureFirst('/home');
    await expect.poll(async () => (await undoButtons(page)).length, { timeout: 5_000 }).toBe(1);
    const saved = (await theCase()).evidence.at(-1);
    await page.close();

    const popup = await beacon.openExtensionPage('popup.html');
    const recent = popup.getByTestId('popup-recent');
    await expect.poll(() => recent.locator('li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const row = recent.locator(`li[data-capture-id="${saved?.id}"]`);
    expect(await row.textContent()).toContain('x.com');
    await noAxeViolations(popup, 'popup with recent captures');
    await row.getByRole('button', { name: /^Undo the capture from x\.com at / }).click();
    await expect
      .poll(() => popup.locator('.status').textContent())
      .toBe(backgroundEn['undo.doneLogged']);
    expect((await theCase()).evidence.map((e) => e.id)).not.toContain(saved?.id);
    await expect.poll(() => row.count()).toBe(0);
    await popup.close();
  });

  it('a capture made while locked is undone from the card; unlock shows the timeline line', async () => {
    await okFrom(admin, 'lock');
    const before = await (async () => {
      await okFrom(admin, 'unlock', { passphrase: PASS });
      const kase = await theCase();
      await okFrom(admin, 'lock');
      return kase;
    })();
    const page = await captureFirst('/home');
    await expect
      .poll(async () => (await dialogs(page))[0]?.text ?? '', { timeout: 5_000 })
      .toContain(cardEn['feed.card.savedInbox']);
    const [undo] = await undoButtons(page);
    await trustedClick(page, (undo as { backendNodeId: number }).backendNodeId);
    await expect
      .poll(async () => (await dialogs(page))[0]?.text ?? '')
      .toContain(backgroundEn['undo.doneLogged']);
    await page.close();

    await okFrom(admin, 'unlock', { passphrase: PASS });
    const after = await theCase();
    expect(after.evidence).toHaveLength(before.evidence.length);
    expect(after.changes.length).toBe(before.changes.length + 1);
    expect(after.changes.at(-1)).toMatchObject({
      kind: 'item-deleted',
      item: 'evidence',
      label: 'x.com',
    });
  });

  it('a capture made after the service worker was stopped is undone from the card', async () => {
    // The vault is unlocked (the test before ended with an unlock).
    const before = await theCase();
    const page = await beacon.context.newPage();
    await page.goto('https://x.com/home');
    await expect.poll(() => page.locator('beacon-shortcut').count(), { timeout: 10_000 }).toBe(5);
    // The case captures go to is remembered in storage.session, also after a lock and unlock
    // in the same worker (the test before): what makes the stopped worker take the short path.
    const remembered = await admin.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser })
        .chrome;
      return (await chrome.storage.session.get('beacon.captureTarget'))['beacon.captureTarget'];
    });
    expect(remembered).toEqual({ caseId, title: profile.title });
    // Stop the service worker, as Chrome does after 30 s idle: the vault in memory is gone, its
    // key stays in storage.session, and the capture takes the short path (lib/vault/inbox.ts
    // captureNow: sealed into the inbox, filed as the next queued job).
    await stopServiceWorker(page);
    const [first] = await shortcutButtons(page);
    await trustedClick(page, (first as { backendNodeId: number }).backendNodeId);
    await expect
      .poll(async () => (await dialogs(page))[0]?.text ?? '', { timeout: 10_000 })
      .toContain(profile.title);
    await expect.poll(async () => (await undoButtons(page)).length, { timeout: 5_000 }).toBe(1);
    // Filed into the case by the worker's next job.
    await expect
      .poll(async () => (await theCase()).evidence.length)
      .toBe(before.evidence.length + 1);
    const saved = (await theCase()).evidence.at(-1);
    expect(saved?.url).toContain('x.com/');

    const [undo] = await undoButtons(page);
    await trustedClick(page, (undo as { backendNodeId: number }).backendNodeId);
    await expect
      .poll(async () => (await dialogs(page))[0]?.text ?? '')
      .toContain(backgroundEn['undo.doneLogged']);
    await page.close();
    const after = await theCase();
    expect(after.evidence.map((e) => e.id)).not.toContain(saved?.id);
    expect(after.evidence).toHaveLength(before.evidence.length);
    expect(after.changes.at(-1)).toMatchObject({ kind: 'item-deleted', item: 'evidence' });
    expect(after.changes.at(-1)?.label).toContain(saved?.url);
    expect(await okFrom(admin, 'vaultStatus')).toMatchObject({ unlocked: true, inboxCount: 0 });
  });
});
