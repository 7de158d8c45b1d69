import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MessageError } from '@/lib/messaging/envelope';
import { capture, clock, dumpLocal, makeVault, PASS, profile } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    if (error instanceof MessageError) return `${error.code}: ${error.message}`;
    throw error;
  }
  throw new Error('expected a MessageError');
}

describe('vault lifecycle', () => {
  it('reports no vault before onboarding', async () => {
    const { vault } = makeVault();
    expect(await vault.vaultStatus()).toEqual({
      exists: false,
      unlocked: false,
      pendingCount: 0,
      inboxCount: 0,
      settings: { lang: 'en', autoLockMinutes: 15, discreet: false, followUpHours: 48 },
    });
  });

  it('creates a vault with its first case and is unlocked', async () => {
    const { vault } = makeVault();
    const status = await vault.createVault({ passphrase: PASS, profile, settings: { lang: 'fr' } });
    expect(status).toMatchObject({ exists: true, unlocked: true, pendingCount: 0, inboxCount: 0 });
    expect(status.settings.lang).toBe('fr');
    const cases = await vault.listCases();
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ title: 'Photos of Sam', evidenceCount: 0, reportCount: 0 });
    expect(status.settings.currentCaseId).toBe(cases[0]?.id);
  });

  it('refuses a second createVault', async () => {
    const { vault } = makeVault();
    await vault.createVault({ passphrase: PASS, profile });
    expect(await codeOf(vault.createVault({ passphrase: PASS, profile }))).toMatch(
      /^invalid-data: A case file already exists/,
    );
  });

  it('locks, refuses reads while locked, unlocks with the passphrase', async () => {
    const { vault } = makeVault();
    await vault.createVault({ passphrase: PASS, profile });
    const [summary] = await vault.listCases();
    expect((await vault.lock()).unlocked).toBe(false);
    expect(await codeOf(vault.getCase({ id: summary?.id ?? '' }))).toMatch(/^locked: /);
    expect((await vault.unlock({ passphrase: PASS })).unlocked).toBe(true);
    expect((await vault.getCase({ id: summary?.id ?? '' })).profile.title).toBe('Photos of Sam');
  });

  it('survives a service-worker restart while unlocked (key in storage.session only)', async () => {
    const { vault } = makeVault();
    await vault.createVault({ passphrase: PASS, profile });
    const [summary] = await vault.listCases();
    await vault.updateCase({
      id: summary?.id ?? '',
      op: { op: 'addNote', text: 'Called the school' },
    });
    // A new service instance = a restarted worker: memory is empty, storage.session remains.
    const { vault: again } = makeVault();
    const kase = await again.getCase({ id: summary?.id ?? '' });
    expect(kase.notes.map((n) => n.text)).toEqual(['Called the school']);
  });

  it('is locked after a browser restart (storage.session cleared)', async () => {
    const { vault } = makeVault();
    await vault.createVault({ passphrase: PASS, profile });
    await fakeBrowser.storage.session.clear();
    const { vault: again } = makeVault();
    expect(await again.vaultStatus()).toMatchObject({ exists: true, unlocked: false });
    expect(await codeOf(again.listCases())).toMatch(/^locked/);
  });

  it('wrong passphrase: clear message, nothing changes, then rate-limited with the wait named', async () => {
    const c = clock();
    const { vault } = makeVault({ now: c.now });
    await vault.createVault({ passphrase: PASS, profile });
    await vault.lock();
    const before = await dumpLocal();
    expect(await codeOf(vault.unlock({ passphrase: 'nope' }))).toBe(
      'wrong-passphrase: That passphrase is not the right one. Nothing was changed. 4 more tries before Beacon asks you to wait.',
    );
    for (let i = 0; i < 3; i++) await codeOf(vault.unlock({ passphrase: 'nope' }));
    expect(await codeOf(vault.unlock({ passphrase: 'nope' }))).toBe(
      'wrong-passphrase: That passphrase is not the right one. Nothing was changed. Please wait 30 seconds before trying again.',
    );
    // Even the right passphrase waits.
    expect(await codeOf(vault.unlock({ passphrase: PASS }))).toBe(
      'rate-limited: Too many wrong passphrases. Please wait 30 seconds before trying again.',
    );
    expect((await vault.vaultStatus()).retryAfterSeconds).toBe(30);
    c.advance(31_000);
    expect(await codeOf(vault.unlock({ passphrase: 'nope' }))).toMatch(
      /Please wait 1 minute before/,
    );
    c.advance(61_000);
    expect((await vault.unlock({ passphrase: PASS })).unlocked).toBe(true);
    // Only the guard counter changed on disk; the case data is the same.
    const after = JSON.parse(await dumpLocal());
    const prior = JSON.parse(before);
    delete after['beacon.guard'];
    delete prior['beacon.guard'];
    expect(after).toEqual(prior);
  });

  it('changes the passphrase by re-wrapping the key only', async () => {
    const { vault } = makeVault();
    await vault.createVault({ passphrase: PASS, profile });
    const [summary] = await vault.listCases();
    const recordBefore = (await fakeBrowser.storage.local.get(`beacon.case.${summary?.id}.h`))[
      `beacon.case.${summary?.id}.h`
    ];
    expect(
      await codeOf(vault.changePassphrase({ current: 'wrong', next: 'another long one' })),
    ).toMatch(/^wrong-passphrase/);
    await vault.changePassphrase({ current: PASS, next: 'another long one' });
    const recordAfter = (await fakeBrowser.storage.local.get(`beacon.case.${summary?.id}.h`))[
      `beacon.case.${summary?.id}.h`
    ];
    expect(recordAfter).toEqual(recordBefore);
    await vault.lock();
    expect(await codeOf(vault.unlock({ passphrase: PASS }))).toMatch(/^wrong-passphrase/);
    expect((await vault.unlock({ passphrase: 'another long one' })).unlocked).toBe(true);
  });

  it('updates settings while locked (they are not secret)', async () => {
    const { vault } = makeVault();
    await vault.createVault({ passphrase: PASS, profile });
    await vault.lock();
    expect(await vault.updateSettings({ discreet: true, lang: 'es' })).toMatchObject({
      discreet: true,
      lang: 'es',
    });
    expect((await vault.vaultStatus()).settings).toMatchObject({ discreet: true, lang: 'es' });
  });
});

describe('captures never need the passphrase', () => {
  it('waits in storage.session before a vault exists, then joins the first case', async () => {
    const { vault } = makeVault();
    expect(await vault.capture(capture)).toEqual({
      saved: true,
      where: 'pending',
      lang: 'en',
      id: expect.any(String),
    });
    expect(await dumpLocal()).not.toContain('abuser_handle_91');
    expect((await vault.vaultStatus()).pendingCount).toBe(1);
    const status = await vault.createVault({ passphrase: PASS, profile });
    expect(status.pendingCount).toBe(0);
    const [summary] = await vault.listCases();
    const kase = await vault.getCase({ id: summary?.id ?? '' });
    expect(kase.evidence).toHaveLength(1);
    expect(kase.evidence[0]).toMatchObject({
      kind: 'post',
      platform: 'x',
      url: 'https://x.com/abuser_handle_91/status/1234567890',
      author: { handle: '@abuser_handle_91' },
      provenance: { source: 'capture', via: 'shortcut' },
    });
  });

  it('goes straight into the current case when unlocked', async () => {
    const { vault } = makeVault();
    await vault.createVault({ passphrase: PASS, profile });
    expect(await vault.capture(capture)).toEqual({
      saved: true,
      where: 'case',
      caseTitle: 'Photos of Sam',
      lang: 'en',
      id: expect.any(String),
    });
    const [summary] = await vault.listCases();
    expect(summary?.evidenceCount).toBe(1);
  });

  it('is sealed into the inbox while locked and merged at unlock, once', async () => {
    const { vault } = makeVault();
    await vault.createVault({ passphrase: PASS, profile });
    await vault.lock();
    expect(await vault.capture(capture)).toEqual({
      saved: true,
      where: 'inbox',
      lang: 'en',
      id: expect.any(String),
    });
    expect(
      await vault.capture({ ...capture, postId: '2', permalink: 'https://x.com/a/status/2' }),
    ).toMatchObject({ where: 'inbox' });
    expect((await vault.vaultStatus()).inboxCount).toBe(2);
    expect(await dumpLocal()).not.toContain('abuser_handle_91');
    const status = await vault.unlock({ passphrase: PASS });
    expect(status.inboxCount).toBe(0);
    const [summary] = await vault.listCases();
    expect(summary?.evidenceCount).toBe(2);
    await vault.lock();
    await vault.unlock({ passphrase: PASS });
    expect((await vault.listCases())[0]?.evidenceCount).toBe(2);
  });
});

describe('cases', () => {
  it('creates, updates, lists with due follow-ups, deletes', async () => {
    const c = clock();
    const { vault, changes } = makeVault({ now: c.now });
    await vault.createVault({ passphrase: PASS, profile });
    const second = await vault.createCase({ profile: { ...profile, title: 'Second' } });
    const withReport = await vault.updateCase({
      id: second.id,
      op: {
        op: 'addReport',
        fields: {
          channel: 'platform-form',
          targetName: 'X',
          status: 'sent',
          sentAt: '2026-11-24T10:00:00.000Z',
        },
      },
    });
    expect(withReport.reports[0]?.followUpAt).toBe('2026-11-26T10:00:00.000Z');
    expect(changes).toContain(second.id);
    c.advance(49 * 3600_000);
    const list = await vault.listCases();
    expect(list.map((x) => [x.title, x.reportCount, x.dueFollowUps])).toEqual([
      ['Second', 1, 1],
      ['Photos of Sam', 0, 0],
    ]);
    await vault.deleteCase({ id: second.id });
    expect((await vault.listCases()).map((x) => x.title)).toEqual(['Photos of Sam']);
    expect(
      Object.keys(await fakeBrowser.storage.local.get(null)).some((k) => k.includes(second.id)),
    ).toBe(false);
    expect(await codeOf(vault.getCase({ id: second.id }))).toMatch(/^not-found/);
    // Still there after a restart.
    vault.forgetMemory();
    expect((await vault.listCases()).map((x) => x.title)).toEqual(['Photos of Sam']);
  });

  it('turns a bad op into a clear invalid-data error', async () => {
    const { vault } = makeVault();
    await vault.createVault({ passphrase: PASS, profile });
    const [summary] = await vault.listCases();
    expect(
      await codeOf(
        vault.updateCase({ id: summary?.id ?? '', op: { op: 'removeNote', id: 'missing' } }),
      ),
    ).toBe(
      'invalid-data: This note is no longer in your case (it may have been deleted in another window). Nothing was changed.',
    );
  });

  it('wipeAll removes every stored thing', async () => {
    const { vault, blobs } = makeVault();
    await vault.createVault({ passphrase: PASS, profile });
    const [summary] = await vault.listCases();
    const id = summary?.id ?? '';
    await vault.updateCase({
      id,
      op: {
        op: 'addProof',
        id: 'proof1',
        fields: { type: 'passport', label: 'Passport' },
      },
    });
    await vault.attachProof({
      caseId: id,
      proofId: 'proof1',
      name: 'p.pdf',
      type: 'application/pdf',
      dataBase64: btoa('%PDF-1.4 data'),
    });
    await fakeBrowser.storage.local.set({ 'other.feature': 1 });
    const status = await vault.wipeAll();
    expect(status).toMatchObject({ exists: false, unlocked: false });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'other.feature': 1 });
    expect(await blobs.keys()).toEqual([]);
  });
});

describe('proof files', () => {
  it('stores them encrypted and reads them back', async () => {
    const { vault, blobs } = makeVault();
    await vault.createVault({ passphrase: PASS, profile });
    const [summary] = await vault.listCases();
    const id = summary?.id ?? '';
    await vault.updateCase({
      id,
      op: {
        op: 'addProof',
        id: 'proof1',
        fields: { type: 'birth-certificate', label: 'Birth certificate' },
      },
    });
    const text = '%PDF-1.4 BIRTH CERTIFICATE of Sam Example born 2012';
    const kase = await vault.attachProof({
      caseId: id,
      proofId: 'proof1',
      name: 'birth.pdf',
      type: 'application/pdf',
      dataBase64: btoa(text),
    });
    expect(kase.proofs[0]).toMatchObject({
      fileName: 'birth.pdf',
      fileType: 'application/pdf',
      fileSize: text.length,
    });
    const [key] = await blobs.keys();
    const stored = await blobs.get(key ?? '');
    expect(new TextDecoder().decode(stored?.ct)).not.toContain('Sam Example');
    expect(await vault.readProof({ caseId: id, proofId: 'proof1' })).toEqual({
      name: 'birth.pdf',
      type: 'application/pdf',
      dataBase64: btoa(text),
    });
  });

  it('refuses files over 20 MB', async () => {
    const { vault } = makeVault();
    await vault.createVault({ passphrase: PASS, profile });
    const [summary] = await vault.listCases();
    const id = summary?.id ?? '';
    await vault.updateCase({
      id,
      op: {
        op: 'addProof',
        id: 'p',
        fields: { type: 'other', label: 'Big' },
      },
    });
    // 1,023 bytes encode without padding, so the repeats stay valid base64: just over 20 MB.
    const big = btoa(String.fromCharCode(...new Uint8Array(1023))).repeat(20_510);
    expect(
      await codeOf(
        vault.attachProof({ caseId: id, proofId: 'p', name: 'b', type: '', dataBase64: big }),
      ),
    ).toMatch(/^invalid-data: The file is larger than 20 MB/);
  });
});
