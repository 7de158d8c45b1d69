import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toBase64 } from '@/lib/vault/bytes';
import { decryptJson, type Sealed } from '@/lib/vault/crypto';
import { readExportFile } from '@/lib/vault/import';
import { caseRecords, headerKey } from '@/lib/vault/layout';
import type { Migration } from '@/lib/vault/migrations';
import { commit, ensureOpen } from '@/lib/vault/store';
import { dumpLocal, makeVault, openedVault, PASS, profile } from './helpers';

const dir = new URL('../../fixtures/vault/', import.meta.url).pathname;
const VAULT_PASS = 'fixture vault passphrase v1';
const EXPORT_PASS = 'fixture export passphrase v1';
const FROZEN_SHA = 'ec55fd0f0cb11f3d84db9164a6e66dc64429491e8223f09e6eaa98edbe60c618';

/** Written by reading make-fixtures.ts, not by running the code under test. */
function expectFixtureCase(kase: unknown) {
  expect(kase).toMatchObject({
    id: 'fx1',
    profile: {
      title: 'Fixture case',
      role: 'victim',
      country: 'CA',
      contact: { name: 'Alex Example' },
    },
    evidence: [
      {
        id: 'ev1',
        kind: 'account',
        platform: 'instagram',
        url: 'https://www.instagram.com/fixture_account/',
        author: { handle: '@fixture_account' },
        notes: 'Sent threats on 2026-11-20',
        provenance: { source: 'manual' },
      },
    ],
    reports: [
      {
        id: 'rp1',
        channel: 'hotline',
        targetName: 'Cybertip.ca',
        status: 'sent',
        reference: 'CT-0001',
        sentAt: '2026-11-24T12:00:00.000Z',
        followUpAt: '2026-11-26T12:00:00.000Z',
        evidenceIds: ['ev1'],
      },
    ],
    proofs: [
      {
        id: 'pf1',
        type: 'school-id',
        label: 'School card',
        fileName: 'school card.txt',
        fileType: 'text/plain',
        fileSize: 19,
      },
    ],
    notes: [{ id: 'nt1', text: 'Fixture note' }],
    stepsDone: ['cybertip-report'],
  });
}

async function loadV1() {
  const stored = JSON.parse(readFileSync(`${dir}v1.storage.json`, 'utf8'));
  await fakeBrowser.storage.local.set(stored);
  return stored;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('schema v1 vault fixture', () => {
  it('holds no clear text', () => {
    const text = readFileSync(`${dir}v1.storage.json`, 'utf8');
    for (const secret of [
      'fixture_account',
      'Fixture case',
      'Alex Example',
      'Cybertip',
      'CT-0001',
      'Fixture note',
      'school card',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('opens with its passphrase in this version (chain walk v1 → current)', async () => {
    await loadV1();
    const { vault } = makeVault();
    const status = await vault.unlock({ passphrase: VAULT_PASS });
    expect(status).toMatchObject({
      exists: true,
      unlocked: true,
      settings: { lang: 'fr', currentCaseId: 'fx1' },
    });
    expect(status.migration).toBeUndefined();
    expectFixtureCase(await vault.getCase({ id: 'fx1' }));
  });

  it('a v1 case (no sextortion record, no receipts, no change log) opens unchanged', async () => {
    const before = await loadV1();
    const { vault } = makeVault();
    await vault.unlock({ passphrase: VAULT_PASS });
    const kase = await vault.getCase({ id: 'fx1' });
    expect(kase.sextortion).toBeUndefined();
    expect(kase.hashReceipts).toEqual([]);
    expect(kase.changes).toEqual([]);
    expect(kase.profile.contact).toEqual({ name: 'Alex Example' });
    // Opening writes nothing: the stored records are the fixture's, byte for byte.
    const after = await fakeBrowser.storage.local.get(null);
    delete (after as Record<string, unknown>)['beacon.guard'];
    delete before['beacon.guard'];
    expect(after).toEqual(before);
  });

  it('migrates v1 → v2 with a migration step, saves once, and never re-runs it', async () => {
    await loadV1();
    const toV2: Migration = {
      from: 1,
      to: 2,
      describe: 'test: mark titles',
      migrate: (doc) => ({
        cases: doc.cases.map((c) => {
          const kase = c as { profile: { title: string } };
          return { ...kase, profile: { ...kase.profile, title: `${kase.profile.title} (v2)` } };
        }),
      }),
    };
    const { vault } = makeVault({ schemaVersion: 2, migrations: [toV2] });
    await vault.unlock({ passphrase: VAULT_PASS });
    expect((await vault.getCase({ id: 'fx1' })).profile.title).toBe('Fixture case (v2)');
    const meta = (await fakeBrowser.storage.local.get('beacon.meta'))['beacon.meta'] as {
      schemaVersion: number;
    };
    expect(meta.schemaVersion).toBe(2);
    vault.forgetMemory();
    expect((await vault.getCase({ id: 'fx1' })).profile.title).toBe('Fixture case (v2)');
  });

  it('a failed migration stops, keeps the old data, says so, refuses writes and still exports', async () => {
    const before = await loadV1();
    const broken: Migration = {
      from: 1,
      to: 2,
      describe: 'test: broken step',
      migrate: () => {
        throw new Error('field x missing');
      },
    };
    const { vault } = makeVault({ schemaVersion: 2, migrations: [broken] });
    const status = await vault.unlock({ passphrase: VAULT_PASS });
    expect(status.migration).toEqual({
      failed: true,
      fromVersion: 1,
      toVersion: 2,
      message:
        'Updating saved cases from data version 1 to 2 (test: broken step) failed: field x missing',
    });
    await expect(vault.updateCase({ id: 'fx1', op: { op: 'addNote', text: 'x' } })).rejects.toThrow(
      // The fixture vault speaks French: the refusal does too (refusal.ts).
      /^Beacon ne peut pas modifier les dossiers enregistrés/,
    );
    const file = await vault.exportData({ format: 'plain' });
    const read = await readExportFile(
      Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0)),
      undefined,
      {
        schemaVersion: 1,
      },
    );
    expectFixtureCase(read.content.cases[0]);
    const after = await fakeBrowser.storage.local.get(null);
    delete (after as Record<string, unknown>)['beacon.guard'];
    delete before['beacon.guard'];
    expect(after).toEqual(before);
  });

  it('a vault written by a newer schema is not touched', async () => {
    await loadV1();
    const { vault } = makeVault({ schemaVersion: 0 as number });
    const status = await vault.unlock({ passphrase: VAULT_PASS });
    expect(status.migration?.message).toMatch(/newer version of Beacon/);
  });
});

describe('frozen export vectors (format 1)', () => {
  // These files were frozen before proof files were restricted to PDF and images: their proof
  // is a text file ("school card.txt", text/plain). Everything before the proof check (format,
  // seal, passphrase, hash, schema) must still read; the text proof now refuses the whole
  // import with a clear reason and nothing changed.
  const refusal =
    /The file “school card\.txt” can’t be imported\. Beacon can keep only PDF, PNG, JPEG, WebP or HEIC files/;

  it('the encrypted export opens with its passphrase, then is refused for its text proof', async () => {
    const bytes = new Uint8Array(readFileSync(`${dir}export-v1.beacon.json`));
    await expect(readExportFile(bytes, 'not the passphrase')).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
    await expect(readExportFile(bytes, EXPORT_PASS)).rejects.toThrow(refusal);
  });

  it('the plain export reads up to its proof, and its import changes nothing', async () => {
    const bytes = new Uint8Array(readFileSync(`${dir}export-v1.zip`));
    await expect(readExportFile(bytes)).rejects.toThrow(refusal);
    const envelope = JSON.parse(new TextDecoder().decode(unzipSync(bytes)['case.json']));
    expect(envelope.sha256).toBe(FROZEN_SHA);
    expectFixtureCase(envelope.content.cases[0]);
    const { vault } = makeVault();
    await vault.createVault({ passphrase: PASS, profile });
    const before = await dumpLocal();
    await expect(vault.applyImport({ dataBase64: toBase64(bytes) })).rejects.toMatchObject({
      code: 'bad-import',
    });
    expect(await dumpLocal()).toBe(before);
    expect((await vault.listCases()).map((c) => c.id)).not.toContain('fx1');
  });
});

describe('a case saved before the contact and the sextortion record existed', () => {
  it('opens with an empty contact and no record, and opening writes nothing', async () => {
    // The header as the first versions wrote it: no contact, no victim's name, no sextortion
    // record, no receipts, no change log, no edited notices (encrypted like any record).
    const { ctx, caseId } = await openedVault();
    const o = await ensureOpen(ctx);
    const kase = o.cases.get(caseId);
    if (!kase) throw new Error('no case');
    const header = caseRecords(kase).get(headerKey(caseId)) as Record<string, unknown>;
    const {
      contact: _c,
      victimName: _v,
      ...oldProfile
    } = header.profile as Record<string, unknown>;
    const {
      sextortion: _s,
      hashReceipts: _h,
      changes: _ch,
      noticeEdits: _n,
      ...oldHeader
    } = header;
    await commit(ctx, o.dataKey, { [headerKey(caseId)]: { ...oldHeader, profile: oldProfile } });
    const before = await fakeBrowser.storage.local.get(null);
    const stored = (await decryptJson(
      o.dataKey,
      before[headerKey(caseId)] as Sealed,
      headerKey(caseId),
    )) as Record<string, Record<string, unknown>>;
    expect(Object.keys(stored.profile ?? {})).not.toContain('contact');
    expect(Object.keys(stored)).not.toContain('sextortion');
    expect(Object.keys(stored)).not.toContain('hashReceipts');

    const { vault } = makeVault();
    vault.forgetMemory();
    await vault.unlock({ passphrase: PASS });
    const opened = await vault.getCase({ id: caseId });
    expect(opened.profile).toEqual({ ...profile, contact: {} });
    expect(opened.sextortion).toBeUndefined();
    expect(opened.hashReceipts).toEqual([]);
    expect(opened.changes).toEqual([]);
    expect(opened.noticeEdits).toEqual({});
    const after = await fakeBrowser.storage.local.get(null);
    delete (after as Record<string, unknown>)['beacon.guard'];
    delete (before as Record<string, unknown>)['beacon.guard'];
    expect(after).toEqual(before);

    // The first details change is one entry, and the contact is saved encrypted.
    await vault.updateCase({
      id: caseId,
      op: { op: 'setProfile', profile: { ...opened.profile, contact: { name: 'Kim Newname' } } },
    });
    expect((await vault.getCase({ id: caseId })).changes).toMatchObject([
      { kind: 'details-changed', fields: [{ field: 'contact.name' }] },
    ]);
    expect(await dumpLocal()).not.toContain('Kim Newname');
  });
});
