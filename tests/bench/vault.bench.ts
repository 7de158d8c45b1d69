/**
 * Vault bench: a vault with 10,000 evidence items and 1,000 reports in one case (the
 * worst case for a save: all items share one case's buckets). Prints unlock (KDF-dominated),
 * save of one item, export (plain and encrypted), import, and the vault's heap footprint, with
 * the ratio to each budget. Storage is an in-memory area (the browser's own write time is not
 * included; each save is one storage.local.set of ~1/64 of a kind's bucket).
 *   npx jiti tests/bench/vault.bench.ts      (npm run bench runs it)
 */
import { CaseProfile } from '../../lib/case/model';
import { memoryBlobStore } from '../../lib/vault/blobs';
import { createVaultService } from '../../lib/vault/service';
import type { StorageArea } from '../../lib/vault/storage';
import { bigCase, EVIDENCE, REPORTS } from './big-case';

const PASS = 'bench passphrase with some length';

function memoryArea(): StorageArea & { bytes(): number } {
  const map = new Map<string, unknown>();
  return {
    async get(keys) {
      const list = keys === null ? [...map.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => map.has(k)).map((k) => [k, map.get(k)]));
    },
    async set(items) {
      // Like the browser: values are serialized on write.
      for (const [k, v] of Object.entries(items)) map.set(k, JSON.parse(JSON.stringify(v)));
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) map.delete(k);
    },
    bytes: () => JSON.stringify(Object.fromEntries(map)).length,
  };
}

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const ms = (t: number) => `${t.toFixed(0)} ms`;
const line = (label: string, value: string, budget?: string, ratio?: number) =>
  console.log(
    `  ${label.padEnd(34)} ${value.padStart(10)}${budget ? `   budget ${budget.padEnd(8)} ${((ratio ?? 0) * 100).toFixed(0).padStart(4)}%` : ''}`,
  );

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const out = await fn();
  return [out, performance.now() - start];
}

const local = memoryArea();
const session = memoryArea();
const blobs = memoryBlobStore();
const env = { local, session, blobs, appVersion: 'bench' };

// Build the vault: a real 600,000-iteration vault, then the big case imported as one file.
const setup = createVaultService(env);
await setup.createVault({
  passphrase: PASS,
  profile: CaseProfile.parse({
    title: 'First',
    role: 'parent',
    ageAtTime: 'minor',
    country: 'FR',
    languages: ['fr'],
  }),
});
const kase = bigCase();
const { buildPlainExport } = await import('../../lib/vault/export');
const { toBase64 } = await import('../../lib/vault/bytes');
const seed = await buildPlainExport({
  cases: [kase],
  schemaVersion: 1,
  files: [],
  createdAt: new Date(),
  appVersion: 'bench',
});
await setup.applyImport({ dataBase64: toBase64(seed.zip) });
await setup.lock();

console.log(
  `Vault: ${EVIDENCE.toLocaleString('en')} evidence + ${REPORTS.toLocaleString('en')} reports in one case; storage.local ${(local.bytes() / 1024 / 1024).toFixed(1)} MB of ciphertext`,
);
if (!gc) console.log('  (no --expose-gc: heap figures include garbage not yet collected)');

const vault = createVaultService(env);
const before = heap();
const [, unlockMs] = await time(() => vault.unlock({ passphrase: PASS }));
const after = heap();
line('unlock (PBKDF2 600,000 + decrypt)', ms(unlockMs));

// A worker restart: key from storage.session, no KDF.
vault.forgetMemory();
const [, wakeMs] = await time(() => vault.listCases());
line('reload after worker restart', ms(wakeMs));

const saves: number[] = [];
for (let i = 0; i < 20; i++) {
  const [, t] = await time(() =>
    vault.updateCase({ id: 'bench', op: { op: 'addNote', text: `note ${i}` } }),
  );
  saves.push(t);
}
for (let i = 0; i < 20; i++) {
  const [, t] = await time(() =>
    vault.updateCase({
      id: 'bench',
      op: { op: 'setEvidenceStatus', id: `ev${i * 37}`, status: 'removed' },
    }),
  );
  saves.push(t);
}
saves.sort((a, b) => a - b);
const median = saves[Math.floor(saves.length / 2)] ?? 0;
const p95 = saves[Math.floor(saves.length * 0.95)] ?? 0;
line('save one item (median)', ms(median), '50 ms', median / 50);
line('save one item (p95)', ms(p95), '50 ms', p95 / 50);

const [plain, plainMs] = await time(() => vault.exportData({ format: 'plain' }));
line('export plain ZIP', ms(plainMs), '1 s', plainMs / 1000);
const [encrypted, encMs] = await time(() =>
  vault.exportData({ format: 'encrypted', passphrase: 'export pass' }),
);
line('export encrypted (incl. PBKDF2)', ms(encMs), '1 s', encMs / 1000);
line(
  'export size (plain / encrypted)',
  `${((plain.dataBase64.length * 0.75) / 1024 / 1024).toFixed(1)} MB / ${((encrypted.dataBase64.length * 0.75) / 1024 / 1024).toFixed(1)} MB`,
);

// Import into a fresh vault (everything new), then into the same vault (all duplicates).
const freshLocal = memoryArea();
const fresh = createVaultService({
  local: freshLocal,
  session: memoryArea(),
  blobs: memoryBlobStore(),
  appVersion: 'bench',
  kdfIterations: 100_000,
});
await fresh.createVault({
  passphrase: PASS,
  profile: CaseProfile.parse({
    title: 'Fresh',
    role: 'advocate',
    ageAtTime: 'unknown',
    country: 'FR',
    languages: ['fr'],
  }),
});
const [, importMs] = await time(() =>
  fresh.applyImport({ dataBase64: encrypted.dataBase64, passphrase: 'export pass' }),
);
line('import encrypted into fresh vault', ms(importMs), '2 s', importMs / 2000);
const [, reImportMs] = await time(() => vault.applyImport({ dataBase64: plain.dataBase64 }));
line('re-import plain (all duplicates)', ms(reImportMs), '2 s', reImportMs / 2000);

const mb = (after - before) / 1024 / 1024;
line('heap held by the unlocked vault', `${mb.toFixed(1)} MB`, '50 MB', mb / 50);
