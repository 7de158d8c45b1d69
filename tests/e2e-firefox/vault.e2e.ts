import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cardDialogs,
  clickShortcut,
  type FirefoxBeacon,
  fixture,
  launchFirefox,
  okFrom,
  sendFrom,
  storageLocalDump,
} from './harness';

/**
 * The vault in Firefox's MV2 build: a capture before any vault, onboarding that takes it, a
 * capture while locked (sealed inbox) then unlock, an identity-proof file in IndexedDB, a
 * follow-up alarm, a restart of the same Firefox profile with everything there (the alarm
 * re-armed while still locked), and export → import into a fresh
 * profile. Firefox differs from Chromium where it matters here: an event page instead of a
 * service worker, storage.session in the background page's memory, IndexedDB per origin.
 */
const PASS = 'firefox vault passphrase';
const FILE_PASS = 'firefox export passphrase';
const PROFILE = {
  title: 'Firefox case',
  role: 'parent',
  ageAtTime: 'minor',
  country: 'FR',
  languages: ['fr'],
};
// A 1×1 PNG standing in for a photographed document (never evidence media).
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

type CaseShape = {
  id: string;
  evidence: Array<{ url?: string }>;
  notes: Array<{ text: string }>;
  proofs: Array<{ id: string }>;
};

async function captureOnX(beacon: FirefoxBeacon, index: number): Promise<void> {
  const page = await beacon.openSite('https://x.com/home', {
    '/home': fixture('platforms/x/feed.html'),
  });
  await expect
    .poll(() => page.evaluate(() => document.querySelectorAll('beacon-shortcut').length), {
      timeout: 10_000,
    })
    .toBe(5);
  await clickShortcut(beacon, page, index);
  await expect.poll(async () => (await cardDialogs(beacon, page)).length).toBe(1);
  await page.close();
}

/** The extension's alarms, read from one of its pages. */
const alarmNames = (page: Page) =>
  page.evaluate(async () =>
    (
      await (
        globalThis as unknown as {
          browser: { alarms: { getAll(): Promise<Array<{ name: string }>> } };
        }
      ).browser.alarms.getAll()
    ).map((a) => a.name),
  );

describe('Firefox: the vault', () => {
  let first: FirefoxBeacon | undefined;
  let fresh: FirefoxBeacon | undefined;
  let ws: Page;
  let caseId = '';
  let exported = '';
  let reportId = '';

  afterAll(async () => {
    await first?.close();
    await fresh?.close();
  });

  it('onboarding takes a capture made before the vault existed', async () => {
    first = await launchFirefox();
    await captureOnX(first, 0);
    ws = await first.openExtensionPage('workspace.html', 'main');
    expect(await okFrom(ws, 'vaultStatus')).toMatchObject({
      exists: false,
      unlocked: false,
      pendingCount: 1,
    });
    expect(
      await okFrom(ws, 'createVault', {
        passphrase: PASS,
        profile: PROFILE,
        settings: { lang: 'fr' },
      }),
    ).toMatchObject({ exists: true, unlocked: true, pendingCount: 0, settings: { lang: 'fr' } });
    const cases = await okFrom<Array<{ id: string; evidenceCount: number }>>(ws, 'listCases');
    expect(cases).toHaveLength(1);
    expect(cases[0]?.evidenceCount).toBe(1);
    caseId = cases[0]?.id ?? '';
    const kase = await okFrom<CaseShape>(ws, 'getCase', { id: caseId });
    expect(kase.evidence[0]?.url).toContain('1983130065320780162');
  });

  it('a capture while locked is sealed, then merged on unlock; a proof file goes to IndexedDB', async () => {
    const beacon = first as FirefoxBeacon;
    // The contact for signatures and a blackmailer's gift-card code are case data too.
    const before = await okFrom<{ profile: Record<string, unknown> }>(ws, 'getCase', {
      id: caseId,
    });
    await okFrom(ws, 'updateCase', {
      id: caseId,
      op: {
        op: 'setProfile',
        profile: {
          ...before.profile,
          contact: {
            name: 'Dana Contactname',
            email: 'dana.contact@example.org',
            phone: '+1 555 0199',
            address: '12 Quietlane Road, Springfield',
          },
          victimName: 'Sam Victimname',
        },
      },
    });
    await okFrom(ws, 'updateCase', {
      id: caseId,
      op: {
        op: 'setSextortion',
        record: {
          threatener: {},
          demands: ['money'],
          paymentDetails: [{ id: 'pay1', kind: 'gift-card', value: 'GIFTCODE-7Q4Z-99XY' }],
          threats: [],
          alreadyShared: 'unknown',
        },
      },
    });
    expect(await okFrom(ws, 'lock')).toMatchObject({ unlocked: false });
    expect(await sendFrom(ws, 'getCase', { id: caseId })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    await captureOnX(beacon, 1);
    expect(await okFrom(ws, 'vaultStatus')).toMatchObject({ unlocked: false, inboxCount: 1 });
    // What is on disk holds no case text, no capture, no handle: ciphertext only.
    const dump = await storageLocalDump(ws);
    for (const secret of [
      '1983130065320780162',
      'TestQuoter',
      'Firefox case',
      'x.com',
      'Dana Contactname',
      'dana.contact@example.org',
      '555 0199',
      'Quietlane',
      'Sam Victimname',
      'GIFTCODE-7Q4Z-99XY',
    ]) {
      expect(dump).not.toContain(secret);
    }
    expect(await sendFrom(ws, 'unlock', { passphrase: 'not it' })).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' },
    });
    expect(await okFrom(ws, 'unlock', { passphrase: PASS })).toMatchObject({
      unlocked: true,
      inboxCount: 0,
    });
    const unlocked = await okFrom<CaseShape & { profile: Record<string, unknown> }>(ws, 'getCase', {
      id: caseId,
    });
    expect(unlocked.evidence).toHaveLength(2);
    // The fields checked above really were stored (so their absence from the dump means
    // encrypted, not lost).
    expect(unlocked.profile).toMatchObject({
      contact: { phone: '+1 555 0199', address: '12 Quietlane Road, Springfield' },
      victimName: 'Sam Victimname',
    });
    await okFrom(ws, 'updateCase', { id: caseId, op: { op: 'addNote', text: 'Note in Firefox' } });
    // A report with a follow-up in two days: its alarm must outlive a restart (Firefox drops
    // alarms when it quits; entrypoints/background/reminders.ts re-arms them from storage).
    const withReport = await okFrom<{ reports: Array<{ id: string }> }>(ws, 'updateCase', {
      id: caseId,
      op: {
        op: 'addReport',
        fields: {
          channel: 'platform-form',
          platform: 'x',
          targetName: 'X',
          sentAt: new Date().toISOString(),
          status: 'sent',
          followUpAt: new Date(Date.now() + 48 * 3_600_000).toISOString(),
        },
      },
    });
    reportId = withReport.reports[0]?.id ?? '';
    await expect.poll(() => alarmNames(ws)).toContainEqual(expect.stringContaining(reportId));
    await okFrom(ws, 'updateCase', {
      id: caseId,
      op: { op: 'addProof', id: 'pf-ff', fields: { type: 'passport', label: 'Passport' } },
    });
    await okFrom(ws, 'attachProof', {
      caseId,
      proofId: 'pf-ff',
      name: 'passport.png',
      type: 'image/png',
      dataBase64: PNG,
    });
    expect(await okFrom(ws, 'readProof', { caseId, proofId: 'pf-ff' })).toEqual({
      name: 'passport.png',
      type: 'image/png',
      dataBase64: PNG,
    });
  });

  it('after a restart of the same profile: locked, and everything is there after unlock', async () => {
    const dir = (first as FirefoxBeacon).profileDir;
    await (first as FirefoxBeacon).close({ keepProfile: true });
    first = await launchFirefox({ profileDir: dir });
    ws = await first.openExtensionPage('workspace.html', 'main');
    expect(await okFrom(ws, 'vaultStatus')).toMatchObject({
      exists: true,
      unlocked: false,
      settings: { lang: 'fr' },
    });
    // Re-armed at startup, with the vault still locked.
    await expect.poll(() => alarmNames(ws)).toContainEqual(expect.stringContaining(reportId));
    await okFrom(ws, 'unlock', { passphrase: PASS });
    const kase = await okFrom<CaseShape>(ws, 'getCase', { id: caseId });
    expect(kase.evidence).toHaveLength(2);
    expect(kase.notes.map((n) => n.text)).toEqual(['Note in Firefox']);
    expect(await okFrom(ws, 'readProof', { caseId, proofId: 'pf-ff' })).toMatchObject({
      dataBase64: PNG,
    });
    const file = await okFrom<{ fileName: string; dataBase64: string }>(ws, 'exportData', {
      format: 'encrypted',
      passphrase: FILE_PASS,
    });
    expect(file.fileName).toMatch(/\.beacon\.json$/);
    exported = file.dataBase64;
  });

  it('the export imports into a fresh profile', async () => {
    await (first as FirefoxBeacon).close();
    first = undefined;
    fresh = await launchFirefox();
    const page = await fresh.openExtensionPage('workspace.html', 'main');
    await okFrom(page, 'createVault', {
      passphrase: 'another vault pass',
      profile: { ...PROFILE, title: 'Other' },
    });
    expect(
      await sendFrom(page, 'previewImport', { dataBase64: exported, passphrase: 'wrong' }),
    ).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    const preview = await okFrom<{ cases: unknown[] }>(page, 'previewImport', {
      dataBase64: exported,
      passphrase: FILE_PASS,
    });
    expect(preview.cases).toEqual([
      {
        id: caseId,
        title: 'Firefox case',
        isNew: true,
        newEvidence: 2,
        newReports: 1,
        newProofs: 1,
        newNotes: 1,
        // The sextortion record set before locking travels with the case.
        newSextortion: 1,
        newReceipts: 0,
        notFitting: 0,
        conflicts: 0,
      },
    ]);
    await okFrom(page, 'applyImport', { dataBase64: exported, passphrase: FILE_PASS });
    const cases = await okFrom<Array<{ title: string }>>(page, 'listCases');
    expect(cases.map((c) => c.title).sort()).toEqual(['Firefox case', 'Other']);
    expect((await okFrom<CaseShape>(page, 'getCase', { id: caseId })).evidence).toHaveLength(2);
  });
});
