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

  it('renames the case, moves it FR → BE (next steps change)', async () => {
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
    await page.getByRole('button', { name: t('case.details.save') }).click();
    await page.getByText(t('case.details.saved')).waitFor();

    const cases = await ask<Array<{ id: string; title: string }>>(page, 'listCases');
    const kase = await ask<{ profile: { country: string; title: string } }>(page, 'getCase', {
      id: cases[0]?.id,
    });
    expect(kase.profile).toMatchObject({ title: 'Family A', country: 'BE' });

    await page.getByRole('link', { name: t('ws.nav.next') }).click();
    await page.getByRole('heading', { level: 1, name: t('cw.steps.title') }).waitFor();
    const stepsAfter = await page.locator('.cw-list h2, .cw-list h3').allTextContents();
    expect(stepsAfter).not.toEqual(stepsBefore);

    await page.getByRole('link', { name: t('ws.nav.timeline') }).click();
    await page.getByText(/Details changed: .*country FR → BE/).waitFor();
    await page.close();
  });

  it('a US case: the TAKE IT DOWN request lists what is missing until the contact is filled', async () => {
    const page = await beacon.context.newPage();
    await page.setViewportSize({ width: 640, height: 900 });
    await page.goto(beacon.extensionUrl('workspace.html#/details'));
    await page.getByRole('heading', { level: 1, name: t('case.details.title') }).waitFor();
    await page.getByLabel(t('ob.country')).selectOption('US');
    await page.getByRole('button', { name: t('case.details.save') }).click();
    await page.getByText(t('case.details.saved')).waitFor();

    // A post on X reported to X and refused: the TAKE IT DOWN Act request is the next step.
    const [summary] = await ask<Array<{ id: string }>>(page, 'listCases');
    await ask(page, 'updateCase', {
      id: summary?.id,
      op: {
        op: 'addEvidence',
        id: 'ev-x',
        fields: {
          kind: 'post',
          platform: 'x',
          url: 'https://x.com/seller/status/1800000000000000001',
        },
      },
    });
    await ask(page, 'updateCase', {
      id: summary?.id,
      op: {
        op: 'addReport',
        id: 'rp-x',
        fields: {
          channel: 'platform-form',
          target: 'x-cse-form',
          platform: 'x',
          targetName: 'X — child sexual exploitation form',
          sentAt: '2026-03-01T10:00:00.000Z',
          status: 'refused',
          evidenceIds: ['ev-x'],
        },
      },
    });

    // The notice's own text never carries the "MISSING before sending" header (lib/notices/prepare.ts
    // moves it out); the panel lists what is missing instead, and the text marks each place.
    const missingLine =
      translate('en', 'notices.missingHeader', { elements: '' }).split(':')[0] ?? '';
    expect(missingLine).toBe('MISSING before sending');
    const marker = (element: string) => `[${t('notices.missingMarker', { element })}]`;
    const step = page.locator('[data-step-id="legal-notice:take-it-down-act:x"]');
    const openNotice = async () => {
      await page.getByRole('link', { name: t('ws.nav.next') }).click();
      await page.getByRole('heading', { level: 1, name: t('cw.steps.title') }).waitFor();
      await expect.poll(() => step.count(), { timeout: 20_000 }).toBe(1);
      await step.locator('summary').click();
      return step.locator('textarea').first().inputValue();
    };

    const before = await openNotice();
    expect(before).toContain(marker(t('notices.element.signature')));
    expect(before).toContain(marker(t('notices.element.contact')));
    const missingList = step.getByTestId('notice-missing');
    expect(await missingList.count()).toBe(1);
    expect(await missingList.locator('li').allTextContents()).toEqual([
      t('notices.element.signature'),
      t('notices.element.contact'),
    ]);
    await noAxeViolations(page, 'TAKE IT DOWN request, contact missing (640px)');
    await noSidewaysScroll(page, 'next steps with the TAKE IT DOWN request');

    await page.getByRole('link', { name: t('case.details.open') }).click();
    await page.getByRole('heading', { level: 1, name: t('case.details.title') }).waitFor();
    await page.getByLabel(t('case.details.name')).fill('Robin Parent');
    await page.getByLabel(t('case.details.email')).fill('robin@example.org');
    await page.getByLabel(t('case.details.phone')).fill('+1 202 555 0199');
    await page.getByLabel(t('case.details.address')).fill('1 Main Street\nSpringfield');
    await page.getByRole('button', { name: t('case.details.save') }).click();
    await page.getByText(t('case.details.saved')).waitFor();
    const kase = await ask<{ profile: { country: string; contact: Record<string, string> } }>(
      page,
      'getCase',
      { id: summary?.id },
    );
    expect(kase.profile).toMatchObject({
      country: 'US',
      contact: { name: 'Robin Parent', email: 'robin@example.org', phone: '+1 202 555 0199' },
    });

    const after = await openNotice();
    expect(after).not.toContain(missingLine);
    expect(after).not.toContain('[missing:');
    expect(after).toContain('/s/ Robin Parent');
    expect(after).toContain('robin@example.org');
    expect(await step.getByTestId('notice-missing').count()).toBe(0);
    expect(await step.getByTestId('notice-complete').count()).toBe(1);
    await noAxeViolations(page, 'TAKE IT DOWN request, nothing missing (640px)');
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
          (
            await ask<{ evidence: Array<{ url?: string }> }>(page, 'getCase', { id: summary?.id })
          ).evidence.filter((e) => e.url === 'https://www.instagram.com/only_in_a/').length,
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(0);
    await page.getByRole('link', { name: t('ws.nav.timeline') }).click();
    await page.getByText(/An evidence item was deleted \(instagram/).waitFor();
    await page.close();
  });

  it('edits a document (and refuses a file that is not an image or a PDF), edits and deletes a note', async () => {
    const page = await beacon.context.newPage();
    await page.setViewportSize({ width: 640, height: 900 });
    await page.goto(beacon.extensionUrl('workspace.html#/proof'));
    await page.getByRole('heading', { level: 1, name: t('cw.proof.title') }).waitFor();
    const [summary] = await ask<Array<{ id: string }>>(page, 'listCases');
    const caseOf = () =>
      ask<{
        proofs: Array<{ label: string; redacted: boolean; fileName?: string; fileSize?: number }>;
        notes: Array<{ text: string }>;
      }>(page, 'getCase', { id: summary?.id });
    await ask(page, 'updateCase', {
      id: summary?.id,
      op: { op: 'addProof', id: 'pf-a', fields: { type: 'passport', label: 'Passport' } },
    });
    await page.reload();
    await page.getByRole('button', { name: t('cw.proof.editLabel', { name: 'Passport' }) }).click();
    await page.getByRole('heading', { name: t('cw.proof.editTitle') }).waitFor();
    await noAxeViolations(page, 'document edit form (640px)');
    await noSidewaysScroll(page, 'document edit form');

    const fileField = page.getByLabel(t('cw.proof.replaceFile'));
    // A page saved as .pdf is not a PDF: refused before anything is sent, with a message.
    await fileField.setInputFiles({
      name: 'passport.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('<html><script>alert(1)</script></html>'),
    });
    await page.getByText(t('files.notAllowed')).first().waitFor();
    await page.getByLabel(t('cw.proof.label')).fill('Passport (number hidden)');
    await page.getByRole('button', { name: t('cw.proof.saveChanges') }).click();
    await page.getByText(t('files.notAllowed')).first().waitFor();
    expect((await caseOf()).proofs[0]).toMatchObject({ label: 'Passport' });

    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
    await fileField.setInputFiles({
      name: 'passport-hidden.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await page.getByLabel(t('cw.proof.redacted')).check();
    await page.getByRole('button', { name: t('cw.proof.saveChanges') }).click();
    await page.getByText(t('cw.proof.changed')).waitFor();
    expect((await caseOf()).proofs[0]).toMatchObject({
      label: 'Passport (number hidden)',
      redacted: true,
      fileName: 'passport-hidden.pdf',
      fileSize: pdf.length,
    });

    await page.getByRole('link', { name: t('ws.nav.timeline') }).click();
    await page
      .getByRole('textbox', { name: t('cw.timeline.note'), exact: true })
      .fill('Called the school');
    await page.getByRole('button', { name: t('cw.timeline.saveNote') }).click();
    await page.getByText(t('cw.timeline.noteAdded')).waitFor();
    await page.getByRole('button', { name: t('case.del.editNote') }).click();
    const noteText = page.getByLabel(t('case.del.noteLabel'));
    // Keyboard focus moves into the form that replaced the button.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.tagName), { timeout: 5_000 })
      .toBe('TEXTAREA');
    await noteText.fill('   ');
    await page.getByRole('button', { name: t('case.del.saveNote') }).click();
    await page.getByText(t('cw.err.required')).waitFor();
    await noAxeViolations(page, 'note edit form with an error (640px)');
    await noSidewaysScroll(page, 'timeline with a note being edited');
    await noteText.fill('Called the school twice');
    await page.getByRole('button', { name: t('case.del.saveNote') }).click();
    await page
      .getByRole('list', { name: t('cw.timeline.listLabel') })
      .getByText(t('case.del.noteSaved'))
      .waitFor();
    expect((await caseOf()).notes.map((n) => n.text)).toEqual(['Called the school twice']);
    // …and back to the button that opened it once the form closes.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''), {
        timeout: 5_000,
      })
      .toMatch(new RegExp(`^${t('case.del.editNote')} \\(`));

    await page.getByRole('button', { name: t('case.del.note') }).click();
    await page.getByText(t('case.del.pending.note')).waitFor();
    await page.getByRole('button', { name: t('case.del.undo') }).click();
    await page.getByRole('button', { name: t('case.del.note') }).click();
    await expect
      .poll(async () => (await caseOf()).notes.length, { timeout: 30_000, interval: 1_000 })
      .toBe(0);
    await page.getByText(t('case.tl.deleted.note')).first().waitFor();
    expect(await page.getByText('Called the school twice').count()).toBe(0);
    await noAxeViolations(page, 'timeline after a note was deleted (640px)');
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
    await page.getByLabel(t('ob.country')).selectOption('CA');
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
    expect(caseB.profile.country).toBe('CA');
    expect(caseB.profile.contact).toEqual({});

    // Family B is being blackmailed: the sextortion record (a gift-card code) and a hash
    // service's receipt, on the details screen at 640 px.
    await page.goto(beacon.extensionUrl('workspace.html#/details'));
    await page.getByRole('heading', { level: 1, name: t('case.details.title') }).waitFor();
    await page.getByLabel(t('case.details.sextortion')).check();
    await page.getByRole('button', { name: t('case.details.save') }).click();
    await page.getByRole('heading', { name: t('case.sx.heading') }).waitFor();
    await page.getByRole('button', { name: t('case.sx.payment.add') }).click();
    await page.getByLabel(t('case.sx.payment.value')).fill('GIFT-7Q2K-88PX-1234');
    await page.getByRole('button', { name: t('case.sx.save') }).click();
    await page.getByText(t('case.sx.saved')).waitFor();
    await page.getByLabel(t('case.hash.caseNumber')).fill('TID-555-0001');
    await page.getByLabel(t('case.hash.pin')).fill('4321');
    await page.getByRole('button', { name: t('case.hash.add') }).click();
    await page.getByText(t('case.hash.saved')).waitFor();
    // A second receipt of the same service whose number ends the same: every button of the
    // list still has its own name, naming its receipt.
    await page.getByRole('textbox', { name: t('case.hash.caseNumber') }).fill('TID-777-0001');
    await page.getByRole('button', { name: t('case.hash.add') }).click();
    await page.locator('.case-receipts > li').nth(1).waitFor();
    const receiptNames = await page
      .locator('.case-receipts button')
      .evaluateAll((buttons) =>
        buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''),
      );
    expect(receiptNames.length).toBe(8);
    expect(new Set(receiptNames).size).toBe(receiptNames.length);
    for (const n of [1, 2]) {
      const receipt = t('case.hash.receiptName', { n, service: 'Take It Down', last: '01' });
      await page
        .getByRole('button', { name: `${t('case.del.hash-receipt')} (${receipt})`, exact: true })
        .waitFor();
    }
    expect(await page.getByText('4321').count()).toBe(0);
    await noAxeViolations(page, 'case details with the sextortion record and a receipt (640px)');
    await noSidewaysScroll(page, 'case details with the sextortion record and a receipt');
    const recorded = await ask<{
      sextortion?: { paymentDetails: Array<{ value: string }> };
      hashReceipts: Array<{ caseNumber: string; pin?: string }>;
    }>(page, 'getCase', { id: b?.id });
    expect(recorded.sextortion?.paymentDetails.map((p) => p.value)).toEqual([
      'GIFT-7Q2K-88PX-1234',
    ]);
    expect(recorded.hashReceipts).toMatchObject([
      { caseNumber: 'TID-555-0001', pin: '4321' },
      { caseNumber: 'TID-777-0001' },
    ]);
    await page.goto(beacon.extensionUrl('workspace.html#/settings'));
    await page
      .getByRole('button', { name: t('case.list.switch', { title: 'Family A' }) })
      .waitFor();
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
    // The typed confirmation of deleting a case, opened (not sent).
    await page.getByText(t('case.list.delete', { title: 'Family B' })).click();
    await noAxeViolations(page, 'delete-case confirmation (640px)');
    await noSidewaysScroll(page, 'cases list with the delete confirmation open');

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
