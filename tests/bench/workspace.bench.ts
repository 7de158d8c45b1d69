/**
 * Workspace at scale: a case with 10,000 evidence items and 1,000 reports (seeded through the
 * vault's own import message), opened in a fresh workspace tab. Prints the time from navigation
 * to the first frame painted with the Evidence list and with the Timeline, the rows in the DOM,
 * and the frames while scrolling each list (p50/p95 frame time, frames over 16.7 ms).
 *   node scripts/run-ts.mjs tests/bench/workspace.bench.ts   (npm run bench runs it)
 */
import type { Page } from 'playwright-core';
import { CaseProfile } from '../../lib/case/model';
import { toBase64 } from '../../lib/vault/bytes';
import { buildPlainExport } from '../../lib/vault/export';
import { launchBeacon, okFrom } from '../e2e/harness';
import { bigCase } from './big-case';
import type { Profile } from './cpu-profile';
import { pct, recorder } from './figures.mjs';

const OPENS = Number(process.env.WORKSPACE_BENCH_OPENS ?? 3);
const SCROLL_FRAMES = 150;
const FRAME_MS = 1000 / 60;

const SCREENS = [
  { id: 'evidence', list: 'ul.cw-list', label: 'Evidence list' },
  { id: 'timeline', list: 'ol.cw-timeline', label: 'Timeline' },
] as const;

const rec = recorder('workspace');
const beacon = await launchBeacon();
try {
  const setup = await beacon.openExtensionPage('workspace.html');
  await okFrom(setup, 'createVault', {
    passphrase: 'bench passphrase with some length',
    profile: CaseProfile.parse({
      title: 'First',
      role: 'parent',
      ageAtTime: 'minor',
      country: 'FR',
      languages: ['fr'],
    }),
  });
  const kase = bigCase();
  const seed = await buildPlainExport({
    cases: [kase],
    schemaVersion: 1,
    files: [],
    createdAt: new Date(),
    appVersion: 'bench',
  });
  await okFrom(setup, 'applyImport', { dataBase64: toBase64(seed.zip) });
  await setup.close();
  console.log(
    `\nWorkspace: one case with ${kase.evidence.length.toLocaleString('en')} evidence items and ${kase.reports.length.toLocaleString('en')} reports`,
  );

  // Page-side clock: the first frame after the list's first row is in the DOM.
  await beacon.context.addInitScript(() => {
    const w = window as unknown as { firstPaint?: number; benchList?: string };
    const look = () => {
      if (w.firstPaint !== undefined || !w.benchList) return;
      if (document.querySelector(`${w.benchList} li`)) {
        w.firstPaint = -1;
        requestAnimationFrame(() => {
          w.firstPaint = performance.now();
        });
      }
    };
    w.benchList = new URLSearchParams(location.hash.split('?')[1] ?? '').get('bench') ?? undefined;
    new MutationObserver(look).observe(document, { childList: true, subtree: true });
  });

  async function scrollFrames(page: Page, list: string): Promise<number[]> {
    return page.evaluate(
      ([selector, frames]) =>
        new Promise<number[]>((done) => {
          const listEl = document.querySelector(selector) as HTMLElement;
          let box: HTMLElement | null = listEl;
          while (
            box &&
            !(
              box.scrollHeight > box.clientHeight + 10 &&
              /(auto|scroll)/.test(getComputedStyle(box).overflowY)
            )
          )
            box = box.parentElement;
          const scroller = box ?? (document.scrollingElement as HTMLElement);
          const times: number[] = [];
          const step = (t: number) => {
            times.push(t);
            scroller.scrollTop += 60;
            if (times.length <= frames) requestAnimationFrame(step);
            else done(times.slice(1).map((v, i) => v - (times[i] as number)));
          };
          requestAnimationFrame(step);
        }),
      [list, SCROLL_FRAMES] as const,
    );
  }

  for (const screen of SCREENS) {
    const paints: number[] = [];
    const frames: number[] = [];
    let rows = 0;
    for (let i = 0; i < OPENS + 1; i++) {
      const page = await beacon.context.newPage();
      await page.goto(
        beacon.extensionUrl(
          `workspace.html#/${screen.id}?case=${kase.id}&bench=${encodeURIComponent(screen.list)}`,
        ),
      );
      await page.waitForFunction(
        () => ((window as unknown as { firstPaint?: number }).firstPaint ?? -1) > 0,
        null,
        { timeout: 120_000, polling: 50 },
      );
      const paint = await page.evaluate(
        () => (window as unknown as { firstPaint: number }).firstPaint,
      );
      rows = await page.locator(`${screen.list} > li`).count();
      if (i > 0) {
        paints.push(paint);
        const cdp = process.env.WORKSPACE_BENCH_PROFILE
          ? await beacon.context.newCDPSession(page)
          : null;
        if (cdp) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.start');
        }
        frames.push(...(await scrollFrames(page, screen.list)));
        if (cdp) {
          // Diagnosis only: where the scrolled frames' main-thread time goes (self time).
          const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
          const self = new Map<string, number>();
          profile.samples?.forEach((id, k) => {
            const node = profile.nodes.find((n) => n.id === id);
            const key = `${node?.callFrame.functionName || '(anon)'} ${node?.callFrame.url.split('/').pop()}:${node?.callFrame.lineNumber}`;
            self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[k] ?? 0) / 1000);
          });
          for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15))
            console.log(`    ${v.toFixed(0).padStart(6)} ms  ${k}`);
        }
      }
      await page.close();
    }
    console.log(`\n${screen.label}: ${OPENS} opens, ${SCROLL_FRAMES} scrolled frames each`);
    rec.figure({
      id: `${screen.id}.first-paint.p50`,
      label: `${screen.label}: navigation → first frame with the list, p50`,
      value: pct(paints, 50),
      unit: 'ms',
    });
    rec.figure({
      id: `${screen.id}.rows`,
      label: `${screen.label}: rows in the DOM`,
      value: rows,
      unit: 'rows',
    });
    rec.figure({
      id: `${screen.id}.frame.p50`,
      label: `${screen.label}: frame time while scrolling, p50`,
      value: pct(frames, 50),
      unit: 'ms',
      target: FRAME_MS,
    });
    rec.figure({
      id: `${screen.id}.frame.p95`,
      label: `${screen.label}: frame time while scrolling, p95`,
      value: pct(frames, 95),
      unit: 'ms',
      target: FRAME_MS,
    });
    rec.figure({
      id: `${screen.id}.frames-over`,
      label: `${screen.label}: frames over 16.7 ms while scrolling`,
      value: (100 * frames.filter((f) => f > FRAME_MS * 1.2).length) / Math.max(1, frames.length),
      unit: '%',
    });
  }
} finally {
  await beacon.close();
}
rec.save();
