import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MessageKey, t } from '@/lib/i18n';
import {
  axeViolations,
  cardDialogs,
  clickShortcut,
  extensionRequests,
  FIREFOX_EXTENSION_DIR,
  type FirefoxBeacon,
  fixture,
  launchFirefox,
  networkAttempts,
  okFrom,
  storageLocalDump,
} from './harness';

/**
 * Safety rules 2 and 3 in Firefox: the extension makes no request of its own (BiDi network
 * events for pages, and a recording proxy for every process — the MV2 background page's
 * requests don't appear in BiDi — each with a positive control that it sees requests), the
 * workspace and popup pass axe, and a content script can read neither storage.session (where
 * the unlocked key lives) nor anything but ciphertext in storage.local.
 *
 * Chrome holds content scripts off storage.session with `setAccessLevel('TRUSTED_CONTEXTS')`
 * (entrypoints/background/vault.ts). Firefox needs no call: storage.session "is not exposed to
 * content scripts" by default
 * (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/storage/session), while
 * storage.local is readable by content scripts in Firefox
 * (https://bugzilla.mozilla.org/show_bug.cgi?id=1724754), so what keeps the vault from a
 * compromised content script there is that storage.local holds only ciphertext.
 *
 * Firefox's BiDi lists no realm for extension content scripts, so the content-script side is
 * probed with a copy of the built extension that has one extra content script on x.com: same
 * gecko id, same uuid, same background and storage — the shipped build itself is untouched.
 */
const PASS = 'privacy passphrase firefox';
const SECRETS = ['Emma privacy case', 'Claire Martin', 'claire@example.org', PASS];
const PROFILE = {
  title: 'Emma privacy case',
  role: 'parent',
  ageAtTime: 'minor',
  country: 'FR',
  languages: ['fr'],
  contact: { name: 'Claire Martin', email: 'claire@example.org' },
};

/** The probe: what a content script of this extension can reach, written where the test reads. */
const PROBE = `(async () => {
  const out = { sessionType: typeof browser.storage.session };
  try { out.session = JSON.stringify(await browser.storage.session.get(null)); }
  catch (e) { out.sessionError = String(e && e.message || e); }
  try { out.local = JSON.stringify(await browser.storage.local.get(null)); }
  catch (e) { out.localError = String(e && e.message || e); }
  document.documentElement.setAttribute('data-probe', JSON.stringify(out));
})();`;

function buildProbedCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'beacon-ff-probe-'));
  cpSync(FIREFOX_EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.content_scripts.push({
    matches: ['https://x.com/*'],
    run_at: 'document_idle',
    js: ['probe.js'],
  });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'probe.js'), PROBE);
  return dir;
}

describe('Firefox: privacy, storage isolation and accessibility', () => {
  let beacon: FirefoxBeacon;
  let probedDir: string;
  let ws: Page;

  beforeAll(async () => {
    probedDir = buildProbedCopy();
    beacon = await launchFirefox({ extensionDir: probedDir });
  });
  afterAll(async () => {
    await beacon?.close();
    rmSync(probedDir, { recursive: true, force: true });
  });

  it('onboarding screen and popup have no axe violations', async () => {
    ws = await beacon.openExtensionPage('workspace.html#/onboarding', 'select');
    expect(await axeViolations(ws, 'onboarding')).toEqual([]);
    const popup = await beacon.openExtensionPage('popup.html', 'button');
    expect(await axeViolations(popup, 'popup (no vault)')).toEqual([]);
    await popup.close();
  });

  it('case home, evidence and next steps (in French) have no axe violations', async () => {
    await okFrom(ws, 'createVault', {
      passphrase: PASS,
      profile: PROFILE,
      settings: { lang: 'fr' },
    });
    const views = { home: 'cw.home.title', evidence: 'cw.evidence.title', next: 'cw.steps.title' };
    for (const [view, title] of Object.entries(views)) {
      await beacon.gotoExtensionPage(ws, `workspace.html#/${view}`, 'main h1');
      // A hash change keeps the page: wait for this view's own heading, not the last one's.
      await ws.waitForFunction(
        (want: string) => document.querySelector('main h1')?.textContent?.trim() === want,
        { timeout: 10_000 },
        t('fr', title as MessageKey),
      );
      expect(await axeViolations(ws, view)).toEqual([]);
    }
    const popup = await beacon.openExtensionPage('popup.html', 'button');
    expect(await axeViolations(popup, 'popup (vault open)')).toEqual([]);
    await popup.close();
  });

  it('a content script reads neither storage.session nor any plaintext in storage.local', async () => {
    // Unlocked: the data key is in storage.session now (the positive control: there IS
    // something there for a content script to steal, and extension pages can read it).
    const session = await ws.evaluate(async () =>
      JSON.stringify(
        await (
          globalThis as unknown as {
            browser: { storage: { session: { get(k: null): Promise<unknown> } } };
          }
        ).browser.storage.session.get(null),
      ),
    );
    expect(session.length).toBeGreaterThan(20);

    const x = await beacon.openSite('https://x.com/home', {
      '/home': fixture('platforms/x/feed.html'),
    });
    await expect
      .poll(() => x.evaluate(() => document.querySelectorAll('beacon-shortcut').length), {
        timeout: 10_000,
      })
      .toBe(5);
    await clickShortcut(beacon, x, 0);
    await expect.poll(async () => (await cardDialogs(beacon, x)).length).toBe(1);
    // Reload so the probe runs with the capture saved in the vault.
    await x.reload({ waitUntil: 'load' });
    const probe = await expect
      .poll(() => x.evaluate(() => document.documentElement.getAttribute('data-probe')), {
        timeout: 10_000,
      })
      .toBeTruthy()
      .then(() => x.evaluate(() => document.documentElement.getAttribute('data-probe')));
    const seen = JSON.parse(probe as string) as {
      sessionType: string;
      session?: string;
      sessionError?: string;
      local?: string;
    };
    // storage.session is not there at all for a content script in Firefox.
    expect(seen.sessionType).toBe('undefined');
    expect(seen.session).toBeUndefined();
    // storage.local is readable (Firefox's rule) and holds the vault — as ciphertext only.
    expect(seen.local).toBeDefined();
    expect(seen.local).toBe(await storageLocalDump(ws));
    for (const secret of [...SECRETS, '1983130065320780162', 'TestQuoter']) {
      expect(seen.local).not.toContain(secret);
    }
    // Not even the unlocked key's bytes.
    for (const value of Object.values(JSON.parse(session) as Record<string, unknown>)) {
      const text = JSON.stringify(value);
      if (text.length > 16) expect(seen.local).not.toContain(text);
    }
    await x.close();
  });

  it('the case file prints without loading anything, and no request was Beacon’s own', async () => {
    const status = await okFrom<{ settings: { currentCaseId?: string } }>(ws, 'vaultStatus');
    const file = await beacon.openExtensionPage(
      `casefile.html?case=${status.settings.currentCaseId}`,
      'main[data-ready="true"]',
    );
    expect(await axeViolations(file, 'case file')).toEqual([]);
    await file.close();
    expect(beacon.requests.length).toBeGreaterThan(0);
    expect(extensionRequests(beacon)).toEqual([]);
    expect(networkAttempts(beacon)).toEqual([]);
  });

  it('positive control: requests from an extension page and from the background are seen', async () => {
    expect(networkAttempts(beacon)).toEqual([]);
    const before = extensionRequests(beacon).length;
    await ws.evaluate(async () => {
      const { runtime } = (
        globalThis as unknown as {
          browser: { runtime: { getBackgroundPage(): Promise<{ fetch: typeof fetch }> } };
        }
      ).browser;
      await fetch('https://page-control.invalid/ping').catch(() => undefined);
      // The MV2 background page, reached the way an extension page can (same extension).
      await (await runtime.getBackgroundPage())
        .fetch('https://bg-control.invalid/ping')
        .catch(() => undefined);
    });
    // BiDi sees the page's request and counts it as Beacon's…
    await expect
      .poll(() => extensionRequests(beacon).map((r) => r.url))
      .toContain('https://page-control.invalid/ping');
    expect(extensionRequests(beacon).length).toBe(before + 1);
    // …and the proxy sees both, the background's included.
    await expect
      .poll(() => networkAttempts(beacon).sort())
      .toEqual(['bg-control.invalid', 'page-control.invalid']);
  });
});
