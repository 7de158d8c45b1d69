import { describe, expect, it } from 'vitest';
import { Case } from '@/lib/case/model';
import { captureToEvidence, caseIds } from '@/lib/case/ops';
import { buildPlainExport } from '@/lib/vault/export';
import { readExportFile } from '@/lib/vault/import';
import { planImport } from '@/lib/vault/merge';
import { capture, profile } from './helpers';

/**
 * Evidence, reports, proofs, notes and hash receipts share one id space per case (a delete's
 * undo and a timeline line find an item by id alone). A file must not be able to break it.
 */
const AT = '2026-11-20T10:00:00.000Z';
const meta = (id: string) => ({
  id,
  createdAt: AT,
  updatedAt: AT,
  provenance: { source: 'manual' },
});
const LATER = new Date('2026-11-21T18:30:00.000Z');

const evidence = (id: string) => captureToEvidence(capture, new Date(AT), id);
const report = (id: string, over: Record<string, unknown> = {}) => ({
  ...meta(id),
  channel: 'hotline',
  targetName: 'Pharos',
  status: 'sent',
  ...over,
});
const receipt = (id: string, caseNumber: string) => ({
  id,
  service: 'take-it-down',
  caseNumber,
  createdAt: AT,
});
const kase = (over: Record<string, unknown> = {}): Case =>
  Case.parse({ id: 'case1', createdAt: AT, updatedAt: AT, profile, ...over });

const countAll = (c: Case) =>
  c.evidence.length + c.reports.length + c.proofs.length + c.notes.length + c.hashReceipts.length;

describe('reading a file: ids unique across every kind', () => {
  it('refuses a hash receipt that has the id of an evidence item, with a message', async () => {
    const hostile = kase({ evidence: [evidence('same')], hashReceipts: [receipt('same', 'N1')] });
    const { zip } = await buildPlainExport({
      cases: [hostile],
      schemaVersion: 1,
      files: [],
      createdAt: LATER,
      appVersion: '0.1.0',
    });
    await expect(readExportFile(zip)).rejects.toMatchObject({
      code: 'bad-import',
      message: 'The case “Photos of Sam” has two items with the id “same”.',
    });
  });
});

describe('merging into a case the vault has', () => {
  it('an evidence item whose id the vault gives a report gets its own id; the file’s report follows it', () => {
    const mine = kase({ reports: [report('shared')] });
    const theirs = kase({
      evidence: [evidence('shared')],
      reports: [report('r9', { evidenceIds: ['shared'] })],
    });
    const plan = planImport(new Map([[mine.id, mine]]), [theirs], LATER);
    const merged = plan.changed[0] as Case;
    expect(caseIds(merged).size).toBe(countAll(merged));
    expect(merged.reports.map((r) => r.id).sort()).toEqual(['r9', 'shared']);
    expect(merged.reports.find((r) => r.id === 'shared')?.evidenceIds).toEqual([]);
    expect(merged.evidence.map((e) => e.id)).toEqual(['shared-m2']);
    expect(merged.reports.find((r) => r.id === 'r9')?.evidenceIds).toEqual(['shared-m2']);
    expect(plan.summary[0]).toMatchObject({ newEvidence: 1, newReports: 1, conflicts: 0 });

    // The same file again finds what the first import added: nothing is added twice.
    const again = planImport(new Map([[merged.id, merged]]), [theirs], LATER);
    expect(again.changed).toEqual([]);
    expect(again.summary[0]).toMatchObject({ newEvidence: 0, newReports: 0 });
  });

  it('a receipt whose id the vault gives an evidence item gets its own id', () => {
    const mine = kase({ evidence: [evidence('hr1')] });
    const theirs = kase({ hashReceipts: [receipt('hr1', 'TID-1')] });
    const merged = planImport(new Map([[mine.id, mine]]), [theirs], LATER).changed[0] as Case;
    expect(merged.hashReceipts).toHaveLength(1);
    expect(merged.hashReceipts[0]?.id).not.toBe('hr1');
    expect(caseIds(merged).size).toBe(countAll(merged));
  });

  it('a receipt renamed for a receipt of the vault skips an id that an evidence item has', () => {
    const mine = kase({
      evidence: [evidence('hr1-m2')],
      hashReceipts: [receipt('hr1', 'TID-1')],
    });
    const theirs = kase({ hashReceipts: [receipt('hr1', 'TID-2')] });
    const merged = planImport(new Map([[mine.id, mine]]), [theirs], LATER).changed[0] as Case;
    expect(merged.hashReceipts.map((h) => h.caseNumber).sort()).toEqual(['TID-1', 'TID-2']);
    expect(caseIds(merged).size).toBe(countAll(merged));
  });

  it('a note whose id the vault gives a proof, and a report citing a renamed report, stay apart', () => {
    const mine = kase({
      proofs: [{ ...meta('n1'), type: 'other', label: 'ID' }],
      notes: [{ ...meta('old'), text: 'mine' }],
    });
    const theirs = kase({
      notes: [{ ...meta('n1'), text: 'theirs' }],
      reports: [report('old'), report('r2', { follows: 'old' })],
      proofs: [{ ...meta('p2'), type: 'other', label: 'x', sentWith: ['old'] }],
    });
    const merged = planImport(new Map([[mine.id, mine]]), [theirs], LATER).changed[0] as Case;
    expect(caseIds(merged).size).toBe(countAll(merged));
    expect(merged.notes.map((n) => n.text).sort()).toEqual(['mine', 'theirs']);
    const renamedReport = merged.reports.find((r) => r.follows === undefined)?.id;
    expect(renamedReport).not.toBe('old');
    expect(merged.reports.find((r) => r.id === 'r2')?.follows).toBe(renamedReport);
    expect(merged.proofs.find((p) => p.id === 'p2')?.sentWith).toEqual([renamedReport]);
  });
});
