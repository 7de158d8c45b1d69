import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

// The launch part of tests/e2e/harness.ts, in plain JS for `npm run bench` (node, no TS loader).
export const EXTENSION_DIR = resolve(process.env.BEACON_EXTENSION_DIR ?? '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider',
];

/** A persistent Chromium context, with or without the built extension; nothing reaches the network. */
export async function launch({ withExtension }) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'beacon-bench-'));
  const args = [...BASE_ARGS];
  if (withExtension) {
    args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
  });
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
  if (withExtension) {
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    if (!worker) throw new Error('The extension did not start.');
  }
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
