import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byId, routesFor } from '@/lib/directory';
import { type Lang, type MessageKey, t as translate } from '@/lib/i18n';
import { feed as feedEn } from '@/lib/i18n/catalog/feed.en';
import { feed as feedEs } from '@/lib/i18n/catalog/feed.es';
import { feed as feedFr } from '@/lib/i18n/catalog/feed.fr';
import { noAxeViolations } from './axe';
import { pdfPages, printToPdf, squash } from './casefile-helpers';
import {
  type Beacon,
  extensionRequests,
  fixture,
  launchBeacon,
  pageWith,
  pierceQuery,
  trustedClick,
} from './harness';

/**
 * The whole path as a new user walks it, in the built extension: onboarding →
 * capture on a routed X page → see it in the case → log the platform report with a reference →
 * "They refused" → next steps → open the hotline → case file PDF, in English (US), French (FR)
 * and Spanish (MX). Every screen and state visited is checked
 * with axe-core, and each casework screen is written to demo-output/screens/<lang>-<name>.png.
 */

const SHOTS = 'demo-output/screens';
// Read from tests/fixtures/platforms/x/x-tweet-quote.html: the post's own status link and its
// image (the quoted post's media address).
const PERMALINK = 'https://x.com/TestQuoter/status/1983130065320780162';
const REFERENCE = 'X-CSE-0012345';

const RUNS: { lang: Lang; locale: string; country: string }[] = [
  { lang: 'en' as const, locale: 'en-US', country: 'US' },
  { lang: 'fr' as const, locale: 'fr-FR', country: 'FR' },
  { lang: 'es' as const, locale: 'es-MX', country: 'MX' },
  // BEACON_PATH_LANGS=fr runs one language while working on it.
].filter((r) => !process.env.BEACON_PATH_LANGS || process.env.BEACON_PATH_LANGS.includes(r.lang));

describe.each(RUNS)('the whole path in $lang', ({ lang, locale, country }) => {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(lang, key as MessageKey, params);
  let beacon: Beacon;
  let ws: Page;
  const shot = async (name: string) => {
    mkdirSync(SHOTS, { recursive: true });
    // Full-page shots with the sticky header: start from the top with nothing focused.
    await ws.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await ws.screenshot({ path: join(SHOTS, `${lang}-${name}.png`), fullPage: true });
  };
  const heading = (key: string) => ws.getByRole('heading', { level: 1, name: t(key) });
  // Each evidence row has "Check now" (the removal watch) and "Open": open the item.
  const openFirstEvidence = () =>
    ws
      .locator('.cw-item')
      .first()
      .getByRole('button')
      .filter({ hasText: new RegExp(`^${t('cw.evidence.open')}$`) })
      .click();

  beforeAll(async () => {
    beacon = await launchBeacon({ locale });
    await beacon.serveHost('https://x.com', {
      '/home': pageWith(fixture('platforms/x/x-tweet-quote.html'), 'Home / X'),
    });
  });
  afterAll(async () => {
    await beacon?.close();
  });

  it('onboards a new user through the three onboarding screens', async () => {
    ws = await beacon.openExtensionPage('workspace.html#/onboarding');
    await expect.poll(() => ws.getByLabel(t('ob.country')).count(), { timeout: 10_000 }).toBe(1);
    await noAxeViolations(ws, 'onboarding 1');
    await ws.getByLabel(t('ob.country')).selectOption(country);
    await ws.getByLabel(t('ob.language')).selectOption(lang);
    await ws.getByRole('button', { name: t('ob.continue') }).click();

    await ws
      .getByRole('group', { name: t('ob.role.legend') })
      .getByLabel(t('ob.role.parent'))
      .check();
    await ws
      .getByRole('group', { name: t('ob.age.legend') })
      .getByLabel(t('ob.age.minor'))
      .check();
    await ws
      .getByRole('group', { name: t('ob.sextortion.legend') })
      .getByLabel(t('ob.no'))
      .check();
    await ws
      .getByRole('group', { name: t('ob.danger.legend') })
      .getByLabel(t('ob.no'))
      .check();
    await noAxeViolations(ws, 'onboarding 2');
    await ws.getByRole('button', { name: t('ob.continue') }).click();

    const passphrase = 'calm river lantern 42';
    await ws.getByLabel(t('ob.pass.label'), { exact: true }).fill(passphrase);
    await ws.getByLabel(t('ob.pass.confirm'), { exact: true }).fill(passphrase);
    await ws.getByLabel(t('ob.pass.ack')).check();
    await noAxeViolations(ws, 'onboarding 3');
    await ws.getByRole('button', { name: t('ob.create') }).click();

    await expect.poll(() => heading('cw.home.title').count(), { timeout: 20_000 }).toBe(1);
    expect(await ws.locator('html').getAttribute('lang')).toBe(lang);
    await noAxeViolations(ws, 'home (new case)');
    expect(await ws.getByText(t('cw.home.progress', { done: 0, total: 5 })).count()).toBe(1);
    await shot('home-new');
  });

  it('captures a post on a routed X page with a real click on the Beacon shortcut', async () => {
    const x = await beacon.context.newPage();
    await x.goto('https://x.com/home');
    await expect
      .poll(() => x.locator('beacon-shortcut').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    // The feed has its own small catalog (the content script bundles only it).
    const labels = new Set([feedEn, feedFr, feedEs].map((c) => c['feed.shortcut.post']));
    const find = () =>
      pierceQuery(
        x,
        (n) => n.nodeName === 'button' && labels.has(n.attributes['aria-label'] ?? ''),
      );
    await expect.poll(async () => (await find()).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const [button] = await find();
    await trustedClick(x, (button as { backendNodeId: number }).backendNodeId);
    await x.waitForTimeout(300);
    await x.close();
  });

  it('shows the capture in Evidence: addresses as text, no image loaded', async () => {
    await ws.bringToFront();
    await ws.goto(beacon.extensionUrl('workspace.html#/evidence'));
    await expect.poll(() => heading('cw.evidence.title').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => ws.getByText(PERMALINK).count(), { timeout: 10_000 }).toBe(1);
    await noAxeViolations(ws, 'evidence list');
    await shot('evidence-list');

    await openFirstEvidence();
    await expect.poll(() => ws.locator('#evidence-detail-title').count()).toBe(1);
    const media = ws.getByTestId('media-address');
    expect(await media.count()).toBeGreaterThan(0);
    // Addresses are <code> text: never an <img>, never a link.
    expect(await ws.locator('img').count()).toBe(0);
    expect(await ws.locator('a[href*="twimg.com"]').count()).toBe(0);
    expect(await ws.getByText(t('cw.evidence.mediaRule')).count()).toBe(1);
    await noAxeViolations(ws, 'evidence detail');
    await shot('evidence-detail');
  });

  it('adds a message by hand, with a clear message when the description is missing', async () => {
    await ws.getByRole('button', { name: t('cw.evidence.backToList') }).click();
    await ws.getByRole('button', { name: t('cw.evidence.add') }).click();
    await ws.getByLabel(t('cw.evidence.kind')).selectOption('message');
    await ws.getByLabel(t('cw.evidence.platform')).selectOption('snapchat');
    await ws.getByRole('button', { name: t('cw.evidence.addSave') }).click();
    await expect.poll(() => ws.getByText(t('cw.err.describeMessage')).count()).toBe(1);
    await noAxeViolations(ws, 'evidence form with an error');
    await shot('evidence-add-error');
    await ws.getByLabel(t('cw.evidence.messageText')).fill('Asked for more photos on 2 March.');
    await ws.getByLabel(t('cw.evidence.handle')).fill('@stranger');
    await ws.getByRole('button', { name: t('cw.evidence.addSave') }).click();
    await expect.poll(() => ws.locator('#evidence-detail-title').count()).toBe(1);
    await ws.getByRole('button', { name: t('cw.evidence.backToList') }).click();
    await expect.poll(() => ws.locator('.cw-item').count()).toBe(2);
    // Filter by platform: only the X capture.
    await ws.getByLabel(t('cw.evidence.platform')).selectOption('x');
    await expect.poll(() => ws.locator('.cw-item').count()).toBe(1);
  });

  it('logs the platform report prefilled from the evidence and the directory route', async () => {
    await openFirstEvidence();
    await ws.getByRole('button', { name: t('cw.evidence.reportThis') }).click();
    await ws.waitForURL(/#\/reports/);
    await expect.poll(() => ws.locator('#report-form-title').count()).toBe(1);
    // Under 18: the child-safety form comes first; "what was sent" lists the permalink.
    expect(await ws.getByLabel(t('cw.reports.route')).inputValue()).toBe('x-cse-form');
    expect(await ws.getByLabel(t('cw.reports.whatWasSent')).inputValue()).toContain(PERMALINK);
    expect(await ws.getByTestId('route-url').getAttribute('href')).toBe(
      byId('x-cse-form')?.channel.url,
    );
    await noAxeViolations(ws, 'report form');
    await shot('report-form');
    await ws.getByLabel(t('cw.reports.reference')).fill(REFERENCE);
    await ws.getByRole('button', { name: t('cw.reports.addSave') }).click();
    await expect.poll(() => ws.getByText(REFERENCE).count()).toBe(1);
    await noAxeViolations(ws, 'reports list');
    await shot('reports');
  });

  it('"They refused" leads to next steps, and the hotline step opens its https form', async () => {
    await ws.getByRole('button', { name: t('cw.reports.refused') }).click();
    await ws.waitForURL(/#\/next/);
    await expect.poll(() => heading('cw.steps.title').count()).toBe(1);
    const hotline = routesFor(country)!.hotlines[0]!;
    const step = ws.locator(`[data-step-id="hotline:${hotline}"]`);
    await expect.poll(() => step.count(), { timeout: 10_000 }).toBe(1);
    // The refusal is named with the platform's report date.
    expect(
      await ws
        .getByText(
          t('cw.steps.after', {
            name: byId('x-cse-form')!.name,
            status: t('cw.status.refused'),
          }),
        )
        .count(),
    ).toBe(1);
    await noAxeViolations(ws, 'next steps');
    await shot('next-steps');

    // The hotline package is ready: the summary is open, filled from the case, one click to copy.
    const notice = step.locator('details.cw-notice');
    expect(await notice.getAttribute('open')).not.toBeNull();
    const text = await step.locator('textarea').inputValue();
    expect(text).toContain(PERMALINK);
    expect(text).toContain(REFERENCE);
    await step.getByRole('button', { name: t('cw.notice.copy') }).click();
    await expect.poll(() => ws.evaluate(() => navigator.clipboard.readText())).toBe(text);

    const expected = byId(hotline)!.channel.url!;
    expect(expected).toMatch(/^https:\/\//);
    const link = step.getByTestId('route-url');
    expect(await link.getAttribute('target')).toBe('_blank');
    const [tab] = await Promise.all([beacon.context.waitForEvent('page'), link.click()]);
    await tab.waitForLoadState('domcontentloaded').catch(() => undefined);
    // The harness blocks the network, so the tab shows an error page; the address it was asked
    // to open is the hotline's.
    const asked = beacon.requests.find((r) => r.url.startsWith(expected));
    expect(asked?.url ?? tab.url()).toMatch(
      new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    await tab.close();

    // Marking it done moves it to "Already done".
    await step.getByRole('button', { name: new RegExp(`^${t('cw.steps.markDone')}`) }).click();
    await expect
      .poll(() => ws.locator(`section [data-step-id="hotline:${hotline}"]`).count())
      .toBe(1);
    await noAxeViolations(ws, 'next steps with a step done');
  });

  it('shows progress on the case home, the proof kit and the timeline', async () => {
    await ws.goto(beacon.extensionUrl('workspace.html#/home'));
    await expect.poll(() => heading('cw.home.title').count(), { timeout: 10_000 }).toBe(1);
    // Evidence saved, platform report logged, its answer recorded, hotline step done: 4 of 5
    // (the case file is not opened yet).
    await expect
      .poll(() => ws.getByText(t('cw.home.progress', { done: 4, total: 5 })).count())
      .toBe(1);
    await noAxeViolations(ws, 'home (after refusal)');
    await shot('home');

    await ws.goto(beacon.extensionUrl('workspace.html#/proof'));
    await expect.poll(() => heading('cw.proof.title').count(), { timeout: 10_000 }).toBe(1);
    await noAxeViolations(ws, 'proof kit');
    await shot('proof');
    await ws.getByRole('button', { name: t('cw.proof.add') }).click();
    await ws.getByLabel(t('cw.proof.file')).setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not a proof'),
    });
    await expect.poll(() => ws.getByText(t('cw.err.fileType')).count()).toBe(1);
    await noAxeViolations(ws, 'proof form with a refused file');
    await ws.getByLabel(t('cw.proof.file')).setInputFiles({
      name: 'birth-certificate.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% sample\n'),
    });
    await ws.getByLabel(t('cw.proof.redacted')).check();
    await ws.getByRole('button', { name: t('cw.proof.save') }).click();
    await expect
      .poll(() => ws.getByText(t('cw.proof.fileIs', { name: 'birth-certificate.pdf' })).count(), {
        timeout: 10_000,
      })
      .toBe(1);
    // Record that it went with the platform report.
    await ws
      .getByRole('group', {
        name: t('cw.proof.sentWith', { name: t('cw.proofType.birth-certificate') }),
      })
      .getByRole('checkbox')
      .check();
    await expect
      .poll(() =>
        ws
          .getByRole('group', {
            name: t('cw.proof.sentWith', { name: t('cw.proofType.birth-certificate') }),
          })
          .getByRole('checkbox')
          .isChecked(),
      )
      .toBe(true);
    await noAxeViolations(ws, 'proof list');
    await shot('proof-added');

    await ws.goto(beacon.extensionUrl('workspace.html#/timeline'));
    await expect.poll(() => heading('cw.timeline.title').count(), { timeout: 10_000 }).toBe(1);
    expect(
      await ws
        .getByText(
          t('cw.tl.reportSentRef', { target: byId('x-cse-form')!.name, reference: REFERENCE }),
        )
        .count(),
    ).toBe(1);
    expect(await ws.getByTestId('open-case-file').getAttribute('href')).toMatch(
      /^casefile\.html\?case=[A-Za-z0-9_-]+$/,
    );
    await noAxeViolations(ws, 'timeline');
    await shot('timeline');
  });

  it('goes from the case to a complete PDF in two clicks (case file, then print)', async () => {
    // Click 1: the timeline's case-file button opens the printable file in a new tab.
    const [file] = await Promise.all([
      beacon.context.waitForEvent('page'),
      ws.getByTestId('open-case-file').click(),
    ]);
    await file.getByTestId('casefile-hash').waitFor({ timeout: 20_000 });
    const hash = (await file.getByTestId('casefile-hash').textContent()) ?? '';
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    // Click 2 is the browser's print dialog (window.print): Chromium's page.pdf prints the same
    // document with the same print stylesheet.
    const pages = await pdfPages(await printToPdf(file));
    const text = squash(pages.join('\n'));
    expect(text).toContain(squash(PERMALINK));
    expect(text).toContain(REFERENCE);
    expect(text).toContain(hash);
    await file.close();
  });

  it('made no network request of its own', () => {
    expect(extensionRequests(beacon)).toEqual([]);
    expect(beacon.errors.filter((e) => e.includes('workspace.html'))).toEqual([]);
  });
});
