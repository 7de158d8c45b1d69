import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  contentHash,
  IntegrityError,
  readPlainExport,
  snapshotHolds,
} from '@/lib/casefile/integrity';
import { fixedCase } from './fixture';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A deep copy with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversedKeys(v)]),
    );
  }
  return value;
}

function plainExportZip(content: unknown, sha: string): Uint8Array {
  const envelope = {
    format: 'beacon-case-export',
    formatVersion: 1,
    createdAt: '2026-03-06T12:00:00.000Z',
    appVersion: '0.1.0',
    sha256: sha,
    content,
  };
  return zipSync({
    'case.json': strToU8(JSON.stringify(envelope, null, 1)),
    'files/case-1/file-1-passport.jpg': [new Uint8Array([0xff, 0xd8, 0xff]), { level: 0 }],
  });
}

describe('the integrity hash', () => {
  it('is the SHA-256 of the canonical JSON text (keys sorted, no spaces, UTF-8)', async () => {
    const content = { schemaVersion: 1, files: [], cases: [{ b: 'é', a: [1, null] }] };
    // Written by hand from the canonical JSON rules in lib/vault/canonical.ts.
    const canonical = '{"cases":[{"a":[1,null],"b":"é"}],"files":[],"schemaVersion":1}';
    expect(await contentHash(content)).toBe(sha256(canonical));
  });

  it('is deterministic for a fixed case, whatever the key order', async () => {
    const content = { schemaVersion: 1, cases: [fixedCase], files: [] };
    const first = await contentHash(content);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await contentHash(reversedKeys(content))).toBe(first);
    expect(await contentHash(structuredClone(content))).toBe(first);
    const changed = structuredClone(content);
    (changed.cases[0] as typeof fixedCase).reports[0]!.reference = 'X-CSE-448813';
    expect(await contentHash(changed)).not.toBe(first);
  });

  it('reads and checks the hash from a plain export ZIP', async () => {
    const content = { schemaVersion: 1, cases: [fixedCase], files: [] };
    const sha = await contentHash(content);
    const snapshot = await readPlainExport(plainExportZip(content, sha));
    expect(snapshot.sha256).toBe(sha);
    expect(snapshotHolds(snapshot, fixedCase)).toBe(true);
    const other = { ...fixedCase, updatedAt: '2026-03-06T00:00:00.000Z' };
    expect(snapshotHolds(snapshot, other)).toBe(false);
  });

  it('refuses an export whose content was changed after hashing', async () => {
    const content = { schemaVersion: 1, cases: [fixedCase], files: [] };
    const sha = await contentHash(content);
    const tampered = structuredClone(content);
    tampered.cases[0]!.profile.title = 'Something else';
    await expect(readPlainExport(plainExportZip(tampered, sha))).rejects.toThrow(IntegrityError);
    await expect(readPlainExport(new Uint8Array([1, 2, 3]))).rejects.toThrow(IntegrityError);
  });
});

describe('the integrity hash and the vault’s export', () => {
  it('is exactly the hash the plain export of the same case carries', async () => {
    const { buildPlainExport } = await import('@/lib/vault/export');
    const passport = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const built = await buildPlainExport({
      cases: [fixedCase],
      schemaVersion: 1,
      files: [
        {
          caseId: 'case-1',
          proofId: 'pf-1',
          fileId: 'file-1',
          name: 'emma-martin-passport.jpg',
          type: 'image/jpeg',
          bytes: passport,
        },
      ],
      createdAt: new Date('2026-03-06T12:00:00.000Z'),
      appVersion: '0.1.0',
    });
    const snapshot = await readPlainExport(built.zip);
    expect(snapshot.sha256).toBe(built.sha256);
    expect(snapshotHolds(snapshot, fixedCase)).toBe(true);
    // The document file's own hash is part of what is hashed.
    const files = snapshot.content.files as Array<{ sha256: string }>;
    expect(files[0]?.sha256).toBe(createHash('sha256').update(passport).digest('hex'));
  });
});
