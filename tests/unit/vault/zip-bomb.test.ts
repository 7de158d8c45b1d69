import { strToU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Case } from '@/lib/case/model';
import { toBase64 } from '@/lib/vault/bytes';
import { buildPlainExport } from '@/lib/vault/export';
import { readExportFile } from '@/lib/vault/import';
import { inflateEntries } from '@/lib/vault/unzip';
import { dumpLocal, openedVault, profile } from './helpers';
import { type RawEntry, rawZip, zerosDeflate } from './zip-bomb';

/**
 * Zip bombs with false sizes: entries that declare 10 bytes and inflate to far more. Reading
 * counts real bytes per entry and in total and stops at the first excess; entries case.json
 * doesn't list are never inflated; the read yields to the event loop and runs outside the
 * vault's queue.
 */
beforeEach(() => {
  fakeBrowser.reset();
});

const GiB = 1024 * 1024 * 1024;
let gibBomb: Uint8Array | undefined;
/** ~6.5 MB of DEFLATE that inflates to 1 GiB of zeros (built once for the file). */
const oneGiB = () => {
  gibBomb ??= zerosDeflate(GiB);
  return gibBomb;
};
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

/** A genuine export with one PNG proof, taken apart: its case.json and the proof's path. */
async function genuine() {
  const at = '2026-11-24T10:00:00.000Z';
  const proof = {
    id: 'p1',
    createdAt: at,
    updatedAt: at,
    provenance: { source: 'manual' },
    type: 'passport',
    label: 'Passport',
    fileId: 'f1',
    fileName: 'passport.png',
    fileType: 'image/png',
    fileSize: PNG.length,
  };
  const kase = Case.parse({ id: 'c1', createdAt: at, updatedAt: at, profile, proofs: [proof] });
  const { zip } = await buildPlainExport({
    cases: [kase],
    schemaVersion: 1,
    files: [
      {
        caseId: 'c1',
        proofId: 'p1',
        fileId: 'f1',
        name: 'passport.png',
        type: 'image/png',
        bytes: PNG,
      },
    ],
    createdAt: new Date(at),
    appVersion: '0.1.0',
  });
  const parts = unzipSync(zip);
  const path = Object.keys(parts).find((name) => name.startsWith('files/')) ?? '';
  const caseJson: RawEntry = {
    name: 'case.json',
    data: parts['case.json'] ?? new Uint8Array(),
    method: 0,
    declaredSize: parts['case.json']?.length ?? 0,
  };
  return { caseJson, path };
}

describe('crafted zips (the test tool itself)', () => {
  it('a declared-10-bytes entry really inflates to what was built', async () => {
    const zip = rawZip([{ name: 'a', data: zerosDeflate(100_000), method: 8, declaredSize: 10 }]);
    const out = await inflateEntries(zip, new Map([['a', { cap: 200_000, tooBig: 'big' }]]), {
      maxEntries: 10,
      maxTotalBytes: 1_000_000,
    });
    expect(out.get('a')?.length).toBe(100_000);
    expect(out.get('a')?.every((b) => b === 0)).toBe(true);
  });
});

describe('zip bombs', () => {
  it('case.json declared 10 bytes that inflates past its cap is refused at the cap', async () => {
    const zip = rawZip([
      { name: 'case.json', data: zerosDeflate(5_000_000), method: 8, declaredSize: 10 },
    ]);
    await expect(
      readExportFile(zip, undefined, { unzip: { maxCaseJsonBytes: 64 * 1024 } }),
    ).rejects.toThrow('case.json in the ZIP is larger than 150 MB.');
  });

  it('a listed proof declared 10 bytes that inflates to 1 GiB is refused (product caps)', async () => {
    const { caseJson, path } = await genuine();
    const zip = rawZip([caseJson, { name: path, data: oneGiB(), method: 8, declaredSize: 10 }]);
    await expect(readExportFile(zip)).rejects.toThrow(
      'The file “passport.png” in the ZIP is larger than listed, so it can’t be read safely.',
    );
  });

  it('a 1 GiB entry that case.json does not list is never inflated; the import reads', async () => {
    const { caseJson, path } = await genuine();
    const zip = rawZip([
      caseJson,
      { name: path, data: PNG, method: 0, declaredSize: PNG.length },
      { name: 'files/c1/extra.bin', data: oneGiB(), method: 8, declaredSize: 10 },
    ]);
    const file = await readExportFile(zip);
    expect([...file.files.keys()]).toEqual([path]);
  });

  it('stops at the running total across entries', async () => {
    const zip = rawZip([
      { name: 'a', data: zerosDeflate(60_000), method: 8, declaredSize: 10 },
      { name: 'b', data: zerosDeflate(60_000), method: 8, declaredSize: 10 },
    ]);
    const rule = { cap: 100_000, tooBig: 'too big' };
    await expect(
      inflateEntries(
        zip,
        new Map([
          ['a', rule],
          ['b', rule],
        ]),
        { maxEntries: 10, maxTotalBytes: 100_000 },
      ),
    ).rejects.toThrow('The ZIP unpacks to more than 0 MB.');
  });

  it('refuses a ZIP with more entries than allowed, counting unlisted ones', async () => {
    const entries = Array.from({ length: 5 }, (_, i) => ({
      name: `x${i}`,
      data: strToU8('x'),
      method: 0 as const,
      declaredSize: 1,
    }));
    await expect(
      inflateEntries(rawZip(entries), new Map(), { maxEntries: 4, maxTotalBytes: 10 }),
    ).rejects.toThrow('The ZIP holds more than 4 files.');
  });

  it('a bomb import into the vault is refused with nothing changed', async () => {
    const { caseJson, path } = await genuine();
    const zip = rawZip([caseJson, { name: path, data: oneGiB(), method: 8, declaredSize: 10 }]);
    const { vault } = await openedVault();
    const before = await dumpLocal();
    await expect(vault.applyImport({ dataBase64: toBase64(zip) })).rejects.toMatchObject({
      code: 'bad-import',
    });
    expect(await dumpLocal()).toBe(before);
  });
});

describe('an import never holds the vault', () => {
  it('yields to the event loop between slices', async () => {
    const zip = rawZip([{ name: 'a', data: zerosDeflate(2_000_000), method: 8, declaredSize: 10 }]);
    let ranDuring = false;
    setTimeout(() => {
      ranDuring = true;
    }, 0);
    const reading = inflateEntries(zip, new Map([['a', { cap: 3_000_000, tooBig: 'big' }]]), {
      maxEntries: 10,
      maxTotalBytes: 3_000_000,
      sliceBytes: 256,
      yieldAfterMs: 0,
    });
    await reading;
    expect(ranDuring).toBe(true);
  });

  it('is read outside the vault queue: a status asked after it is answered first', async () => {
    const { caseJson, path } = await genuine();
    const zip = rawZip([caseJson, { name: path, data: PNG, method: 0, declaredSize: PNG.length }]);
    const { vault } = await openedVault();
    const order: string[] = [];
    const preview = vault
      .previewImport({ dataBase64: toBase64(zip) })
      .then(() => order.push('import'));
    const status = vault.vaultStatus().then(() => order.push('status'));
    await Promise.all([preview, status]);
    expect(order).toEqual(['status', 'import']);
  });
});
