import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Beacon,
  EXTENSION_DIR,
  extensionRequests,
  fixture,
  launchBeacon,
  pageWith,
} from './harness';

describe('the built extension in Chromium', () => {
  let beacon: Beacon;

  beforeAll(async () => {
    beacon = await launchBeacon();
    await beacon.serveHost('https://x.com', {
      '/home': pageWith(fixture('platforms/x/x-tweet-quote.html'), 'Home / X'),
    });
    await beacon.serveHost('https://example.com', {
      '/': pageWith('<article><img alt="" src="data:,"><p>Not a supported platform</p></article>'),
    });
  });
  afterAll(async () => {
    await beacon?.close();
  });

  it('loads with a service worker and an id', () => {
    expect(beacon.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('declares least-privilege permissions and no host access', async () => {
    type Manifest = {
      permissions?: string[];
      host_permissions?: string[];
      content_scripts?: Array<{ matches?: string[] }>;
    };
    const manifest: Manifest = (await beacon.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } }
      ).chrome.runtime.getManifest(),
    )) as Manifest;
    expect([...(manifest.permissions ?? [])].sort()).toEqual(
      [
        'activeTab',
        'alarms',
        'contextMenus',
        'idle',
        'notifications',
        'storage',
        'unlimitedStorage',
      ].sort(),
    );
    expect(manifest.host_permissions ?? []).toEqual([]);
    const matches = manifest.content_scripts?.flatMap((cs) => cs.matches ?? []) ?? [];
    expect(matches).toContain('https://x.com/*');
    expect(matches.some((m) => m.includes('<all_urls>') || m.startsWith('*://*/'))).toBe(false);
  });

  it('renders the popup with no console errors', async () => {
    const page = await beacon.openExtensionPage('popup.html');
    await expect.poll(() => page.getByRole('button', { name: 'Capture this tab' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Get help now' }).count()).toBe(1);
    await page.close();
    expect(beacon.errors.filter((e) => e.includes('popup.html'))).toEqual([]);
  });

  it('renders the workspace and it talks to the background', async () => {
    const page = await beacon.openExtensionPage('workspace.html');
    await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0);
    await page.close();
    expect(beacon.errors.filter((e) => e.includes('workspace.html'))).toEqual([]);
  });

  it('runs the feed content script on a routed x.com page', async () => {
    const page = await beacon.context.newPage();
    await page.goto('https://x.com/home');
    await expect
      .poll(() => page.locator('beacon-shortcut').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await page.close();
  });

  it('does not run on a host without an adapter', async () => {
    const page = await beacon.context.newPage();
    await page.goto('https://example.com/');
    await page.waitForTimeout(500);
    expect(await page.locator('beacon-shortcut').count()).toBe(0);
    await page.close();
  });

  it('made no network request of its own through the whole session', async () => {
    // Give a late request (a timer in the worker) the chance to show up.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(extensionRequests(beacon)).toEqual([]);
  });

  it('ships no network API in the feed script or the background', () => {
    // Content-script requests look like the page's own in the request log, so the dynamic test
    // above can't see them: the built feed script and worker must not contain a network API.
    const scripts = readdirSync(join(EXTENSION_DIR, 'content-scripts')).map(
      (f) => `content-scripts/${f}`,
    );
    expect(scripts.length).toBeGreaterThanOrEqual(9);
    for (const file of [...scripts, 'background.js']) {
      const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
      expect(code, file).not.toMatch(
        /\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|importScripts|new Image\b/,
      );
    }
  });
});
