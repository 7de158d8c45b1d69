import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { FEED_PLATFORM_IDS, PLATFORM_CATALOG } from '@/lib/platforms/catalog';
import { launchFirefox, okFrom } from './harness';

/**
 * The store packages `npm run zip` writes (scripts/zip.mjs): each unzipped and loaded as it
 * would be from the store — the Chrome/Edge zip in Chromium, the Firefox zip in Firefox — and
 * each manifest checked for least privilege (README "Permissions"), no remote code, the
 * browsers' default CSP and, for AMO, "no data collected".
 */
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  version: string;
};
const zipPath = (kind: string) => `.output/${name}-${version}-${kind}.zip`;

// README "Permissions": any change here is a change to what users are asked to accept.
const PERMISSIONS = [
  'storage',
  'unlimitedStorage',
  'alarms',
  'notifications',
  'contextMenus',
  'activeTab',
  'idle',
];
// Every content-script match is an https page of a platform in the catalog (least privilege).
const PLATFORM_HOSTS = new RegExp(
  `^https://(${FEED_PLATFORM_IDS.flatMap((id) => PLATFORM_CATALOG[id].hosts)
    .map((h) => h.replaceAll('.', '\\.'))
    .join('|')})/\\*$`,
);

type Manifest = {
  manifest_version: number;
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: unknown;
  content_scripts?: Array<{ matches: string[]; js?: string[] }>;
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  browser_specific_settings?: {
    gecko?: { id?: string; data_collection_permissions?: { required?: string[] } };
  };
};

const unpacked: string[] = [];
function unpack(kind: string): { dir: string; files: Record<string, Uint8Array> } {
  const files = unzipSync(new Uint8Array(readFileSync(zipPath(kind))));
  const dir = mkdtempSync(join(tmpdir(), `beacon-zip-${kind}-`));
  unpacked.push(dir);
  for (const [path, bytes] of Object.entries(files)) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  return { dir, files };
}

function checkManifest(files: Record<string, Uint8Array>): Manifest {
  const manifest = JSON.parse(
    new TextDecoder().decode(files['manifest.json'] as Uint8Array),
  ) as Manifest;
  expect(manifest.version).toBe(version);
  expect(manifest.permissions).toEqual(PERMISSIONS);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions ?? []).toEqual([]);
  expect(manifest.content_security_policy).toBeUndefined();
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.externally_connectable).toBeUndefined();
  const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches);
  expect(matches.length).toBeGreaterThan(0);
  for (const match of matches) expect(match).toMatch(PLATFORM_HOSTS);
  expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  // No remote code: pages load only their own packaged scripts; no script pulls code in.
  for (const [path, bytes] of Object.entries(files)) {
    const text =
      path.endsWith('.html') || path.endsWith('.js') ? new TextDecoder().decode(bytes) : '';
    if (path.endsWith('.html')) {
      expect(text, path).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
      expect(text, path).not.toMatch(/<link[^>]+href=["']?(https?:)?\/\//i);
    }
    if (path.endsWith('.js')) {
      expect(text, path).not.toMatch(/importScripts\(\s*["'`]https?:/);
      expect(text, path).not.toMatch(/import\(\s*["'`]https?:/);
    }
  }
  return manifest;
}

describe('store packages (npm run zip)', () => {
  afterAll(() => {
    for (const dir of unpacked) rmSync(dir, { recursive: true, force: true });
  });

  it('three zips named with package.json’s version', () => {
    for (const kind of ['chrome', 'firefox', 'sources']) {
      expect(existsSync(zipPath(kind)), `${zipPath(kind)} (run npm run zip)`).toBe(true);
    }
    const sums = readFileSync('.output/SHA256SUMS', 'utf8');
    for (const kind of ['chrome', 'firefox', 'sources']) {
      expect(sums).toMatch(new RegExp(`^[0-9a-f]{64}  ${name}-${version}-${kind}\\.zip$`, 'm'));
    }
  });

  it('the Firefox zip: least privilege, no data collection, and it loads in Firefox', async () => {
    const { dir, files } = unpack('firefox');
    const manifest = checkManifest(files);
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_specific_settings?.gecko?.id).toBe('beacon@beacon-extension.org');
    expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({
      required: ['none'],
    });
    const firefox = await launchFirefox({ extensionDir: dir });
    try {
      const popup = await firefox.openExtensionPage('popup.html', 'button');
      expect(await okFrom(popup, 'vaultStatus')).toMatchObject({ exists: false });
      expect(
        await popup.evaluate(() => document.querySelectorAll('button').length),
      ).toBeGreaterThan(0);
    } finally {
      await firefox.close();
    }
  });

  it('the Chrome/Edge zip: least privilege, and it loads in Chromium', async () => {
    const { dir, files } = unpack('chrome');
    const manifest = checkManifest(files);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings).toBeUndefined();
    const profile = mkdtempSync(join(tmpdir(), 'beacon-zip-chromium-'));
    unpacked.push(profile);
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
      ],
    });
    try {
      const worker =
        context.serviceWorkers()[0] ??
        (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
      const page = await context.newPage();
      await page.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
      await page.waitForSelector('button', { timeout: 10_000 });
      const status = await page.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
          }
        ).chrome.runtime.sendMessage({ beacon: 1, type: 'vaultStatus' }),
      );
      expect(status).toMatchObject({ ok: true, data: { exists: false } });
    } finally {
      await context.close();
    }
  });

  it('the sources zip holds what AMO’s reviewers need to rebuild, and nothing generated', () => {
    const paths = Object.keys(unzipSync(new Uint8Array(readFileSync(zipPath('sources')))));
    for (const needed of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
    ]) {
      expect(paths).toContain(needed);
    }
    expect(paths.some((p) => p.startsWith('entrypoints/background'))).toBe(true);
    expect(paths.some((p) => p.startsWith('lib/vault/'))).toBe(true);
    for (const generated of ['node_modules/', '.output/', '.wxt/', 'demo-output/', '.tmp/']) {
      expect(paths.filter((p) => p.startsWith(generated))).toEqual([]);
    }
  });
});
