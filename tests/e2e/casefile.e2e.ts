import { mkdirSync, writeFileSync } from 'node:fs';
import { getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseOp } from '@/lib/case/ops';
import { noAxeViolations } from './axe';
import {
  applyOps,
  messagePage,
  openCaseFile,
  pdfPages,
  printToPdf,
  SAMPLE,
  seedSampleCase,
  sendMessage,
  squash,
} from './casefile-helpers';
import { type Beacon, extensionRequests, launchBeacon } from './harness';

describe('the printable case file', () => {
  let beacon: Beacon;
  let caseId: string;
  let exportHash: string;

  beforeAll(async () => {
    beacon = await launchBeacon();
    const seeded = await seedSampleCase(beacon);
    caseId = seeded.caseId;
    const file = await sendMessage<{ sha256: string }>(seeded.page, 'exportData', {
      caseIds: [caseId],
      format: 'plain',
    });
    exportHash = file.sha256;
    await seeded.page.close();
    mkdirSync('demo-output', { recursive: true });
  });
  afterAll(async () => {
    await beacon?.close();
  });

  it('shows every item of the case, and the export’s hash', async () => {
    const page = await openCaseFile(beacon, caseId);
    const doc = page.getByTestId('casefile-document');
    const text = await doc.textContent();
    for (const url of [...SAMPLE.permalinks, ...SAMPLE.media, ...SAMPLE.references]) {
      expect(text).toContain(url);
    }
    expect(await page.locator('[data-evidence-id]').count()).toBe(3);
    expect(await page.locator('[data-report-id]').count()).toBe(2);
    expect(await page.getByTestId('casefile-hash').textContent()).toBe(exportHash);
    await page.screenshot({ path: 'demo-output/casefile-screen.png', fullPage: false });
    await noAxeViolations(page, 'case file on screen');
    await page.close();
  });

  it('prints to a PDF whose text holds the permalinks, references and hash', async () => {
    const page = await openCaseFile(beacon, caseId);
    const bytes = await printToPdf(page, { format: 'A4' });
    await page.close();
    // For people to look at (the demo script writes its own); nothing below reads it back.
    writeFileSync('demo-output/casefile.pdf', bytes);
    const pages = await pdfPages(bytes);
    const all = squash(pages.join('\n'));
    for (const needle of [...SAMPLE.permalinks, ...SAMPLE.references, exportHash]) {
      expect(all).toContain(squash(needle));
    }
    pages.forEach((p, i) => {
      expect(p).toContain(`${i + 1} / ${pages.length}`);
    });
  });

  it('hides names and contact details by default, shows them when the switch is off', async () => {
    const page = await openCaseFile(beacon, caseId);
    const doc = page.getByTestId('casefile-document');
    const pages = await pdfPages(await printToPdf(page));
    for (const secret of ['Emma', 'Claire', 'claire@example.org', '12 34 56 78']) {
      expect(pages.join('\n')).not.toContain(secret);
      expect(await doc.textContent()).not.toContain(secret);
    }
    await page.getByLabel('Hide names and contact details').uncheck();
    await expect
      .poll(() => doc.textContent())
      .toContain('Name of the person concerned: Emma Martin');
    expect(await doc.textContent()).toContain('claire@example.org');
    // Switching redaction changes what is shown, never the hash of the stored case.
    expect(await page.getByTestId('casefile-hash').textContent()).toBe(exportHash);
    await page.close();
  });

  it('prints no image and no live link, except identity documents the user chose', async () => {
    const page = await openCaseFile(beacon, caseId);
    const doc = page.getByTestId('casefile-document');
    expect(await doc.locator('img').count()).toBe(0);
    expect(await doc.locator('a, iframe, video, audio, object, embed').count()).toBe(0);
    await page.getByLabel('Print the images of the identity documents I attached').check();
    await page.waitForSelector('main[data-ready="true"] .proof-images img');
    const images = doc.locator('img');
    expect(await images.count()).toBe(1);
    expect(await images.first().getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await doc.locator('.proof-images img').count()).toBe(1);
    await page.close();
  });

  it('writes the file in French while the panel stays in the user’s language', async () => {
    const page = await openCaseFile(beacon, caseId, { lang: 'fr' });
    const doc = page.getByTestId('casefile-document');
    expect(await doc.getAttribute('lang')).toBe('fr');
    const text = (await doc.textContent()) ?? '';
    expect(text).toContain('Éléments de preuve');
    expect(text).toContain('Signalements effectués');
    expect(text).toContain('Contrôle d’intégrité');
    expect(await page.getByRole('button', { name: 'Print / save as PDF' }).count()).toBe(1);
    await page.getByLabel('Language of the file').selectOption('es');
    await expect.poll(() => doc.textContent()).toContain('Denuncias realizadas');
    await page.close();
  });

  it('shows only the chosen evidence and the reports about it', async () => {
    const page = await openCaseFile(beacon, caseId);
    await page.getByLabel('Chosen evidence items').check();
    await page.getByRole('button', { name: 'Untick all' }).click();
    await page.getByRole('checkbox', { name: /#3 Instagram/ }).check();
    const rows = page.locator('[data-evidence-id]');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-evidence-id')).toBe('ev-3');
    expect(await page.locator('[data-report-id]').count()).toBe(0);
    await page.getByLabel('The whole case').check();
    await expect.poll(() => rows.count()).toBe(3);
    await page.close();
  });

  it('sets the page size from the paper chooser (A4 or US Letter)', async () => {
    const page = await openCaseFile(beacon, caseId);
    const sizeOf = async () => {
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      await page.emulateMedia({ media: 'screen' });
      const doc = await getDocumentProxy(new Uint8Array(pdf));
      const [, , width, height] = (await doc.getPage(1)).view.map(Math.round);
      return [width, height];
    };
    await page.getByLabel('Paper size').selectOption('letter');
    expect(await sizeOf()).toEqual([612, 792]); // 8.5 × 11 in, in points
    await page.getByLabel('Paper size').selectOption('a4');
    expect(await sizeOf()).toEqual([595, 842]); // 210 × 297 mm, in points
    await page.close();
  });

  it('paginates a 500-item case: headers repeat, no row is cut, pages say "n / N"', async () => {
    const COUNT = 500;
    const page = await messagePage(beacon);
    const kase = await sendMessage<{ id: string }>(page, 'createCase', {
      profile: {
        title: 'Account selling images',
        role: 'advocate',
        ageAtTime: 'minor',
        country: 'GB',
        languages: ['en'],
      },
    });
    const start = Date.parse('2026-01-05T08:00:00.000Z');
    const item = (i: number) => {
      const n = String(i + 1).padStart(4, '0');
      return {
        handle: `@holder${n}`,
        url: `https://x.com/holder${n}/status/19${n}00000000000${n}`,
        media: `https://pbs.twimg.com/media/M${n}.jpg`,
      };
    };
    const ops: CaseOp[] = Array.from({ length: COUNT }, (_, i) => ({
      op: 'addEvidence',
      id: `big-${i + 1}`,
      fields: {
        kind: 'post',
        platform: 'x',
        url: item(i).url,
        postId: item(i).url.split('/').pop(),
        author: { handle: item(i).handle },
        capturedAt: new Date(start + i * 60_000).toISOString(),
        // Every fifth post has a long excerpt, so rows have different heights.
        text: i % 5 === 0 ? 'Selling folders, message me. '.repeat(8) : undefined,
        media: [{ kind: 'image', address: item(i).media }],
      },
    }));
    const seedStart = Date.now();
    await applyOps(page, kase.id, ops);
    const seedMs = Date.now() - seedStart;
    await page.close();

    const view = await openCaseFile(beacon, kase.id);
    expect(await view.locator('[data-evidence-id]').count()).toBe(COUNT);
    const bytes = await printToPdf(view, { format: 'A4' });
    await view.close();
    const pages = await pdfPages(bytes);
    const squashed = pages.map(squash);
    console.info(
      `500-item case: ${pages.length} A4 pages, ${bytes.length} bytes; seeded in ${seedMs} ms`,
    );

    // "n / N" at the foot of every page.
    pages.forEach((p, i) => {
      expect(p).toContain(`${i + 1} / ${pages.length}`);
    });
    // Each row sits whole on one page: its handle (printed only in the evidence table), its
    // address and its media address are on the same single page.
    const evidencePages = new Set<number>();
    for (let i = 0; i < COUNT; i++) {
      const { handle, url, media } = item(i);
      const holders = squashed.flatMap((p, index) => (p.includes(squash(handle)) ? [index] : []));
      expect(holders, handle).toHaveLength(1);
      const at = holders[0] as number;
      expect(squashed[at], url).toContain(squash(url));
      expect(squashed[at], media).toContain(squash(media));
      evidencePages.add(at);
    }
    // The table spans many pages and its header is repeated on each of them.
    expect(evidencePages.size).toBeGreaterThan(10);
    for (const index of evidencePages) {
      expect(squashed[index], `page ${index + 1}`).toContain(squash('Address (permalink)'));
      expect(squashed[index], `page ${index + 1}`).toContain(squash('Captured'));
    }
    writeFileSync('demo-output/casefile-500.pdf', bytes);
  });

  it('makes no network request of its own', () => {
    expect(extensionRequests(beacon)).toEqual([]);
  });
});
