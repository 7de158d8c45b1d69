import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type MessageKey, t as translate } from '@/lib/i18n';
import { noAxeViolations } from './axe';
import { type Beacon, launchBeacon, okFrom } from './harness';
import { captureXPost, onboard } from './screens';

/**
 * Settings through the UI in the built extension: export the case as an
 * encrypted file (a real download), import it into a fresh profile after a preview of what it
 * adds, and change the passphrase (the old one stops working, the new one opens the case).
 */
const t = (key: MessageKey, params?: Record<string, string | number>) =>
  translate('en', key, params);
const FIRST = 'amber window seven rivers';
const SECOND = 'copper kettle under moon';
const FILE_PASS = 'file passphrase for export';

async function settingsOf(beacon: Beacon): Promise<Page> {
  const page = await beacon.openExtensionPage('workspace.html#/settings');
  await page.getByRole('heading', { name: t('settings.export.heading') }).waitFor();
  return page;
}

describe('settings: export, import and passphrase', () => {
  const opened: Beacon[] = [];
  afterAll(async () => {
    for (const beacon of opened) await beacon.close();
  });

  let exported = '';
  let sourceCaseId = '';

  it('exports the case as an encrypted file through a real download', async () => {
    const beacon = await launchBeacon();
    opened.push(beacon);
    await captureXPost(beacon);
    const ws = await beacon.openExtensionPage('workspace.html');
    await onboard(ws, 'en', { country: 'FR', passphrase: FIRST });
    await ws.close();

    const page = await settingsOf(beacon);
    // The case holds a sextortion record and two hash-service receipts: the import's preview
    // must count them (the next test).
    const [own] = await okFrom<Array<{ id: string }>>(page, 'listCases');
    sourceCaseId = own?.id ?? '';
    await okFrom(page, 'updateCase', {
      id: sourceCaseId,
      op: {
        op: 'setSextortion',
        record: {
          threatener: { platform: 'instagram', handle: 'e2e_blackmailer' },
          demands: ['money'],
          paymentDetails: [{ id: 'pay1', kind: 'gift-card', value: 'E2E-GIFT-0001' }],
          threats: [{ id: 'thr1', at: '2026-11-20T10:00:00.000Z', text: 'Pay or I post' }],
          alreadyShared: 'unknown',
        },
      },
    });
    for (const caseNumber of ['TID-E2E-1', 'SN-E2E-2']) {
      await okFrom(page, 'updateCase', {
        id: sourceCaseId,
        op: { op: 'addHashReceipt', fields: { service: 'other', caseNumber } },
      });
    }
    await noAxeViolations(page, 'settings');
    // An encrypted export needs a passphrase: the form says so before anything is made.
    await page.getByRole('button', { name: t('settings.export.submit'), exact: true }).click();
    await expect.poll(() => page.locator('.field-error').count()).toBeGreaterThan(0);

    await page.getByLabel(t('settings.export.passphrase')).fill(FILE_PASS);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t('settings.export.submit'), exact: true }).click(),
    ]);
    exported = join(mkdtempSync(join(tmpdir(), 'beacon-export-')), download.suggestedFilename());
    await download.saveAs(exported);
    await page
      .getByText(/SHA-256/)
      .first()
      .waitFor();
    await noAxeViolations(page, 'settings after export');
  });

  it('imports it into a fresh profile after showing what it will add', async () => {
    expect(exported).not.toBe('');
    const beacon = await launchBeacon();
    opened.push(beacon);
    const ws = await beacon.openExtensionPage('workspace.html');
    await onboard(ws, 'en', { country: 'FR', passphrase: SECOND });
    await ws.close();

    const page = await settingsOf(beacon);
    await page.getByLabel(t('settings.import.file')).setInputFiles(exported);
    // Wrong file passphrase: a clear message, nothing added.
    await page.getByLabel(t('settings.import.passphrase')).fill('not the passphrase');
    await page.getByRole('button', { name: t('settings.import.preview') }).click();
    await expect
      .poll(() => page.locator('[role="alert"], .outcome').allTextContents())
      .not.toEqual([]);
    expect(await okFrom<unknown[]>(page, 'listCases')).toHaveLength(1);

    await page.getByLabel(t('settings.import.passphrase')).fill(FILE_PASS);
    await page.getByRole('button', { name: t('settings.import.preview') }).click();
    await page.getByRole('heading', { name: t('settings.import.summaryHeading') }).waitFor();
    // A new case: its record and both receipts are counted in the preview.
    await expect
      .poll(() => page.getByTestId('import-summary').textContent())
      .toContain(t('settings.import.records', { sextortion: 1, receipts: 2 }));
    await noAxeViolations(page, 'import preview');
    await page.getByRole('button', { name: t('settings.import.apply') }).click();
    await page.getByText(t('settings.import.done')).first().waitFor();

    const cases = await okFrom<Array<{ id: string; evidenceCount: number }>>(page, 'listCases');
    expect(cases).toHaveLength(2);
    const imported = cases.find((c) => c.evidenceCount === 1);
    expect(imported).toBeDefined();
    const kase = await okFrom<{ evidence: Array<{ url?: string }> }>(page, 'getCase', {
      id: imported?.id,
    });
    expect(kase.evidence[0]?.url).toBe('https://x.com/TestQuoter/status/1983130065320780162');
  });

  it('changes the passphrase: the old one no longer opens the case, the new one does', async () => {
    const beacon = opened[1] as Beacon;
    const page = await settingsOf(beacon);
    const NEXT = 'lighthouse paper garden nine';
    await page.getByLabel(t('settings.passphrase.current')).fill(SECOND);
    await page.getByLabel(t('settings.passphrase.next'), { exact: true }).fill(NEXT);
    await page.getByLabel(t('settings.passphrase.confirm')).fill(NEXT);
    await page.getByRole('button', { name: t('settings.passphrase.submit') }).click();
    await page.getByText(t('settings.passphrase.done')).first().waitFor();

    await okFrom(page, 'lock');
    await page.reload();
    await page.getByLabel(t('unlock.label')).fill(SECOND);
    await page.getByRole('button', { name: t('unlock.submit') }).click();
    await page.getByText(t('unlock.wrong')).first().waitFor();
    await page.getByLabel(t('unlock.label')).fill(NEXT);
    await page.getByRole('button', { name: t('unlock.submit') }).click();
    await page.getByRole('navigation', { name: t('ws.nav.label') }).waitFor();
  });

  it('counts what a second file adds to the record of a case already imported', async () => {
    // The first browser learns of a second payment detail and a second threat, and exports.
    const [first, second] = opened as [Beacon, Beacon];
    const source = await settingsOf(first);
    const before = await okFrom<{
      sextortion: Record<string, unknown> & { paymentDetails: unknown[]; threats: unknown[] };
    }>(source, 'getCase', { id: sourceCaseId });
    await okFrom(source, 'updateCase', {
      id: sourceCaseId,
      op: {
        op: 'setSextortion',
        record: {
          ...before.sextortion,
          paymentDetails: [
            ...before.sextortion.paymentDetails,
            { id: 'pay2', kind: 'crypto-wallet', value: 'bc1qe2ewallet000000000000000000000000' },
          ],
          threats: [
            ...before.sextortion.threats,
            { id: 'thr2', at: '2026-11-21T10:00:00.000Z', text: 'Last chance' },
          ],
        },
      },
    });
    const file = await okFrom<{ fileName: string; dataBase64: string }>(source, 'exportData', {
      format: 'encrypted',
      passphrase: FILE_PASS,
    });

    const page = await settingsOf(second);
    await page.getByLabel(t('settings.import.file')).setInputFiles({
      name: file.fileName,
      mimeType: 'application/json',
      buffer: Buffer.from(file.dataBase64, 'base64'),
    });
    await page.getByLabel(t('settings.import.passphrase')).fill(FILE_PASS);
    await page.getByRole('button', { name: t('settings.import.preview') }).click();
    await page.getByRole('heading', { name: t('settings.import.summaryHeading') }).waitFor();
    // Into the existing case: the one payment detail and the one threat, no receipt.
    const summary = page.getByTestId('import-summary');
    await expect
      .poll(() => summary.textContent())
      .toContain(t('settings.import.records', { sextortion: 2, receipts: 0 }));
    expect(await summary.textContent()).toContain(
      t('settings.import.caseExisting', {
        title: 'My case',
        evidence: 0,
        reports: 0,
        proofs: 0,
        notes: 0,
      }).split(' — ')[1],
    );
    await page.getByRole('button', { name: t('settings.import.apply') }).click();
    await page.getByText(t('settings.import.done')).first().waitFor();
    const merged = await okFrom<{ changes: Array<{ kind: string; byImport?: object }> }>(
      page,
      'getCase',
      { id: sourceCaseId },
    );
    expect(merged.changes.at(-1)).toMatchObject({
      kind: 'sextortion-updated',
      byImport: { payments: 1, threats: 1, details: 0 },
    });
  });
});
