import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Case } from '@/lib/case/model';
import { fromBase64, toBase64, utf8 } from '@/lib/vault/bytes';
import { canonicalJson, sha256Hex } from '@/lib/vault/canonical';
import { buildEncryptedExport, buildPlainExport } from '@/lib/vault/export';
import { ImportError, readExportFile } from '@/lib/vault/import';
import { normalizeCase } from '@/lib/vault/layout';
import { planImport } from '@/lib/vault/merge';
import { dumpLocal, makeVault, PASS, profile } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

// --- arbitraries ------------------------------------------------------------------------------

const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
const when = fc
  .integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2030-01-01T00:00:00Z') })
  .map((t) => new Date(t).toISOString());
const text = fc.string({ maxLength: 40 });
const url = fc.stringMatching(/^[a-z0-9]{1,10}$/).map((s) => `https://example.com/${s}`);
const meta = {
  id,
  createdAt: when,
  updatedAt: when,
  provenance: fc.constant({ source: 'manual' as const }),
};

const evidence = fc.record({
  ...meta,
  kind: fc.constantFrom('post', 'account', 'message'),
  platform: fc.constantFrom('x', 'instagram', 'web'),
  url: fc.option(url, { nil: undefined }),
  author: fc.option(fc.record({ handle: text }), { nil: undefined }),
  text: fc.option(text, { nil: undefined }),
  status: fc.constantFrom('online', 'removed'),
});
const report = fc.record({
  ...meta,
  channel: fc.constantFrom('hotline', 'police', 'platform-form'),
  targetName: text,
  status: fc.constantFrom('draft', 'sent', 'refused'),
  reference: fc.option(text, { nil: undefined }),
});
const note = fc.record({ ...meta, text });
const uniqueById = <T extends { id: string }>(arb: fc.Arbitrary<T>) =>
  fc.uniqueArray(arb, { selector: (x) => x.id, maxLength: 6 });

const caseArb = fc
  .record({
    id,
    createdAt: when,
    updatedAt: when,
    title: text,
    evidence: uniqueById(evidence),
    reports: uniqueById(report),
    notes: uniqueById(note),
    stepsDone: fc.uniqueArray(fc.stringMatching(/^[a-z-]{1,10}$/), { maxLength: 3 }),
  })
  .map(({ title, evidence: ev, reports, notes, ...rest }) => {
    // Ids are unique across the kinds of one case.
    const seen = new Set<string>();
    const keep = <T extends { id: string }>(list: T[]) =>
      list.filter((x) => !seen.has(x.id) && seen.add(x.id));
    return normalizeCase(
      Case.parse({
        ...rest,
        profile: { ...profile, title },
        evidence: keep(ev),
        reports: keep(reports),
        notes: keep(notes),
      }),
    );
  });
const casesArb = fc.uniqueArray(caseArb, { selector: (c) => c.id, maxLength: 3 });

const source = (cases: Case[]) => ({
  cases,
  schemaVersion: 1,
  files: [],
  createdAt: new Date('2026-11-24T10:00:00Z'),
  appVersion: '0.1.0',
});

// --- round trips --------------------------------------------------------------------------------

describe('export → import round trip (property)', () => {
  it('plain ZIP gives back the same cases and hash', async () => {
    await fc.assert(
      fc.asyncProperty(casesArb, async (cases) => {
        const { zip, sha256 } = await buildPlainExport(source(cases));
        const file = await readExportFile(zip);
        expect(file.content.cases).toEqual(cases);
        expect(file.sha256).toBe(sha256);
      }),
      { numRuns: 60 },
    );
  });

  it('encrypted file gives back the same cases', async () => {
    await fc.assert(
      fc.asyncProperty(
        casesArb,
        fc.string({ minLength: 1, maxLength: 30 }),
        async (cases, pass) => {
          const { zip, sha256 } = await buildPlainExport(source(cases));
          const file = await buildEncryptedExport(zip, sha256, pass, {
            createdAt: new Date(),
            appVersion: '0.1.0',
            iterations: 100_000,
          });
          expect((await readExportFile(file, pass)).content.cases).toEqual(cases);
        },
      ),
      { numRuns: 8 },
    );
  });

  it('merging never loses or changes what the vault has, and re-importing adds nothing', () => {
    fc.assert(
      fc.property(casesArb, casesArb, (mine, theirs) => {
        const existing = new Map(mine.map((c) => [c.id, c]));
        const plan = planImport(existing, theirs, new Date('2026-11-24T10:00:00Z'));
        const after = new Map(existing);
        for (const c of plan.changed) after.set(c.id, c);
        for (const c of mine) {
          const merged = after.get(c.id) as Case;
          for (const key of ['evidence', 'reports', 'proofs', 'notes'] as const) {
            for (const item of c[key]) {
              expect(merged[key].find((x) => x.id === item.id)).toEqual(item);
            }
          }
          expect(merged.profile).toEqual(c.profile);
        }
        const again = planImport(after, theirs, new Date('2026-11-25T10:00:00Z'));
        expect(again.changed).toEqual([]);
        for (const s of again.summary)
          expect(s.newEvidence + s.newReports + s.newProofs + s.newNotes).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('vault export/import', () => {
  it('exports everything (with a proof file) and imports into a fresh vault', async () => {
    const { vault } = makeVault();
    await vault.createVault({ passphrase: PASS, profile });
    const [summary] = await vault.listCases();
    const id = summary?.id ?? '';
    await vault.updateCase({
      id,
      op: {
        op: 'addEvidence',
        fields: { kind: 'post', platform: 'x', url: 'https://x.com/a/status/1' },
      },
    });
    await vault.updateCase({
      id,
      op: {
        op: 'addProof',
        id: 'pp',
        fields: { type: 'passport', label: 'Passport' },
      },
    });
    await vault.attachProof({
      caseId: id,
      proofId: 'pp',
      name: 'p.pdf',
      type: 'application/pdf',
      dataBase64: btoa('%PDF-1.7 x'),
    });
    const original = await vault.getCase({ id });
    const encrypted = await vault.exportData({
      format: 'encrypted',
      passphrase: 'for the advocate',
    });
    const plain = await vault.exportData({ format: 'plain', caseIds: [id] });
    expect(encrypted.fileName).toMatch(/^beacon-export-\d{4}-\d{2}-\d{2}\.beacon\.json$/);
    expect(plain).toMatchObject({ mime: 'application/zip', sha256: encrypted.sha256 });
    // The plain ZIP is readable by a person: case.json + the file.
    const entries = unzipSync(fromBase64(plain.dataBase64));
    expect(Object.keys(entries).sort()).toEqual([
      'case.json',
      `files/${id}/${original.proofs[0]?.fileId}-p.pdf`,
    ]);
    expect(
      await sha256Hex(
        canonicalJson(JSON.parse(new TextDecoder().decode(entries['case.json'])).content),
      ),
    ).toBe(plain.sha256);

    await vault.wipeAll();
    await vault.createVault({
      passphrase: 'a brand new vault',
      profile: { ...profile, title: 'Fresh' },
    });
    const preview = await vault.previewImport({
      dataBase64: encrypted.dataBase64,
      passphrase: 'for the advocate',
    });
    expect(preview.cases).toEqual([
      {
        id,
        title: 'Photos of Sam',
        isNew: true,
        newEvidence: 1,
        newReports: 0,
        newProofs: 1,
        newNotes: 0,
        newSextortion: 0,
        newReceipts: 0,
        notFitting: 0,
        conflicts: 0,
      },
    ]);
    expect((await vault.listCases()).map((c) => c.title)).toEqual(['Fresh']);
    await vault.applyImport({ dataBase64: encrypted.dataBase64, passphrase: 'for the advocate' });
    expect(await vault.getCase({ id })).toEqual(original);
    expect(atob((await vault.readProof({ caseId: id, proofId: 'pp' })).dataBase64)).toBe(
      '%PDF-1.7 x',
    );
    // Importing the same file again adds nothing.
    const again = await vault.applyImport({ dataBase64: plain.dataBase64 });
    expect(again.cases[0]).toMatchObject({
      isNew: false,
      newEvidence: 0,
      newProofs: 0,
      conflicts: 0,
    });
  });

  it('never overwrites newer local data: counts a conflict and keeps the vault’s copy', async () => {
    const { vault } = makeVault();
    await vault.createVault({ passphrase: PASS, profile });
    const [summary] = await vault.listCases();
    const id = summary?.id ?? '';
    await vault.updateCase({ id, op: { op: 'addNote', id: 'n1', text: 'mine' } });
    const exported = await vault.exportData({ format: 'plain' });
    const kase = await vault.getCase({ id });
    // Someone else's newer edit of the same note, plus a new note.
    const theirs = {
      ...kase,
      notes: [
        { ...kase.notes[0], text: 'theirs', updatedAt: '2030-01-01T00:00:00.000Z' },
        {
          id: 'n2',
          createdAt: kase.createdAt,
          updatedAt: kase.createdAt,
          provenance: { source: 'manual' },
          text: 'new',
        },
      ],
    };
    const { zip } = await buildPlainExport(source([Case.parse(theirs)]));
    const summary2 = await vault.applyImport({ dataBase64: toBase64(zip) });
    expect(summary2.cases[0]).toMatchObject({ newNotes: 1, conflicts: 1 });
    // Items are kept oldest first: the imported note was created with the case, before 'mine'.
    expect((await vault.getCase({ id })).notes.map((n) => n.text)).toEqual(['new', 'mine']);
    expect(exported.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

// --- malformed corpus ---------------------------------------------------------------------------

async function goodZip(): Promise<Uint8Array> {
  const c = Case.parse({
    id: 'c1',
    createdAt: '2026-11-24T10:00:00.000Z',
    updatedAt: '2026-11-24T10:00:00.000Z',
    profile,
  });
  return (await buildPlainExport(source([c]))).zip;
}

/** A ZIP whose case.json is `text` as given (hash fixed up unless told not to). */
async function zipWith(
  edit: (envelope: Record<string, unknown>) => unknown,
  fixHash = true,
): Promise<Uint8Array> {
  const envelope = JSON.parse(new TextDecoder().decode(unzipSync(await goodZip())['case.json']));
  const edited = edit(envelope) as Record<string, unknown>;
  if (fixHash && typeof edited === 'object' && edited && 'content' in edited) {
    edited.sha256 = await sha256Hex(canonicalJson(edited.content));
  }
  return zipSync({
    'case.json': strToU8(typeof edited === 'string' ? edited : JSON.stringify(edited)),
  });
}

async function encryptedGood(pass = 'file pass'): Promise<Uint8Array> {
  const zip = await goodZip();
  const { sha256 } = await readExportFile(zip);
  return buildEncryptedExport(zip, sha256, pass, {
    createdAt: new Date('2026-11-24T10:00:00Z'),
    appVersion: '0.1.0',
    iterations: 100_000,
  });
}

function editEncrypted(bytes: Uint8Array, edit: (e: Record<string, unknown>) => void): Uint8Array {
  const e = JSON.parse(new TextDecoder().decode(bytes));
  edit(e);
  return utf8(JSON.stringify(e));
}

const corpus: Array<[string, () => Promise<Uint8Array>, string | RegExp, string?]> = [
  ['empty', async () => new Uint8Array(0), 'The file is empty.'],
  ['not a Beacon file', async () => utf8('hello'), /^This is not a Beacon export file/],
  [
    'truncated ZIP',
    async () => (await goodZip()).slice(0, 200),
    'The ZIP archive is damaged or cut short, so it can’t be read.',
  ],
  [
    'truncated encrypted file',
    async () => (await encryptedGood()).slice(0, 300),
    /^The encrypted file can’t be read: it is not valid JSON/,
  ],
  [
    'ZIP without case.json',
    async () => zipSync({ 'other.txt': strToU8('x') }),
    'The ZIP has no case.json, so it is not a Beacon export.',
  ],
  [
    'newer format version',
    () => zipWith((e) => ({ ...e, formatVersion: 2 })),
    /^The file was made by a newer version of Beacon \(format 2; this version reads up to 1\)/,
  ],
  [
    'wrong format name',
    () => zipWith((e) => ({ ...e, format: 'something-else' })),
    'This is not a Beacon export file (its format name is missing or different).',
  ],
  [
    'deep nesting',
    () => zipWith(() => `${'['.repeat(5000)}${']'.repeat(5000)}`),
    'case.json can’t be read: it is nested more than 64 levels deep.',
  ],
  [
    'prototype pollution (__proto__)',
    () => zipWith((e) => `{"__proto__":{"polluted":true},${JSON.stringify(e).slice(1)}`),
    `case.json can’t be read: it contains a key named "__proto__", which Beacon never writes and refuses to read.`,
  ],
  [
    'prototype pollution (constructor, nested)',
    () =>
      zipWith((e) => {
        const content = e.content as { cases: Array<Record<string, unknown>> };
        (content.cases[0] as Record<string, unknown>).profile = { constructor: { prototype: {} } };
        return e;
      }),
    `case.json can’t be read: it contains a key named "constructor" in content.cases.0.profile, which Beacon never writes and refuses to read.`,
  ],
  [
    'unknown field (strict schema)',
    () =>
      zipWith((e) => {
        const content = e.content as { cases: Array<Record<string, unknown>> };
        (content.cases[0] as Record<string, unknown>).extra = 1;
        return e;
      }),
    /^The case data doesn’t have the expected shape at cases\.0: Unrecognized key/,
  ],
  [
    'content changed after export (hash mismatch)',
    () =>
      zipWith((e) => {
        (
          (e.content as { cases: Array<{ profile: { title: string } }> }).cases[0] as {
            profile: { title: string };
          }
        ).profile.title = 'edited';
        return e;
      }, false),
    'The content doesn’t match the SHA-256 written in the file: it was changed or damaged after export.',
  ],
  [
    'wrong passphrase',
    async () => encryptedGood('right one'),
    /^That passphrase doesn’t open this file/,
    'wrong one',
  ],
  [
    'no passphrase for an encrypted file',
    async () => encryptedGood(),
    'This file is protected by a passphrase. Type the passphrase it was exported with.',
    '',
  ],
  [
    'bit-flipped ciphertext',
    async () =>
      editEncrypted(await encryptedGood(), (e) => {
        const data = fromBase64(e.data as string);
        data[40] = (data[40] as number) ^ 1;
        e.data = toBase64(data);
      }),
    'The passphrase is right but the file is damaged or was changed after export: its content does not match its seal.',
  ],
  [
    'KDF iterations too low',
    async () =>
      editEncrypted(await encryptedGood(), (e) => {
        (e.kdf as { iterations: number }).iterations = 10;
      }),
    'The file can’t be opened safely: the key settings ask for 10 PBKDF2 iterations; Beacon accepts 100,000 to 2,000,000.',
  ],
  [
    'KDF iterations too high',
    async () =>
      editEncrypted(await encryptedGood(), (e) => {
        (e.kdf as { iterations: number }).iterations = 1e9;
      }),
    'The file can’t be opened safely: the key settings ask for 1000000000 PBKDF2 iterations; Beacon accepts 100,000 to 2,000,000.',
  ],
  [
    'header edited (createdAt is sealed too)',
    async () =>
      editEncrypted(await encryptedGood(), (e) => {
        e.createdAt = '2020-01-01T00:00:00.000Z';
      }),
    'The passphrase is right but the file is damaged or was changed after export: its content does not match its seal.',
  ],
];

describe('malformed imports: each refused with its clear message, nothing changed', () => {
  it.each(corpus)('%s', async (_name, make, message, pass = 'file pass') => {
    const bytes = await make();
    const { vault } = makeVault();
    await vault.createVault({ passphrase: PASS, profile });
    const before = await dumpLocal();
    const dataBase64 = toBase64(bytes);
    for (const call of [vault.previewImport, vault.applyImport]) {
      await expect(call({ dataBase64, passphrase: pass })).rejects.toSatisfy((error: Error) =>
        typeof message === 'string' ? error.message === message : message.test(error.message),
      );
    }
    expect(await dumpLocal()).toBe(before);
  });

  it('files over the size cap are refused before parsing', async () => {
    await expect(
      readExportFile(new Uint8Array(2048), undefined, { maxBytes: 1024 }),
    ).rejects.toThrow(
      new ImportError('bad-import', 'The file is larger than 0 MB, the most Beacon imports.'),
    );
    await expect(
      readExportFile(new Uint8Array(3 * 1024 * 1024), undefined, { maxBytes: 2 * 1024 * 1024 }),
    ).rejects.toThrow('The file is larger than 2 MB, the most Beacon imports.');
  });
});
