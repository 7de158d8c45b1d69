/**
 * The feed's flush alone, in a page, on real X markup: lib/feed/placement.ts with the X adapter
 * and the clickjacking guard, served to the page as ES modules straight from the sources
 * (TypeScript's transpileModule; unminified; no extension, no profiler, no frames to wait for),
 * timed with performance.now() in a cross-origin isolated page (5 µs steps). Each batch is 20
 * saved x.com cells, parsed just before they are added (as X's framework builds them), then one
 * flush; the page keeps the last 60 cells, as X's virtualised timeline does. Per media post: the
 * batch's time over its media posts (text posts cost time too and get no shortcut), p50/p95
 * over batches; the median of the rounds' p50s. The guard's observer callbacks never run here
 * (no frame is drawn during a run).
 *
 * It is the steadiest A/B of a change to the flush on a shared machine: with
 * FLUSH_BENCH_AGAINST=<another checkout> (its lib/ is served the same way) both run in
 * alternating rounds in one browser and the ratio is printed.
 *   node scripts/run-ts.mjs tests/bench/feed-flush.bench.ts   (npm run bench runs it)
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import ts from 'typescript';
import { CHROMIUM } from '../e2e/harness';
import { pct, recorder } from './figures.mjs';

const ROUNDS = Number(process.env.FLUSH_BENCH_ROUNDS ?? 8);
const BATCHES = 50;
const PER_BATCH = 20;
const AGAINST = process.env.FLUSH_BENCH_AGAINST;

/** The page's side: fresh cells each batch, one flush timed per batch. */
const runner = (base: string) => `
import { createPlacement } from '${base}/lib/feed/placement';
import { createGuard } from '${base}/lib/feed/guard';
import { x } from '${base}/lib/platforms/x';
const KINDS = ['photo','text','video','photo','text','photo','text','video','photo','text'];
window.runFlush = (templates, batches, perBatch) => {
  const timeline = document.getElementById('timeline');
  const guard = createGuard(document, () => performance.now());
  const placement = createPlacement({
    doc: document, adapter: x, label: () => 'Report this post',
    pageInfo: () => ({ url: new URL('https://x.com/home') }), created: guard.watch,
  });
  const box = document.createElement('div');
  const perPost = [];
  let n = 0;
  for (let b = 0; b < batches; b++) {
    // Parsed just before it is added, as the page's framework builds a cell.
    const cells = [];
    let media = 0;
    for (let k = 0; k < perBatch; k++, n++) {
      const kind = KINDS[n % KINDS.length];
      if (kind !== 'text') media++;
      box.innerHTML = templates[kind].replaceAll('__ID__', String(1900000000000000000n + BigInt(n)));
      cells.push(box.firstElementChild);
    }
    timeline.append(...cells);
    const start = performance.now();
    placement.flush(cells);
    perPost.push((performance.now() - start) / media);
    while (timeline.children.length > 3 * perBatch) timeline.firstElementChild.remove();
  }
  const shortcuts = document.querySelectorAll('beacon-shortcut').length;
  placement.stop();
  guard.stop();
  return { perPost, shortcuts, isolated: crossOriginIsolated };
};`;

/** A source module as the browser can run it (relative imports resolve to more of these). */
function moduleAt(root: string, path: string): string | null {
  const file = [path, `${path}.ts`].map((p) => resolve(root, p)).find((f) => existsSync(f));
  if (!file?.endsWith('.ts')) return null;
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return outputText.replaceAll('__BEACON_BENCH__', 'false');
}

function templates(): Record<string, string> {
  const REAL_X = {
    photo: ['x-tweet-quote.html', '1983130065320780162'],
    video: ['x-tweet-quote-video.html', '1983128852952998358'],
    text: ['x-tweet-sample.html', '1981398750557065646'],
  } as const;
  return Object.fromEntries(
    Object.entries(REAL_X).map(([kind, [file, ownId]]) => [
      kind,
      readFileSync(resolve('tests/fixtures/platforms/x', file), 'utf8').replaceAll(ownId, '__ID__'),
    ]),
  );
}

const arms = [{ name: 'this checkout', root: '.' }];
if (AGAINST) arms.push({ name: AGAINST, root: AGAINST });
const cells = templates();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
const results = arms.map(() => ({
  p50: [] as number[],
  all: [] as number[],
  shortcuts: 0,
}));
let isolated = true;
try {
  const context = await browser.newContext();
  const isolation = {
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
  };
  await context.route('https://bench.test/**', (route) => {
    const { pathname } = new URL(route.request().url());
    // /arm/<n>/<path in that checkout>: a module; /page/<n>: the page that runs arm n.
    const [, kind, n, ...rest] = pathname.split('/');
    const arm = arms[Number(n)];
    if (kind === 'arm' && arm) {
      const body = moduleAt(arm.root, rest.join('/'));
      return body === null
        ? route.fulfill({ status: 404, headers: isolation, body: '' })
        : route.fulfill({ status: 200, contentType: 'text/javascript', headers: isolation, body });
    }
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: isolation,
      body: `<!doctype html><title>Home / X</title><main><div id="timeline"></div></main><script type="module">${runner(`/arm/${n}`)}</script>`,
    });
  });
  for (let round = 0; round < ROUNDS; round++) {
    // Alternating which arm goes first.
    const order = round % 2 ? [...arms.keys()].reverse() : [...arms.keys()];
    for (const i of order) {
      const page = await context.newPage();
      await page.goto(`https://bench.test/page/${i}`);
      await page.waitForFunction(() => 'runFlush' in window);
      type Run = { perPost: number[]; shortcuts: number; isolated: boolean };
      const run = (batches: number) =>
        page.evaluate(
          ([t, b, p]) =>
            (window as unknown as { runFlush(t: unknown, b: number, p: number): Run }).runFlush(
              t,
              b,
              p,
            ),
          [cells, batches, PER_BATCH] as const,
        );
      await run(10); // warm-up: compile and inline caches
      const on = await run(BATCHES);
      await page.close();
      const r = results[i] as (typeof results)[number];
      r.p50.push(pct(on.perPost, 50));
      r.all.push(...on.perPost);
      r.shortcuts = on.shortcuts;
      isolated &&= on.isolated;
    }
  }
} finally {
  await browser.close();
}

const rec = recorder('feed-flush');
console.log(
  `\nFeed flush alone (placement + X adapter + guard, from lib/), real X cells, ${PER_BATCH} per batch, ${BATCHES} batches x ${ROUNDS} rounds; performance.now() ${isolated ? '5 µs' : '100 µs'} steps`,
);
for (const [i, arm] of arms.entries()) {
  const r = results[i] as (typeof results)[number];
  const key = i === 0 ? 'x-real' : 'x-real.against';
  console.log(`  ${arm.name} (${r.shortcuts} shortcuts on the last 60 cells)`);
  rec.figure({
    id: `${key}.p50`,
    label: 'Flush per media post, median of rounds p50',
    value: pct(r.p50, 50),
    unit: 'ms',
  });
  rec.figure({
    id: `${key}.p95`,
    label: 'Flush per media post, p95 over all batches',
    value: pct(r.all, 95),
    unit: 'ms',
  });
}
if (AGAINST) {
  const ratio = (f: (r: (typeof results)[number]) => number[]) => {
    const [mine, other] = results.map((r) => pct(f(r), 50)) as [number, number];
    return (mine / other).toFixed(2);
  };
  console.log(`  ratio this / against (median of rounds p50): ${ratio((r) => r.p50)}`);
}
rec.save();
