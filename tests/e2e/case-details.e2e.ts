import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MessageKey, t as translate } from '@/lib/i18n';
import { noAxeViolations } from './axe';
import { type Beacon, launchBeacon } from './harness';
import { ask, onboard } from './screens';

/**
 * A family corrects and completes its case: details, contact, deleting with undo, a second case
 * with its own country, and each case file holding only its own items.
 */
const t = (key: MessageKey, params?: Record<string, string | number>) =>
  translate('en', key, params);
const PASS = 'amber lantern river seven';

async function noSidewaysScroll(page: import('playwright-core').Page, state: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${state} is ${overflow}px wider than the window`).toBeLessThanOrEqual(0);
}

describe('case details, delete with undo, several cases', () => {
  let beacon: Beacon;
  beforeAll(async () => {
    beacon = await launchBeacon();
    const ws = await beacon.openExtensionPage('workspace.html');
    await onboard(ws, 'en', { country: 'FR', passphrase: PASS });
    await ws.close();
  });
  afterAll(async () => {
    await beacon?.close();
  });

  it('renames the case, moves it FR → BE (next steps change), fills the contact', async () => {
    const page = await beacon.context.newPage();
    await page.setViewportSize({ width: 640, height: 900 });
    await page.goto(beacon.extensionUrl('workspace.html#/next'));
    await page.getByRole('heading', { level: 1, name: t('cw.steps.title') }).waitFor();
    const stepsBefore = await page.locator('.cw-list h2, .cw-list h3').allTextContents();

    await page.getByRole('link', { name: t('case.details.open') }).click();
    await page.getByRole('heading', { level: 1, name: t('case.details.title') }).waitFor();
    await noAxeViolations(page, 'case details (640px)');
    await noSidewaysScroll(page, 'case details');

    // Hostile input is refused with a message and nothing is lost.
    await page.getByLabel(t('case.details.caseTitle')).fill('Family A\u202E');
    await page.getByRole('button', { name: t('case.details.save') }).click();
    await page.getByText(t('case.err.bidi')).waitFor();

    await page.getByLabel(t('case.details.caseTitle')).fill('Family A');
    await page.getByLabel(t('ob.country')).selectOption('BE');
    await page.getByLabel(t('case.details.name')).fill('Robin Parent');
    await page.getByLabel(t('case.details.email')).fill('robin@example.org');
    await page.getByLabel(t('case.details.phone')).fill('+32 2 555 01 99');
    await page.getByLabel(t('case.details.address')).fill('1 Rue de la Loi\n1000 Brussels');
    await page.getByRole('button', { name: t('case.details.save') }).click();
    await page.getByText(t('case.details.saved')).waitFor();

    const cases = await ask<Array<{ id: string; title: string }>>(page, 'listCases');
    const kase = await ask<{
      profile: { country: string; title: string; contact: Record<string, string> };
    }>(page, 'getCase', { id: cases[0]?.id });
    expect(kase.profile).toMatchObject({
      title: 'Family A',
      country: 'BE',
      contact: { name: 'Robin Parent', email: 'robin@example.org' },
    });

    await page.getByRole('link', { name: t('ws.nav.next') }).click();
    await page.getByRole('heading', { level: 1, name: t('cw.steps.title') }).waitFor();
    const stepsAfter = await page.locator('.cw-list h2, .cw-list h3').allTextContents();
    expect(stepsAfter).not.toEqual(stepsBefore);

    await page.getByRole('link', { name: t('ws.nav.timeline') }).click();
    await page.getByText(/Details changed: .*country FR → BE/).waitFor();
    await page.close();
  });

  it('deletes an evidence item, undoes, deletes again; the timeline keeps a line', async () => {
    const page = await beacon.context.newPage();
    await page.goto(beacon.extensionUrl('workspace.html#/evidence'));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const [summary] = await ask<Array<{ id: string }>>(page, 'listCases');
    await ask(page, 'updateCase', {
      id: summary?.id,
      op: {
        op: 'addEvidence',
        fields: {
          kind: 'account',
          platform: 'instagram',
          url: 'https://www.instagram.com/only_in_a/',
        },
      },
    });
    await page.reload();
    // The row's Open button (each row also has the removal watch's Check now).
    const open = page
      .getByRole('button', { name: new RegExp(`^${t('cw.evidence.open')}`) })
      .first();
    await open.click();
    await page.getByRole('button', { name: t('case.del.evidence') }).click();
    await page.getByText(t('case.del.pending.evidence')).waitFor();
    await noAxeViolations(page, 'undo bar');
    await page.getByRole('button', { name: t('case.del.undo') }).click();
    await page.getByText('https://www.instagram.com/only_in_a/').first().waitFor();

    await page
      .getByRole('button', { name: new RegExp(`^${t('cw.evidence.open')}`) })
      .first()
      .click();
    await page.getByRole('button', { name: t('case.del.evidence') }).click();
    // The delete is final once the undo window has passed.
    await expect
      .poll(
        async () =>
          (await ask<{ evidence: unknown[] }>(page, 'getCase', { id: summary?.id })).evidence
            .length,
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(0);
    await page.getByRole('link', { name: t('ws.nav.timeline') }).click();
    await page.getByText(/An evidence item was deleted \(instagram/).waitFor();
    await page.close();
  });

  it('a second case gets its own country; each case file holds only its own items', async () => {
    const page = await beacon.context.newPage();
    await page.setViewportSize({ width: 640, height: 900 });
    await page.goto(beacon.extensionUrl('workspace.html#/settings'));
    await page.getByRole('button', { name: t('case.list.new') }).click();
    await page.getByRole('heading', { name: t('case.new.title') }).waitFor();
    await noAxeViolations(page, 'new case form (640px)');
    await noSidewaysScroll(page, 'new case form');
    // Nothing is copied from the open case: the form is blank and a missing country is an error.
    expect(await page.getByLabel(t('case.details.name')).inputValue()).toBe('');
    await page.getByLabel(t('case.details.caseTitle')).fill('Family B');
    await page
      .getByRole('group', { name: t('ob.role.legend') })
      .getByLabel(t('ob.role.advocate'))
      .check();
    await page
      .getByRole('group', { name: t('ob.age.legend') })
      .getByLabel(t('ob.age.minor'))
      .check();
    await page.getByLabel(t('ob.country')).selectOption('US');
    await page.getByRole('button', { name: t('case.new.create') }).click();
    await page
      .getByText(t('case.new.created', { title: 'Family B' }))
      .first()
      .waitFor();

    const cases = await ask<Array<{ id: string; title: string }>>(page, 'listCases');
    const a = cases.find((c) => c.title === 'Family A');
    const b = cases.find((c) => c.title === 'Family B');
    expect(a && b).toBeTruthy();
    const caseB = await ask<{ profile: { country: string; contact: object } }>(page, 'getCase', {
      id: b?.id,
    });
    expect(caseB.profile.country).toBe('US');
    expect(caseB.profile.contact).toEqual({});
    await ask(page, 'updateCase', {
      id: b?.id,
      op: {
        op: 'addEvidence',
        fields: { kind: 'account', platform: 'tiktok', url: 'https://www.tiktok.com/@only_in_b' },
      },
    });
    await ask(page, 'updateCase', {
      id: a?.id,
      op: {
        op: 'addEvidence',
        fields: { kind: 'account', platform: 'x', url: 'https://x.com/only_in_a_again' },
      },
    });
    await noAxeViolations(page, 'cases list (640px)');

    // Switch back and forth from the list.
    // The open case has no "Open" button; the other one has.
    const openA = page.getByRole('button', { name: t('case.list.switch', { title: 'Family A' }) });
    const openB = page.getByRole('button', { name: t('case.list.switch', { title: 'Family B' }) });
    await openA.click();
    await openB.waitFor();
    expect(await openA.count()).toBe(0);
    await openB.click();
    await openA.waitFor();
    expect(await openB.count()).toBe(0);

    for (const [id, mine, theirs] of [
      [a?.id, 'only_in_a_again', 'only_in_b'],
      [b?.id, 'only_in_b', 'only_in_a_again'],
    ] as const) {
      const file = await beacon.context.newPage();
      await file.goto(beacon.extensionUrl(`casefile.html?case=${id}`));
      const doc = file.getByTestId('casefile-document');
      await doc.waitFor({ timeout: 20_000 });
      const text = (await doc.textContent()) ?? '';
      expect(text).toContain(mine);
      expect(text).not.toContain(theirs);
      await file.close();
    }
    await page.close();
  });
});
