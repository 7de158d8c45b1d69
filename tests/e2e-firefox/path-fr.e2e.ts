import type { Page } from 'puppeteer-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byId, routesFor } from '@/lib/directory';
import { type MessageKey, t as translate } from '@/lib/i18n';
import {
  cardDialogs,
  clickShortcut,
  contextOf,
  extensionRequests,
  type FirefoxBeacon,
  fixture,
  launchFirefox,
  networkAttempts,
  okFrom,
  pageWith,
} from './harness';

/**
 * The whole path in French (France) in Firefox, through the workspace's own buttons: a capture
 * on X with a real click → the evidence → log the platform report with its reference → "Ils
 * ont refusé" → next steps with the hotline's prepared notice → the case file printed to PDF by
 * Firefox (BiDi browsingContext.print), whose text holds the permalink and the integrity hash.
 */
const t = (key: string, params?: Record<string, string | number>) =>
  translate('fr', key as MessageKey, params);
// Read from tests/fixtures/platforms/x/x-tweet-quote.html (the post's own status link).
const PERMALINK = 'https://x.com/TestQuoter/status/1983130065320780162';
const REFERENCE = 'X-CSE-0098765';

/** Click the first `selector` element whose text (trimmed) is `text`, with a trusted click. */
async function clickText(page: Page, selector: string, text: string): Promise<void> {
  const handle = await page.waitForFunction(
    (sel: string, want: string) =>
      [...document.querySelectorAll<HTMLElement>(sel)].find(
        (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim() === want,
      ) ?? null,
    { timeout: 10_000 },
    selector,
    text,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`no ${selector} "${text}"`);
  await (element as unknown as { click(): Promise<void> }).click();
}

/** Type into the control a <label> with this text names (as a keyboard user would). */
async function typeInto(page: Page, label: string, value: string): Promise<void> {
  const focused = await page.evaluate((want: string) => {
    const found = [...document.querySelectorAll('label')].find((l) =>
      (l.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(want),
    );
    const control = found?.control as HTMLInputElement | null | undefined;
    if (!control) return false;
    control.focus();
    control.select?.();
    return true;
  }, label);
  if (!focused) throw new Error(`no control labelled "${label}"`);
  await page.keyboard.type(value);
}

const hasHeading = (page: Page, text: string) =>
  page.evaluate(
    (want: string) =>
      [...document.querySelectorAll('h1')].some((h) => (h.textContent ?? '').trim() === want),
    text,
  );

describe('Firefox: the whole path in French', () => {
  let beacon: FirefoxBeacon;
  let ws: Page;
  let caseId = '';

  beforeAll(async () => {
    beacon = await launchFirefox();
  });
  afterAll(async () => {
    await beacon?.close();
  });

  it('a French vault for a minor in France, then a real click captures on X', async () => {
    ws = await beacon.openExtensionPage('workspace.html', 'main');
    const status = await okFrom<{ settings: { currentCaseId?: string } }>(ws, 'createVault', {
      passphrase: 'lanterne calme rivière 42',
      profile: {
        title: 'Photos partagées sur X',
        role: 'parent',
        ageAtTime: 'minor',
        country: 'FR',
        languages: ['fr'],
      },
      settings: { lang: 'fr' },
    });
    caseId = status.settings.currentCaseId ?? '';
    expect(caseId).not.toBe('');

    const x = await beacon.openSite('https://x.com/home', {
      '/home': pageWith(fixture('platforms/x/x-tweet-quote.html'), 'Accueil / X'),
    });
    await expect
      .poll(() => x.evaluate(() => document.querySelectorAll('beacon-shortcut').length), {
        timeout: 10_000,
      })
      .toBe(1);
    await clickShortcut(beacon, x, 0);
    await expect.poll(async () => (await cardDialogs(beacon, x)).length).toBe(1);
    // The card answers in the vault's language once the capture is saved in the case.
    const [card] = await cardDialogs(beacon, x);
    expect(card?.text).toContain('1983130065320780162');
    await x.close();
  });

  it('logs the platform report from the evidence, then "Ils ont refusé" opens next steps', async () => {
    await ws.bringToFront();
    await beacon.gotoExtensionPage(ws, 'workspace.html#/evidence', '.cw-item button');
    expect(await hasHeading(ws, t('cw.evidence.title'))).toBe(true);
    expect(await ws.evaluate(() => document.body.textContent)).toContain(PERMALINK);
    // Addresses are text: no image, no media link.
    expect(await ws.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    // The row's Open button (each row also has the removal watch's Check now).
    await clickText(ws, '.cw-item button', t('cw.evidence.open'));
    await clickText(ws, 'button', t('cw.evidence.reportThis'));
    await ws.waitForSelector('#report-form-title', { timeout: 10_000 });
    await typeInto(ws, t('cw.reports.reference'), REFERENCE);
    await clickText(ws, 'button', t('cw.reports.addSave'));
    await ws.waitForFunction(
      (ref: string) => document.body.textContent?.includes(ref) ?? false,
      { timeout: 10_000 },
      REFERENCE,
    );
    await clickText(ws, 'button', t('cw.reports.refused'));
    await ws.waitForFunction(() => location.hash.startsWith('#/next'), { timeout: 10_000 });
    await expect.poll(() => hasHeading(ws, t('cw.steps.title'))).toBe(true);

    const hotline = routesFor('FR')?.hotlines[0] as string;
    expect(byId(hotline)?.channel.url).toMatch(/^https:\/\//);
    const notice = await ws.waitForFunction(
      (id: string) =>
        document.querySelector<HTMLTextAreaElement>(`[data-step-id="hotline:${id}"] textarea`)
          ?.value ?? null,
      { timeout: 10_000 },
      hotline,
    );
    const text = (await notice.jsonValue()) as string;
    expect(text).toContain(PERMALINK);
    expect(text).toContain(REFERENCE);
    const kase = await okFrom<{ reports: Array<{ status: string; reference?: string }> }>(
      ws,
      'getCase',
      { id: caseId },
    );
    expect(kase.reports).toMatchObject([{ status: 'refused', reference: REFERENCE }]);
  });

  it('prints the case file to PDF in Firefox: permalink, reference and hash in the text', async () => {
    const file = await beacon.openExtensionPage(
      `casefile.html?case=${caseId}&lang=fr`,
      'main[data-ready="true"] [data-testid="casefile-hash"]',
    );
    const hash = await file.evaluate(
      () => document.querySelector('[data-testid="casefile-hash"]')?.textContent?.trim() ?? '',
    );
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const printed = (await beacon.connection.send('browsingContext.print', {
      context: contextOf(file),
      background: true,
    })) as { result: { data: string } };
    const bytes = new Uint8Array(Buffer.from(printed.result.data, 'base64'));
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    const squashed = (text as string).replace(/\s+/g, '');
    expect(squashed).toContain(PERMALINK);
    expect(squashed).toContain(REFERENCE);
    expect(squashed).toContain(hash);
    expect(await file.evaluate(() => document.documentElement.lang)).toBe('fr');
    await file.close();
  });

  it('made no network request of its own', () => {
    expect(extensionRequests(beacon)).toEqual([]);
    expect(networkAttempts(beacon)).toEqual([]);
  });
});
