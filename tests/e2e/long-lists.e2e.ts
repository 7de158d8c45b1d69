import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseProfile } from '@/lib/case/model';
import { type MessageKey, t as translate } from '@/lib/i18n';
import { toBase64 } from '@/lib/vault/bytes';
import { buildPlainExport } from '@/lib/vault/export';
import { bigCase } from '../bench/big-case';
import { noAxeViolations } from './axe';
import { type Beacon, launchBeacon, okFrom } from './harness';

/**
 * A case with 400 evidence items and 40 reports: the Evidence list and the Timeline are
 * windowed (only rows near the viewport are in the DOM). A keyboard user still walks the whole
 * list with Tab, a screen reader still hears each row's place, and axe finds nothing.
 */
const t = (key: MessageKey, params?: Record<string, string | number>) =>
  translate('en', key, params);
const EVIDENCE = 400;

describe('long case lists (windowed)', () => {
  let beacon: Beacon;
  const kase = bigCase({ evidence: EVIDENCE, reports: 40 });
  beforeAll(async () => {
    beacon = await launchBeacon();
    const setup = await beacon.openExtensionPage('workspace.html');
    await okFrom(setup, 'createVault', {
      passphrase: 'long lists passphrase of some length',
      profile: CaseProfile.parse({
        title: 'First',
        role: 'parent',
        ageAtTime: 'minor',
        country: 'FR',
        languages: ['fr'],
      }),
    });
    const seed = await buildPlainExport({
      cases: [kase],
      schemaVersion: 1,
      files: [],
      createdAt: new Date(),
      appVersion: 'e2e',
    });
    await okFrom(setup, 'applyImport', { dataBase64: toBase64(seed.zip) });
    await setup.close();
  });
  afterAll(async () => {
    await beacon?.close();
  });

  it('walks the Evidence list with Tab beyond the rows first drawn; each row says its place', async () => {
    const page = await beacon.context.newPage();
    await page.goto(beacon.extensionUrl(`workspace.html#/evidence?case=${kase.id}`));
    const list = page.getByRole('list', { name: t('cw.evidence.listLabel') });
    await list.locator('li').first().waitFor();
    expect(await list.getAttribute('class')).toContain('cw-windowed');
    const drawn = await list.locator('li').count();
    expect(drawn).toBeLessThan(60);
    const places = await list
      .locator('li')
      .evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute('aria-posinset'), r.getAttribute('aria-setsize')]),
      );
    expect(places[0]).toEqual(['1', String(EVIDENCE)]);
    await noAxeViolations(page, 'evidence list, 400 items (windowed)');

    // The keyboard: from the first row's first button, Tab goes through the rows in order, and
    // rows below are drawn as focus reaches them (focus never falls out of the list).
    await list.locator('li').first().getByRole('button').first().focus();
    const placeOfFocus = () =>
      page.evaluate(() => {
        const row = document.activeElement?.closest('li');
        return row ? Number(row.getAttribute('aria-posinset')) : -1;
      });
    let last = await placeOfFocus();
    expect(last).toBe(1);
    const target = drawn + 20;
    for (let presses = 0; last < target && presses < target * 4; presses++) {
      await page.keyboard.press('Tab');
      const now = await placeOfFocus();
      expect(now, 'focus left the list or went back').toBeGreaterThanOrEqual(last);
      last = now;
    }
    expect(last).toBeGreaterThanOrEqual(target);
    // The focused row is on screen, and the rows first drawn have left the DOM.
    const inView = await page.evaluate(() => {
      const box = document.activeElement?.getBoundingClientRect();
      return box ? box.top >= 0 && box.bottom <= window.innerHeight : false;
    });
    expect(inView).toBe(true);
    expect(await list.locator('li[aria-posinset="1"]').count()).toBe(0);
    await noAxeViolations(page, 'evidence list after tabbing down');
    // Enter on that row's Open button opens that very item.
    const openText = t('cw.evidence.open');
    for (let k = 0; k < 3; k++) {
      const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (text === openText) break;
      await page.keyboard.press('Tab');
    }
    const row = await placeOfFocus();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(openText);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: t('cw.evidence.backToList') }).waitFor();
    // Rows are sorted newest first: the item at place `row` is the one shown.
    const shown = kase.evidence[EVIDENCE - row];
    await page
      .getByText(shown?.url ?? 'missing', { exact: true })
      .first()
      .waitFor();
    await page.close();
  });

  it('draws the Timeline windowed, rows with their place, axe clean', async () => {
    const page = await beacon.context.newPage();
    await page.goto(beacon.extensionUrl(`workspace.html#/timeline?case=${kase.id}`));
    const list = page.getByRole('list', { name: t('cw.timeline.listLabel') });
    await list.locator('li').first().waitFor();
    expect(await list.getAttribute('class')).toContain('cw-windowed');
    const total = await list.locator('li').first().getAttribute('aria-setsize');
    // The case created, each item added, each report sent.
    expect(Number(total)).toBeGreaterThan(EVIDENCE);
    expect(await list.locator('li').count()).toBeLessThan(80);
    await noAxeViolations(page, 'timeline, 400 items (windowed)');
    // Scrolled to the end, the last entries are drawn, in order, with their place.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await list.locator(`li[aria-posinset="${total}"]`).waitFor();
    await noAxeViolations(page, 'timeline scrolled to the end');
    await page.close();
  });
});
