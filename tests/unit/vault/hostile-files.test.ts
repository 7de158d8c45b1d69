import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Case } from '@/lib/case/model';
import { hasHiddenCharacters } from '@/lib/case/normalise';
import { toBase64, utf8 } from '@/lib/vault/bytes';
import { buildPlainExport } from '@/lib/vault/export';
import { checkProofFile, sniffProofType } from '@/lib/vault/file-types';
import { readExportFile } from '@/lib/vault/import';
import { dumpLocal, openedVault, profile } from './helpers';

/**
 * Proof files that are web pages (a "proof" of type text/html opened at the extension's
 * origin could draw a fake passphrase form). Only PDF, PNG, JPEG, WebP and HEIC are kept,
 * checked by declared type AND first bytes, at upload and at import.
 */
beforeEach(() => {
  fakeBrowser.reset();
});

const bytesOf = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));
const PNG = bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'rest');
const JPEG = bytesOf([0xff, 0xd8, 0xff, 0xe0], 'JFIF');
const WEBP = bytesOf('RIFF', [0x10, 0, 0, 0], 'WEBPVP8 ');
const HEIC = bytesOf([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic');
const PDF = bytesOf('%PDF-1.7\n%âãÏÓ');
const HTML = bytesOf('<!doctype html><form action="https://evil.example">Session expired');
const SVG = bytesOf('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');

describe('proof file allow-list', () => {
  it.each([
    ['application/pdf', PDF],
    ['image/png', PNG],
    ['image/jpeg', JPEG],
    ['image/jpg', JPEG],
    ['image/webp', WEBP],
    ['image/heic', HEIC],
  ])('keeps %s with matching bytes', (type, bytes) => {
    expect(checkProofFile(type, bytes).ok).toBe(true);
  });

  it.each([
    ['an html page renamed .png', 'image/png', HTML],
    ['an html page', 'text/html', HTML],
    ['an svg image', 'image/svg+xml', SVG],
    ['an svg declared png', 'image/png', SVG],
    ['a png declared as pdf', 'application/pdf', PNG],
    ['a pdf declared as html', 'text/html', PDF],
    ['empty bytes', 'image/png', new Uint8Array(0)],
    ['a png signature cut short', 'image/png', PNG.slice(0, 5)],
  ])('refuses %s', (_what, type, bytes) => {
    expect(checkProofFile(type, bytes)).toMatchObject({ ok: false });
  });

  it('does not take an html page for a pdf because it mentions %PDF later', () => {
    expect(sniffProofType(bytesOf('<html>%PDF-1.7'))).toBeNull();
  });
});

async function vaultWithProofItem() {
  const made = await openedVault();
  await made.vault.updateCase({
    id: made.caseId,
    op: { op: 'addProof', id: 'p1', fields: { type: 'passport', label: 'Passport' } },
  });
  return made;
}

describe('at upload (attachProof)', () => {
  it('refuses an html page renamed .png with a clear message; nothing is stored', async () => {
    const { vault, caseId, blobs } = await vaultWithProofItem();
    const before = await dumpLocal();
    await expect(
      vault.attachProof({
        caseId,
        proofId: 'p1',
        name: 'passport.png',
        type: 'image/png',
        dataBase64: toBase64(HTML),
      }),
    ).rejects.toMatchObject({
      code: 'invalid-data',
      message: expect.stringMatching(/^Beacon can keep only PDF, PNG, JPEG, WebP or HEIC files/),
    });
    expect(await blobs.keys()).toEqual([]);
    expect(await dumpLocal()).toBe(before);
  });

  it.each([
    ['fr', /^Beacon ne peut garder que des fichiers PDF, PNG, JPEG, WebP ou HEIC/],
    ['es', /^Beacon solo puede guardar archivos PDF, PNG, JPEG, WebP o HEIC/],
  ] as const)('says the refusal in the vault’s language (%s)', async (lang, words) => {
    const { vault, caseId } = await vaultWithProofItem();
    await vault.updateSettings({ lang });
    await expect(
      vault.attachProof({
        caseId,
        proofId: 'p1',
        name: 'passport.png',
        type: 'image/png',
        dataBase64: toBase64(HTML),
      }),
    ).rejects.toMatchObject({ code: 'invalid-data', message: expect.stringMatching(words) });
  });

  it('stores the type its bytes are, not a look-alike declared type', async () => {
    const { vault, caseId } = await vaultWithProofItem();
    const kase = await vault.attachProof({
      caseId,
      proofId: 'p1',
      name: 'p.jpg',
      type: 'image/jpg',
      dataBase64: toBase64(JPEG),
    });
    expect(kase.proofs[0]?.fileType).toBe('image/jpeg');
  });
});

async function exportWithProof(type: string, bytes: Uint8Array) {
  const at = '2026-11-24T10:00:00.000Z';
  const kase = Case.parse({
    id: 'hostile',
    createdAt: at,
    updatedAt: at,
    profile,
    proofs: [
      {
        id: 'p1',
        createdAt: at,
        updatedAt: at,
        provenance: { source: 'manual' },
        type: 'passport',
        label: 'Passport',
        fileId: 'f1',
        fileName: 'passport.png',
        fileType: type,
        fileSize: bytes.length,
      },
    ],
  });
  const { zip } = await buildPlainExport({
    cases: [kase],
    schemaVersion: 1,
    files: [{ caseId: 'hostile', proofId: 'p1', fileId: 'f1', name: 'passport.png', type, bytes }],
    createdAt: new Date(at),
    appVersion: '0.1.0',
  });
  return zip;
}

describe('at import', () => {
  it.each([
    ['text/html', HTML],
    ['image/png', HTML],
    ['image/svg+xml', SVG],
  ])(
    'refuses the whole file when a proof is %s (html/svg content), nothing changed',
    async (type, bytes) => {
      const zip = await exportWithProof(type, bytes);
      await expect(readExportFile(zip)).rejects.toThrow(
        /The file “passport\.png” can’t be imported/,
      );
      const { vault, blobs } = await openedVault();
      const before = await dumpLocal();
      await expect(vault.applyImport({ dataBase64: toBase64(zip) })).rejects.toMatchObject({
        code: 'bad-import',
      });

      expect(await dumpLocal()).toBe(before);
      expect(await blobs.keys()).toEqual([]);
      await vault.updateSettings({ lang: 'fr' });
      await expect(vault.previewImport({ dataBase64: toBase64(zip) })).rejects.toMatchObject({
        message: expect.stringMatching(
          /^Le fichier « passport\.png » ne peut pas être importé\. Beacon ne peut garder que/,
        ),
      });
    },
  );

  it('imports a real png proof', async () => {
    const zip = await exportWithProof('image/png', PNG);
    const file = await readExportFile(zip);
    expect([...file.files.values()][0]).toEqual(PNG);
  });
});

describe('control characters and bidi overrides in every text field of an import', () => {
  const H = '\u202Egpj.exe\u0000\u200B\u2066';
  it('imports the text as written, with every address normalised to one clean line', async () => {
    const at = '2026-11-24T10:00:00.000Z';
    const meta = { createdAt: at, updatedAt: at, provenance: { source: 'manual' as const } };
    const kase = {
      id: 'bidi',
      createdAt: at,
      updatedAt: at,
      profile: {
        ...profile,
        title: `Title ${H}`,
        victimName: `Sam ${H}`,
        contact: { name: H, email: H },
      },
      evidence: [
        {
          id: 'e1',
          ...meta,
          kind: 'post',
          platform: 'x',
          url: 'https://x.com/a/status/1\u000Ahttps://evil.example/',
          postId: `1${H}`,
          author: { handle: `@a${H}`, displayName: H, profileUrl: 'https://x.com/\u202Ea' },
          text: H,
          subject: H,
          notes: H,
          media: [{ kind: 'image', address: `https://pbs.twimg.com/${H}` }],
          quoted: { handle: H, postId: H, permalink: 'https://x.com/q\u0009/status/2' },
        },
      ],
      reports: [
        {
          id: 'r1',
          ...meta,
          channel: 'police',
          targetName: H,
          reference: H,
          whatWasSent: H,
          answer: H,
          status: 'sent',
        },
      ],
      notes: [{ id: 'n1', ...meta, text: H }],
      proofs: [{ id: 'p1', ...meta, type: 'other', label: H, notes: H }],
      stepsDone: [H],
    };
    const { zip } = await buildPlainExport({
      cases: [kase],
      schemaVersion: 1,
      files: [],
      createdAt: new Date(at),
      appVersion: '0.1.0',
    });
    const { vault } = await openedVault();
    await vault.applyImport({ dataBase64: toBase64(zip) });
    const stored = await vault.getCase({ id: 'bidi' });
    const e = stored.evidence[0];
    expect(e?.url).toBe('https://x.com/a/status/1https://evil.example/');
    expect(e?.author?.profileUrl).toBe('https://x.com/%E2%80%AEa');
    expect(e?.quoted?.permalink).toBe('https://x.com/q/status/2');
    for (const url of [e?.url, e?.author?.profileUrl, e?.quoted?.permalink])
      expect(hasHiddenCharacters(url ?? '') || /\s/.test(url ?? '')).toBe(false);
    // Text is the user's record and stays as written; displays escape it (lib/casefile).
    expect(stored.notes[0]?.text).toBe(H);
    expect(stored.profile.title).toBe(`Title ${H}`);
  });
});
