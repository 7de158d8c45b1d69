import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type Beacon,
  fixture,
  inWorker,
  launchBeacon,
  okFrom,
  pierceQuery,
  sendFrom,
  stopServiceWorker,
  trustedClick,
} from './harness';

/**
 * The vault in the built extension: onboarding by messages from the workspace page,
 * a capture before the vault exists and one while locked, unlock, a browser restart on the same
 * profile, and export → import into a fresh profile.
 */
const PASS = 'e2e vault passphrase';
const FILE_PASS = 'e2e export passphrase';
const profile = {
  title: 'E2E case',
  role: 'parent',
  ageAtTime: 'minor',
  country: 'FR',
  languages: ['fr'],
};

const send = sendFrom;
const ok = okFrom;

const shortcutButtons = (page: Page) =>
  pierceQuery(
    page,
    (n) =>
      n.nodeName === 'button' &&
      /^Report this (post|account|page)$/.test(n.attributes['aria-label'] ?? ''),
  );

async function captureOnX(beacon: Beacon, index: number): Promise<void> {
  const page = await beacon.context.newPage();
  await page.goto('https://x.com/home');
  await expect
    .poll(async () => (await shortcutButtons(page)).length, { timeout: 10_000 })
    .toBeGreaterThan(index);
  const buttons = await shortcutButtons(page);
  await trustedClick(page, (buttons[index] as { backendNodeId: number }).backendNodeId);
  await expect
    .poll(async () => (await pierceQuery(page, (n) => n.attributes.role === 'dialog')).length, {
      timeout: 5_000,
    })
    .toBe(1);
  await page.close();
}

async function storageDump(beacon: Beacon): Promise<string> {
  return inWorker(beacon, async () =>
    JSON.stringify(
      await (
        globalThis as unknown as {
          chrome: { storage: { local: { get(k: null): Promise<unknown> } } };
        }
      ).chrome.storage.local.get(null),
    ),
  );
}

type CaseShape = { id: string; evidence: Array<{ url?: string; author?: { handle?: string } }> };

describe('vault in the built extension', () => {
  let first: Beacon | undefined;
  let second: Beacon | undefined;
  let fresh: Beacon | undefined;
  let caseId = '';
  let exported = '';

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await fresh?.close();
  });

  it('onboarding takes a capture made before the vault existed', async () => {
    first = await launchBeacon();
    await first.serveHost('https://x.com', { '/home': fixture('platforms/x/feed.html') });
    await captureOnX(first, 0);
    const page = await first.openExtensionPage('workspace.html');
    expect(await ok(page, 'vaultStatus')).toMatchObject({
      exists: false,
      unlocked: false,
      pendingCount: 1,
    });
    const status = await ok(page, 'createVault', {
      passphrase: PASS,
      profile,
      settings: { lang: 'fr' },
    });
    expect(status).toMatchObject({
      exists: true,
      unlocked: true,
      pendingCount: 0,
      settings: { lang: 'fr' },
    });
    const cases = await ok<Array<{ id: string; evidenceCount: number }>>(page, 'listCases');
    expect(cases).toHaveLength(1);
    expect(cases[0]?.evidenceCount).toBe(1);
    caseId = cases[0]?.id ?? '';
    const kase = await ok<CaseShape>(page, 'getCase', { id: caseId });
    expect(kase.evidence[0]?.url).toContain('1983130065320780162');
    await page.close();
  });

  it('captures while locked go to the sealed inbox and appear after unlock', async () => {
    const beacon = first as Beacon;
    const page = await beacon.openExtensionPage('workspace.html');
    // The casework fields (contact for signatures, a blackmailer's gift-card code) are case data
    // too: they must reach storage.local only encrypted.
    const before = await ok<{ profile: Record<string, unknown> }>(page, 'getCase', { id: caseId });
    await ok(page, 'updateCase', {
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
    await ok(page, 'updateCase', {
      id: caseId,
      op: {
        op: 'setSextortion',
        record: {
          threatener: { handle: '@ThreatenerHandle' },
          demands: ['money'],
          paymentDetails: [{ id: 'pay1', kind: 'gift-card', value: 'GIFTCODE-7Q4Z-99XY' }],
          threats: [],
          alreadyShared: 'unknown',
        },
      },
    });
    await ok(page, 'updateCase', {
      id: caseId,
      op: {
        op: 'addHashReceipt',
        fields: { service: 'stopncii', caseNumber: 'SNCII-55512', pin: 'PIN8841' },
      },
    });
    expect(await ok(page, 'lock')).toMatchObject({ unlocked: false });
    expect(await send(page, 'getCase', { id: caseId })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    await captureOnX(beacon, 1);
    expect(await ok(page, 'vaultStatus')).toMatchObject({ unlocked: false, inboxCount: 1 });
    const dump = await storageDump(beacon);
    expect(dump).not.toContain('1983130065320780162');
    expect(dump).not.toContain('TestQuoter');
    expect(dump).not.toContain('E2E case');
    for (const secret of [
      'Dana Contactname',
      'dana.contact@example.org',
      '555 0199',
      'Quietlane',
      'Sam Victimname',
      'ThreatenerHandle',
      'GIFTCODE-7Q4Z-99XY',
      'SNCII-55512',
      'PIN8841',
    ]) {
      expect(dump).not.toContain(secret);
    }

    expect(await send(page, 'unlock', { passphrase: 'not it' })).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' },
    });
    expect(await ok(page, 'unlock', { passphrase: PASS })).toMatchObject({
      unlocked: true,
      inboxCount: 0,
    });
    const kase = await ok<CaseShape>(page, 'getCase', { id: caseId });
    expect(kase.evidence).toHaveLength(2);
    await ok(page, 'updateCase', {
      id: caseId,
      op: { op: 'addNote', text: 'Note written in E2E' },
    });
    await page.close();
  });

  it('a capture that wakes a stopped worker, unlocked: durable at once, names the case, filed once', async () => {
    const beacon = first as Beacon;
    const page = await beacon.openExtensionPage('workspace.html');
    expect(await ok(page, 'vaultStatus')).toMatchObject({ unlocked: true });
    const feed = await beacon.context.newPage();
    await feed.goto('https://x.com/home');
    await expect
      .poll(async () => (await shortcutButtons(feed)).length, { timeout: 10_000 })
      .toBeGreaterThan(2);
    // Stop the service worker, as Chrome does after 30 s idle: the vault in memory is gone, its
    // key stays in storage.session (lib/vault/inbox.ts captureNow takes the short path).
    await stopServiceWorker(feed);
    const buttons = await shortcutButtons(feed);
    await trustedClick(feed, (buttons[2] as { backendNodeId: number }).backendNodeId);
    const status = async () =>
      (
        await pierceQuery(
          feed,
          (n) => n.nodeName === 'p' && (n.attributes.class ?? '').startsWith('status'),
        )
      )[0]?.text ?? '';
    await expect.poll(status, { timeout: 10_000 }).toContain('E2E case');
    await feed.close();
    const kase = await ok<CaseShape>(page, 'getCase', { id: caseId });
    expect(kase.evidence).toHaveLength(3);
    expect(await ok(page, 'vaultStatus')).toMatchObject({ unlocked: true, inboxCount: 0 });
    expect(await storageDump(beacon)).not.toContain('E2E case');
    await page.close();
  });

  it('after a browser restart on the same profile: locked, and everything is there after unlock', async () => {
    const dir = (first as Beacon).userDataDir;
    await (first as Beacon).close({ keepProfile: true });
    first = undefined;
    second = await launchBeacon({ userDataDir: dir });
    const page = await second.openExtensionPage('workspace.html');
    expect(await ok(page, 'vaultStatus')).toMatchObject({
      exists: true,
      unlocked: false,
      settings: { lang: 'fr' },
    });
    await ok(page, 'unlock', { passphrase: PASS });
    const kase = await ok<CaseShape & { notes: Array<{ text: string }> }>(page, 'getCase', {
      id: caseId,
    });
    expect(kase.evidence).toHaveLength(3);
    expect(kase.notes.map((n) => n.text)).toEqual(['Note written in E2E']);
    const file = await ok<{ fileName: string; dataBase64: string; sha256: string }>(
      page,
      'exportData',
      {
        format: 'encrypted',
        passphrase: FILE_PASS,
      },
    );
    expect(file.fileName).toMatch(/\.beacon\.json$/);
    exported = file.dataBase64;
    await page.close();
  });

  it('export imports into a fresh profile', async () => {
    fresh = await launchBeacon();
    const page = await fresh.openExtensionPage('workspace.html');
    await ok(page, 'createVault', {
      passphrase: 'another vault pass',
      profile: { ...profile, title: 'Other' },
    });
    expect(
      await send(page, 'previewImport', { dataBase64: exported, passphrase: 'wrong' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' },
    });
    const preview = await ok<{ cases: unknown[] }>(page, 'previewImport', {
      dataBase64: exported,
      passphrase: FILE_PASS,
    });
    expect(preview.cases).toEqual([
      {
        id: caseId,
        title: 'E2E case',
        isNew: true,
        newEvidence: 3,
        newReports: 0,
        newProofs: 0,
        newNotes: 1,
        // The sextortion record and the receipt kept before locking travel with the case.
        newSextortion: 1,
        newReceipts: 1,
        notFitting: 0,
        conflicts: 0,
      },
    ]);
    await ok(page, 'applyImport', { dataBase64: exported, passphrase: FILE_PASS });
    const cases = await ok<Array<{ title: string }>>(page, 'listCases');
    expect(cases.map((c) => c.title).sort()).toEqual(['E2E case', 'Other']);
    const kase = await ok<
      CaseShape & {
        sextortion?: { paymentDetails: Array<{ value: string }> };
        hashReceipts: Array<{ caseNumber: string; pin?: string }>;
      }
    >(page, 'getCase', { id: caseId });
    expect(kase.evidence).toHaveLength(3);
    expect(kase.sextortion?.paymentDetails.map((p) => p.value)).toEqual(['GIFTCODE-7Q4Z-99XY']);
    expect(kase.hashReceipts).toMatchObject([{ caseNumber: 'SNCII-55512', pin: 'PIN8841' }]);
    await page.close();
  });
});
