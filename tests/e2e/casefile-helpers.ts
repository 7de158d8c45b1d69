import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import type { CaseOp } from '@/lib/case/ops';
import { type Beacon, okFrom } from './harness';

/**
 * Helpers for the case-file E2E tests and the demo script: talk to the background from an
 * extension page exactly as the workspace does (runtime.sendMessage with the protocol's
 * envelope), open casefile.html for a case, print it to PDF with Chromium and read the PDF's
 * text back page by page.
 */

/** An extension page to send messages from (the background only answers extension pages). */
export async function messagePage(beacon: Beacon): Promise<Page> {
  return beacon.openExtensionPage('casefile.html');
}

/** Send a message from an extension page; throws with Beacon's error code when refused. */
export const sendMessage = okFrom;

/** Send many case ops in one round trip from the page (each is still its own vault write). */
export async function applyOps(page: Page, caseId: string, ops: readonly CaseOp[]): Promise<void> {
  const failures = (await page.evaluate(
    async ([caseId, ops]) => {
      const runtime = (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        }
      ).chrome.runtime;
      const out: string[] = [];
      for (const op of ops) {
        const answer = (await runtime.sendMessage({
          beacon: 1,
          type: 'updateCase',
          data: { id: caseId, op },
        })) as { ok: boolean; error?: { message: string } };
        if (!answer?.ok) out.push(`${JSON.stringify(op).slice(0, 80)}: ${answer?.error?.message}`);
      }
      return out;
    },
    [caseId, ops] as const,
  )) as string[];
  if (failures.length > 0) throw new Error(`updateCase failed:\n${failures.join('\n')}`);
}

/** Open the case file for a case and wait until it is drawn (case, hash, images loaded). */
export async function openCaseFile(
  beacon: Beacon,
  caseId: string,
  query: Record<string, string> = {},
): Promise<Page> {
  const params = new URLSearchParams({ case: caseId, ...query });
  const page = await beacon.openExtensionPage(`casefile.html?${params}`);
  await page.waitForSelector('main[data-ready="true"] [data-testid="casefile-hash"]', {
    timeout: 30_000,
  });
  return page;
}

export type PdfOptions = { format?: 'A4' | 'Letter'; lang?: 'en' | 'fr' | 'es' };

/** Print an open case file with Chromium's print-to-PDF (what "Save as PDF" does). */
export async function printToPdf(page: Page, options: PdfOptions = {}): Promise<Uint8Array> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({
    format: options.format ?? 'A4',
    printBackground: true,
    // No margins from the caller: the page's own @page rule sets them and holds the
    // header and "n / N" page numbers.
    preferCSSPageSize: false,
  });
  await page.emulateMedia({ media: 'screen' });
  return new Uint8Array(pdf);
}

/**
 * Write the case file of `caseId` as a PDF at `outPath` (the demo uses it for
 * demo-output/casefile.pdf). Returns the PDF's bytes and its text, one string per page.
 */
export async function renderCaseFilePdf(
  beacon: Beacon,
  caseId: string,
  outPath: string,
  options: PdfOptions = {},
): Promise<{ bytes: Uint8Array; pages: string[] }> {
  const page = await openCaseFile(beacon, caseId, options.lang ? { lang: options.lang } : {});
  try {
    const bytes = await printToPdf(page, options);
    writeFileSync(outPath, bytes);
    return { bytes, pages: await pdfPages(bytes) };
  } finally {
    await page.close();
  }
}

/** The text of each page of a PDF (unpdf / PDF.js), in reading order. */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  return text as string[];
}

/** Text with every run of whitespace removed: a long address wraps over lines in print. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** A 1×1 PNG: stands in for a photographed identity document (never evidence media). */
export const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export const SAMPLE_PASSPHRASE = 'river lantern quiet morning';

export const SAMPLE_PROFILE = {
  title: 'Photos of Emma shared on X',
  role: 'parent',
  ageAtTime: 'minor',
  country: 'FR',
  languages: ['fr', 'en'],
  sextortion: true,
  victimName: 'Emma Martin',
  contact: { name: 'Claire Martin', email: 'claire@example.org', phone: '+33 6 12 34 56 78' },
} as const;

export const SAMPLE = {
  permalinks: [
    'https://x.com/seller01/status/1890000000000000001',
    'https://x.com/seller01/status/1890000000000000002',
    'https://www.instagram.com/p/Cabc123/',
  ],
  media: ['https://pbs.twimg.com/media/AAA111.jpg', 'https://video.twimg.com/ext_tw_video/222.mp4'],
  references: ['X-CSE-448812', 'PH-2026-0042'],
  handles: ['@seller01', 'reposter'],
};

/**
 * The ops that build the sample case (three posts, two reports, an answer, a document), dated
 * in the days before `now` so the file reads like a real week: the report to the police is past
 * its 48-hour follow-up.
 */
export function sampleOps(now = new Date()): CaseOp[] {
  const ago = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();
  return [
    {
      op: 'addEvidence',
      id: 'ev-1',
      fields: {
        kind: 'post',
        platform: 'x',
        url: SAMPLE.permalinks[0],
        postId: '1890000000000000001',
        author: {
          handle: '@seller01',
          displayName: 'Seller',
          profileUrl: 'https://x.com/seller01',
        },
        postedAt: ago(150),
        capturedAt: ago(140),
        text: 'DM me for more of Emma',
        media: [{ kind: 'image', address: SAMPLE.media[0] }],
      },
    },
    {
      op: 'addEvidence',
      id: 'ev-2',
      fields: {
        kind: 'post',
        platform: 'x',
        url: SAMPLE.permalinks[1],
        postId: '1890000000000000002',
        author: { handle: '@seller01' },
        capturedAt: ago(130),
        media: [{ kind: 'video', address: SAMPLE.media[1] }],
      },
    },
    {
      op: 'addEvidence',
      id: 'ev-3',
      fields: {
        kind: 'post',
        platform: 'instagram',
        url: SAMPLE.permalinks[2],
        postId: 'Cabc123',
        author: { handle: 'reposter' },
        capturedAt: ago(20),
      },
    },
    { op: 'setEvidenceStatus', id: 'ev-1', status: 'removed', at: ago(30) },
    {
      op: 'addReport',
      id: 'rp-1',
      fields: {
        channel: 'platform-form',
        platform: 'x',
        targetName: 'X',
        sentAt: ago(128),
        reference: SAMPLE.references[0],
        evidenceIds: ['ev-1', 'ev-2'],
        status: 'sent',
      },
    },
    {
      op: 'setReportStatus',
      id: 'rp-1',
      status: 'refused',
      at: ago(100),
      answer: 'We reviewed the post and found no violation.',
    },
    {
      op: 'addReport',
      id: 'rp-2',
      fields: {
        channel: 'police',
        targetName: 'PHAROS',
        sentAt: ago(96),
        reference: SAMPLE.references[1],
        evidenceIds: ['ev-1'],
        status: 'sent',
      },
    },
    {
      op: 'addProof',
      id: 'pf-1',
      fields: { type: 'passport', label: 'Passport of Emma', sentWith: ['rp-2'] },
    },
    { op: 'addNote', id: 'nt-1', text: 'Emma told her teacher on Tuesday.' },
  ];
}

/**
 * A fresh vault holding the sample case, built through the same messages the workspace sends
 * (createVault, updateCase, attachProof). Returns the case id and the page used to talk.
 */
export async function seedSampleCase(beacon: Beacon): Promise<{ caseId: string; page: Page }> {
  const page = await messagePage(beacon);
  const status = await sendMessage<{ settings: { currentCaseId?: string } }>(page, 'createVault', {
    passphrase: SAMPLE_PASSPHRASE,
    profile: SAMPLE_PROFILE,
    settings: { lang: 'en' },
  });
  const caseId = status.settings.currentCaseId;
  if (!caseId) throw new Error('createVault made no case');
  await applyOps(page, caseId, sampleOps());
  await sendMessage(page, 'attachProof', {
    caseId,
    proofId: 'pf-1',
    name: 'passport-scan.png',
    type: 'image/png',
    dataBase64: TINY_PNG_BASE64,
  });
  return { caseId, page };
}
