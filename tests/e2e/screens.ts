import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { LANGS, type Lang, type MessageKey, t as translate } from '@/lib/i18n';
import { feed as feedEn } from '@/lib/i18n/catalog/feed.en';
import { feed as feedEs } from '@/lib/i18n/catalog/feed.es';
import { feed as feedFr } from '@/lib/i18n/catalog/feed.fr';
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
 * Screenshots of the workspace shell and every screen, in one language, as a new user sees
 * them: onboarding (three steps), the case screens, settings, help, unlock and the popup.
 * Used by tests/e2e/workspace-shell.e2e.ts (which runs axe on each state through `onState`) and
 * by the demo (`npm run demo`).
 */
export type ShotOptions = {
  /** Where PNGs go (default demo-output/screens). */
  outDir?: string;
  /** The passphrase to create the vault with, or to unlock an existing one. */
  passphrase?: string;
  country?: string;
  /** Called on each state before its screenshot (the E2E test runs axe-core here). */
  onState?: (page: Page, state: string) => Promise<void>;
};

export const DEMO_PASSPHRASE = 'violet harbour pencil thunder';
const DEFAULT_COUNTRY: Record<Lang, string> = { en: 'US', fr: 'FR', es: 'ES' };

/** The views in the order of the navigation, then help. */
const VIEWS = ['home', 'evidence', 'proof', 'reports', 'next', 'timeline', 'settings', 'help'];

type VaultStatusLike = { exists: boolean; unlocked: boolean };

/** Ask the background from an extension page, as the UI does. */
export const ask = okFrom;

/** Capture the quote post of the X fixture with a real click on its Beacon shortcut. */
export async function captureXPost(beacon: Beacon): Promise<void> {
  await beacon.serveHost('https://x.com', {
    '/home': pageWith(fixture('platforms/x/x-tweet-quote.html'), 'Home / X'),
  });
  const x = await beacon.context.newPage();
  await x.goto('https://x.com/home');
  await x.waitForSelector('beacon-shortcut', { timeout: 10_000 });
  const labels = new Set([feedEn, feedFr, feedEs].map((c) => c['feed.shortcut.post']));
  const [button] = await pierceQuery(
    x,
    (n) => n.nodeName === 'button' && labels.has(n.attributes['aria-label'] ?? ''),
  );
  if (!button) throw new Error('no Beacon shortcut on the X fixture');
  await trustedClick(x, button.backendNodeId);
  await x.waitForTimeout(400);
  await x.close();
}

/** Walk onboarding's three steps in `lang` (choosing it on the first screen) and create the vault. */
export async function onboard(
  page: Page,
  lang: Lang,
  opts: { country: string; passphrase: string; shot?: (name: string) => Promise<void> },
): Promise<void> {
  const t = (key: MessageKey) => translate(lang, key);
  // The language select is the one offering Español; pick the language first (the page switches).
  await page.locator('select:has(option[value="es"])').first().selectOption(lang);
  await page.getByRole('heading', { name: t('ob.safety.heading') }).waitFor();
  await page.getByLabel(t('ob.country')).selectOption(opts.country);
  await opts.shot?.('onboarding-1-safety');
  await page.getByRole('button', { name: t('ob.continue') }).click();

  const group = (legend: MessageKey) => page.getByRole('group', { name: t(legend) });
  await group('ob.role.legend').getByLabel(t('ob.role.parent')).check();
  await group('ob.age.legend').getByLabel(t('ob.age.minor')).check();
  await group('ob.sextortion.legend').getByLabel(t('ob.no')).check();
  await group('ob.danger.legend').getByLabel(t('ob.no')).check();
  await opts.shot?.('onboarding-2-about');
  await page.getByRole('button', { name: t('ob.continue') }).click();

  await page.getByLabel(t('ob.pass.label'), { exact: true }).fill(opts.passphrase);
  await page.getByLabel(t('ob.pass.confirm'), { exact: true }).fill(opts.passphrase);
  await page.getByLabel(t('ob.pass.ack')).check();
  await opts.shot?.('onboarding-3-passphrase');
  await page.getByRole('button', { name: t('ob.create') }).click();
  await page.getByRole('navigation', { name: t('ws.nav.label') }).waitFor({ timeout: 30_000 });
}

/**
 * Walk the workspace in one language and write `<lang>-ws-<nn>-<state>.png` files. Onboarding is
 * shot only when this profile has no vault yet. With a directory instead of a language (the
 * demo's call), it runs English and French, each in a fresh profile with one captured post.
 */
export async function screenshotWorkspace(
  beacon: Beacon,
  langOrOutDir: Lang | string = 'en',
  opts: ShotOptions = {},
): Promise<string[]> {
  if (!(LANGS as readonly string[]).includes(langOrOutDir)) {
    const outDir = join(langOrOutDir, 'screens');
    const files: string[] = [];
    for (const lang of ['en', 'fr'] as const) {
      const fresh = await launchBeacon();
      try {
        await captureXPost(fresh);
        files.push(...(await screenshotWorkspace(fresh, lang, { ...opts, outDir })));
      } finally {
        await fresh.close();
      }
    }
    return files;
  }

  const lang = langOrOutDir as Lang;
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(lang, key, params);
  const outDir = opts.outDir ?? 'demo-output/screens';
  const passphrase = opts.passphrase ?? DEMO_PASSPHRASE;
  mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  let n = 0;

  const page = await beacon.openExtensionPage('workspace.html#/home');
  await page.setViewportSize({ width: 1280, height: 900 });
  const shot = async (name: string, target: Page = page) => {
    await target.waitForTimeout(250);
    // Full-page shots of a scrolled page misplace the sticky header: start from the top.
    await target.evaluate(() => window.scrollTo(0, 0));
    await opts.onState?.(target, `${lang} ${name}`);
    n += 1;
    const file = join(outDir, `${lang}-ws-${String(n).padStart(2, '0')}-${name}.png`);
    await target.screenshot({ path: file, fullPage: true });
    files.push(file);
  };

  let status = await ask<VaultStatusLike>(page, 'vaultStatus');
  if (!status.exists) {
    await page.locator('select:has(option[value="es"])').first().waitFor();
    await onboard(page, lang, {
      country: opts.country ?? DEFAULT_COUNTRY[lang],
      passphrase,
      shot,
    });
  } else {
    await ask(page, 'updateSettings', { lang });
    await page.reload();
    status = await ask<VaultStatusLike>(page, 'vaultStatus');
    if (!status.unlocked) {
      await page.getByLabel(t('unlock.label')).fill(passphrase);
      await page.getByRole('button', { name: t('unlock.submit') }).click();
    }
    await page.getByRole('navigation', { name: t('ws.nav.label') }).waitFor({ timeout: 20_000 });
  }

  for (const view of VIEWS) {
    await page.goto(beacon.extensionUrl(`workspace.html#/${view}`));
    await page.locator('main h1').first().waitFor({ timeout: 15_000 });
    // Lazy screens show "Loading…" first; wait until it is gone.
    await page
      .getByText(t('common.loading'), { exact: true })
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => undefined);
    await shot(view);
  }

  const popup = await beacon.context.newPage();
  await popup.setViewportSize({ width: 360, height: 560 });
  await popup.goto(beacon.extensionUrl('popup.html'));
  await popup.getByTestId('popup-counts').waitFor({ timeout: 10_000 });
  await shot('popup', popup);
  await popup.close();

  // Locked: the unlock screen, then open again.
  await page.goto(beacon.extensionUrl('workspace.html#/home'));
  await page.getByRole('button', { name: t('ws.lock') }).click();
  await page.getByRole('heading', { name: t('unlock.heading') }).waitFor();
  await shot('unlock');
  await page.getByLabel(t('unlock.label')).fill(passphrase);
  await page.getByRole('button', { name: t('unlock.submit') }).click();
  await page.getByRole('navigation', { name: t('ws.nav.label') }).waitFor({ timeout: 20_000 });
  await page.close();
  return files;
}
