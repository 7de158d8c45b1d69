import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routesFor } from '@/lib/directory';
import { type Lang, type MessageKey, t as translate } from '@/lib/i18n';
import { noAxeViolations } from './axe';
import { applyOps, messagePage, sendMessage } from './casefile-helpers';
import { type Beacon, inWorker, launchBeacon } from './harness';

/**
 * After a refusal, in the built extension: a minor's case whose passport was sent with a report
 * to X. In Spanish (Mexico) and French: the report is marked refused with "the platform ignored
 * the proof of age" → the hotline comes first, saying why → the appeal text names the proof →
 * copy → the hotline text is in the same language. In English (US): the TAKE IT DOWN request
 * with the contact filled shows nothing missing, and its Spanish reader's version shows when
 * the UI is Spanish. Every state is checked with axe.
 */

const PERMALINK = 'https://x.com/seller/status/1800000000000000001';
const REFERENCE = 'X-CSE-0012345';
const TARGET_NAME = 'X — child sexual exploitation form';

const PROOF_LINE: Record<Lang, string> = {
  en: 'A passport: sent to X on 2026-03-01 (ref. X-CSE-0012345); available on request.',
  fr: 'Un passeport : envoyé à X le 2026-03-01 (réf. X-CSE-0012345) ; disponible sur demande.',
  es: 'Un pasaporte: enviado a X el 2026-03-01 (ref. X-CSE-0012345); disponible si lo piden.',
};
const HOTLINE_INTRO: Record<Lang, string> = {
  en: 'Summary of a report, prepared with Beacon.',
  fr: 'Résumé d’un signalement, préparé avec Beacon.',
  es: 'Resumen de una denuncia, preparado con Beacon.',
};

async function seed(
  beacon: Beacon,
  lang: Lang,
  country: string,
  status: 'sent' | 'refused',
): Promise<Page> {
  const page = await messagePage(beacon);
  const created = await sendMessage<{ settings: { currentCaseId?: string } }>(page, 'createVault', {
    passphrase: 'calm river lantern 42',
    profile: {
      title: 'Case',
      role: 'parent',
      ageAtTime: 'minor',
      country,
      languages: [lang],
      contact: { name: 'Dana Example', email: 'dana@example.org' },
    },
    settings: { lang, country },
  });
  const caseId = created.settings.currentCaseId!;
  await applyOps(page, caseId, [
    {
      op: 'addEvidence',
      id: 'ev-1',
      fields: {
        kind: 'post',
        platform: 'x',
        url: PERMALINK,
        author: { handle: '@seller', profileUrl: 'https://x.com/seller' },
      },
    },
    {
      op: 'addReport',
      id: 'rp-1',
      fields: {
        channel: 'platform-form',
        target: 'x-cse-form',
        platform: 'x',
        targetName: TARGET_NAME,
        sentAt: '2026-03-01T10:00:00.000Z',
        reference: REFERENCE,
        status: 'sent',
        evidenceIds: ['ev-1'],
      },
    },
    {
      op: 'addProof',
      id: 'pf-1',
      fields: { type: 'passport', label: 'Passport', sentWith: ['rp-1'] },
    },
    ...(status === 'refused'
      ? [{ op: 'setReportStatus' as const, id: 'rp-1', status: 'refused' as const }]
      : []),
  ]);
  return page;
}

const RUNS = [
  { lang: 'es' as const, locale: 'es-MX', country: 'MX' },
  { lang: 'fr' as const, locale: 'fr-FR', country: 'FR' },
];

describe.each(RUNS)('after a refusal in $lang ($country)', ({ lang, locale, country }) => {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(lang, key as MessageKey, params);
  let beacon: Beacon;
  let ws: Page;

  beforeAll(async () => {
    beacon = await launchBeacon({ locale });
    await seed(beacon, lang, country, 'sent');
    ws = await beacon.openExtensionPage('workspace.html#/reports');
  });
  afterAll(async () => {
    await beacon?.close();
  });

  it('marks the report refused with "the platform ignored the proof of age"', async () => {
    const edit = ws.getByRole('button', { name: t('cw.reports.editLabel', { name: TARGET_NAME }) });
    await expect.poll(() => edit.count(), { timeout: 20_000 }).toBe(1);
    await edit.click();
    await ws.getByLabel(t('cw.reports.status'), { exact: true }).selectOption('refused');
    const reason = ws.getByLabel(t('notices.refusal.label'));
    await expect.poll(() => reason.count()).toBe(1);
    await reason.selectOption('proof-ignored');
    await noAxeViolations(ws, 'report form with the refusal reason');
    await ws.getByRole('button', { name: t('common.save') }).click();
    await expect.poll(() => ws.locator('#report-form-title').count()).toBe(0);
  });

  it('puts the hotline first, saying why, and the appeal text names the proof', async () => {
    await ws.goto(ws.url().replace(/#.*$/, '#/next'));
    await expect
      .poll(() => ws.locator('li.cw-step').count(), { timeout: 20_000 })
      .toBeGreaterThan(2);
    const hotline = routesFor(country)!.hotlines[0]!;
    const first = ws.locator('li.cw-step').first();
    expect(await first.getAttribute('data-step-id')).toBe(`hotline:${hotline}`);
    const lead = t('steps.proofIgnored').split('{answered}')[0]!.replace('{platform}', 'X');
    expect(await first.textContent()).toContain(lead.trim());
    await noAxeViolations(ws, 'next steps after ignored proof');

    const appeal = ws.locator(
      '[data-step-id="appeal:x:rp-1"], [data-step-id="dsa-complaint:x:rp-1"]',
    );
    await expect.poll(() => appeal.count()).toBe(1);
    await appeal.locator('summary').click();
    const text = await appeal.locator('textarea').first().inputValue();
    expect(text).toContain(PROOF_LINE[lang]);
    expect(text).toContain(PERMALINK);
    await noAxeViolations(ws, 'appeal notice open');
    await appeal.getByRole('button', { name: t('cw.notice.copy') }).click();
    await expect.poll(() => ws.evaluate(() => navigator.clipboard.readText())).toBe(text);

    const summary = await first.locator('textarea').first().inputValue();
    expect(summary).toContain(HOTLINE_INTRO[lang]);
    expect(summary).toContain(PROOF_LINE[lang]);
  });

  it('keeps the user’s own sentence with the case, and goes back to the prepared text', async () => {
    const appeal = ws.locator(
      '[data-step-id="appeal:x:rp-1"], [data-step-id="dsa-complaint:x:rp-1"]',
    );
    const box = appeal.locator('textarea').first();
    const prepared = await box.inputValue();
    await box.fill(`${prepared}\nMy own sentence.`);
    await box.blur();
    await expect.poll(() => appeal.getByText(t('notices.edit.saved')).count()).toBe(1);
    await noAxeViolations(ws, 'appeal notice edited');
    // The edit is kept with the case, encrypted: never in clear in storage.local.
    const stored = await inWorker(beacon, async () =>
      JSON.stringify(
        await (
          globalThis as unknown as {
            chrome: { storage: { local: { get(k: null): Promise<unknown> } } };
          }
        ).chrome.storage.local.get(null),
      ),
    );
    expect(stored.length).toBeGreaterThan(100);
    expect(stored).not.toContain('My own sentence');
    await ws.reload();
    await expect.poll(() => appeal.count(), { timeout: 20_000 }).toBe(1);
    await appeal.locator('summary').click();
    expect(await appeal.locator('textarea').first().inputValue()).toContain('My own sentence.');
    await appeal.getByRole('button', { name: t('notices.edit.reset') }).click();
    await expect.poll(() => appeal.locator('textarea').first().inputValue()).toBe(prepared);
  });
});

describe('the TAKE IT DOWN request in the US', () => {
  let beacon: Beacon;
  let ws: Page;
  let talk: Page;
  beforeAll(async () => {
    beacon = await launchBeacon({ locale: 'en-US' });
    talk = await seed(beacon, 'en', 'US', 'refused');
    ws = await beacon.openExtensionPage('workspace.html#/next');
  });
  afterAll(async () => {
    await beacon?.close();
  });

  const step = () => ws.locator('[data-step-id="legal-notice:take-it-down-act:x"]');

  it('with the contact filled, shows nothing missing', async () => {
    await expect.poll(() => step().count(), { timeout: 20_000 }).toBe(1);
    await step().locator('summary').click();
    expect(await step().getByTestId('notice-complete').count()).toBe(1);
    expect(await step().getByTestId('notice-missing').count()).toBe(0);
    expect(await step().locator('textarea').first().inputValue()).toContain('within 48 hours');
    await noAxeViolations(ws, 'TAKE IT DOWN request (en)');
  });

  it('shows the Spanish reader’s version when the UI is Spanish', async () => {
    await sendMessage(talk, 'updateSettings', { lang: 'es' });
    await ws.reload();
    await expect.poll(() => step().count(), { timeout: 20_000 }).toBe(1);
    await step().locator('summary').click();
    const es = (key: string) => translate('es', key as MessageKey);
    expect(await step().getByText(es('notices.reader.heading')).count()).toBe(1);
    const boxes = step().locator('textarea');
    expect(await boxes.first().inputValue()).toContain('within 48 hours');
    expect(await boxes.nth(1).inputValue()).toContain('en las 48 horas siguientes');
    expect(await step().getByTestId('notice-complete').count()).toBe(1);
    await noAxeViolations(ws, 'TAKE IT DOWN request with the Spanish reader’s version');
  });
});
