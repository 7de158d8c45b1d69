// Feed bench (docs/ARCHITECTURE.md, "Feed" and "Budgets"): the synthetic infinite feed
// (tests/fixtures/feed/bench.html, 2,000 X-like posts, 20 appended per frame) served at
// https://x.com/home in two persistent Chromium contexts — one with the built extension, one
// without — in alternating rounds. Prints the main-thread time ratio (median over rounds; budget ≤
// 1.05), shortcut latency in frames (p50/p95), the added cost per batch, the
// one-shortcut-per-media-post check, and the size of content-scripts/feed-x.js against its 25 KB
// budget. Needs a build first: `npx wxt build` (or BEACON_EXTENSION_DIR=<dir>).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launch } from './feed-launch.mjs';
import { recorder } from './figures.mjs';

const ROUNDS = Number(process.env.FEED_BENCH_ROUNDS ?? 5);
const POSTS = Number(process.env.FEED_BENCH_POSTS ?? 2000);
const PER_FRAME = 20;
const BUDGET_RATIO = 1.05;
const BUDGET_BYTES = 25 * 1024;
const URL = `https://x.com/home?posts=${POSTS}`;
const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];

const feedJs = resolve(EXTENSION_DIR, 'content-scripts/feed-x.js');
if (!existsSync(feedJs)) {
  console.error(`No build at ${EXTENSION_DIR}: run \`npx wxt build\` first.`);
  process.exit(1);
}
// Posts are the real saved X markup (tests/fixtures/platforms/x, from x.com via tweetyoink):
// a photo post (a quote of a photo), a video post (a quote with video) and a text post with a
// link card, each with its own status id replaced per post. Their pictures are not loaded
// (requests other than the page get an empty answer in both arms).
const REAL_X = {
  photo: ['x-tweet-quote.html', '1983130065320780162'],
  video: ['x-tweet-quote-video.html', '1983128852952998358'],
  text: ['x-tweet-sample.html', '1981398750557065646'],
};
const templates = Object.fromEntries(
  Object.entries(REAL_X).map(([kind, [file, ownId]]) => [
    kind,
    readFileSync(resolve('tests/fixtures/platforms/x', file), 'utf8')
      .replaceAll(ownId, '__ID__')
      .replace('<article ', `<article data-bench-id="__ID__" data-bench-kind="${kind}" `),
  ]),
);
const page = readFileSync(resolve('tests/fixtures/feed/bench.html'), 'utf8');
/** 'real': saved X posts (the budget figure); 'minimal': a bare X-like skeleton per post. */
const htmlFor = (markup) =>
  markup === 'real'
    ? page.replace(
        '<script>',
        `<script>window.benchTemplates = ${JSON.stringify(templates).replaceAll('</', '<\\/')};</script><script>`,
      )
    : page;

/**
 * The A/B arm with the extension runs everything Beacon puts on x.com: the feed script (with its
 * clickjacking guard, which tracks shortcuts with IntersectionObserver v2 in Chromium) and the
 * removal watch's script (watch.content.ts), both from the manifest. Checked, not assumed.
 */
function scriptsOnX() {
  const manifest = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const on = (file) =>
    (manifest.content_scripts ?? []).some(
      (c) => c.js?.includes(file) && c.matches?.includes('https://x.com/*'),
    );
  return { feed: on('content-scripts/feed-x.js'), watch: on('content-scripts/watch.js') };
}
const rec = recorder('feed');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

async function metrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(
    metrics.filter((m) => METRICS.includes(m.name)).map((m) => [m.name, m.value]),
  );
}

/** One run of the feed in a fresh tab: main-thread seconds spent while it grew, and what the page saw. */
async function run(ctx) {
  const page = await ctx.context.newPage();
  await page.goto(URL);
  await page.waitForFunction(() => typeof window.startBench === 'function');
  // Let the content script settle (document_idle) before measuring.
  await page.waitForTimeout(300);
  const cdp = await ctx.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const before = await metrics(cdp);
  await page.evaluate(() => window.startBench());
  await page.waitForFunction(() => window.bench.done, null, { timeout: 120_000, polling: 200 });
  const after = await metrics(cdp);
  const seen = await page.evaluate(() => {
    const { inserted, shortcut, kinds } = window.bench;
    const guardV2 = 'isVisible' in IntersectionObserverEntry.prototype;
    const counts = {};
    for (const article of document.querySelectorAll('article[data-bench-id]')) {
      counts[article.getAttribute('data-bench-id')] =
        article.querySelectorAll('beacon-shortcut').length;
    }
    return { inserted, shortcut, kinds, counts, guardV2 };
  });
  await cdp.detach();
  await page.close();
  const delta = Object.fromEntries(METRICS.map((m) => [m, (after[m] ?? 0) - (before[m] ?? 0)]));
  return { delta, seen };
}

async function measure(markup) {
  const withExt = await launch({ withExtension: true });
  const without = await launch({ withExtension: false });
  for (const ctx of [withExt, without]) {
    await ctx.context.route(/^https?:\/\//, (route) => route.fulfill({ status: 204, body: '' }));
    await ctx.context.route('https://x.com/**', (route) =>
      route.request().resourceType() === 'document'
        ? route.fulfill({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            body: htmlFor(markup),
          })
        : route.fulfill({ status: 204, body: '' }),
    );
  }

  const rounds = [];
  try {
    // Warm-up of each (first paint, compile), not counted.
    await run(withExt);
    await run(without);
    for (let i = 0; i < ROUNDS; i++) {
      // Alternate which goes first, so drift in the machine's load falls on both.
      const order = i % 2 === 0 ? [withExt, without] : [without, withExt];
      const out = {};
      for (const ctx of order) out[ctx === withExt ? 'with' : 'without'] = await run(ctx);
      rounds.push(out);
    }
  } finally {
    await withExt.close();
    await without.close();
  }

  // Main-thread time, with / without.
  const lines = [];
  const ratios = {};
  for (const m of METRICS) {
    const r = rounds.map((x) => x.with.delta[m] / x.without.delta[m]);
    ratios[m] = median(r);
    const ms = (v) => (v * 1000).toFixed(1);
    lines.push(
      `  ${m.padEnd(20)} with ${ms(median(rounds.map((x) => x.with.delta[m])))} ms  without ${ms(median(rounds.map((x) => x.without.delta[m])))} ms  ratio ${ratios[m].toFixed(3)} (rounds: ${r.map((v) => v.toFixed(3)).join(', ')})`,
    );
  }

  // Shortcut latency and correctness, from every measured round with the extension.
  const frames = [];
  const millis = [];
  let wrong = 0;
  let missing = 0;
  let extra = 0;
  let media = 0;
  for (const { with: w } of rounds) {
    const { inserted, shortcut, kinds, counts } = w.seen;
    for (const [id, kind] of Object.entries(kinds)) {
      const n = counts[id] ?? 0;
      if (kind === 'text') {
        if (n !== 0) extra++;
        continue;
      }
      media++;
      if (n === 0) missing++;
      else if (n !== 1) wrong++;
      const first = shortcut[id]?.[0];
      if (first && inserted[id]) {
        frames.push(first.frame - inserted[id].frame);
        millis.push(first.t - inserted[id].t);
      }
    }
  }

  const batches = Math.ceil(POSTS / PER_FRAME);
  const addedMs = median(
    rounds.map((x) => (x.with.delta.TaskDuration - x.without.delta.TaskDuration) * 1000),
  );
  const raw = statSync(feedJs).size;
  const gz = gzipSync(readFileSync(feedJs)).length;
  const withinRatio = ratios.TaskDuration <= BUDGET_RATIO;
  const correct = missing === 0 && wrong === 0 && extra === 0;
  const withinFrame = frames.length > 0 && pct(frames, 100) <= 1;

  const on = scriptsOnX();
  const guardV2 = rounds.every((x) => x.with.seen.guardV2);
  console.log(
    `\nFeed bench, ${markup} markup: ${POSTS} posts, ${PER_FRAME} per frame, ${ROUNDS} rounds A/B (median)`,
  );
  console.log(
    `  with Beacon: feed script ${on.feed ? 'on' : 'NOT ON'}, removal watch script ${on.watch ? 'on' : 'NOT ON'} (manifest, x.com), visibility guard ${guardV2 ? 'on with IntersectionObserver v2' : 'on, without IntersectionObserver v2'}`,
  );
  console.log(lines.join('\n'));
  console.log(
    `  main-thread ratio (TaskDuration) ${ratios.TaskDuration.toFixed(3)}  budget ≤ ${BUDGET_RATIO}  ${withinRatio ? 'OK' : 'OVER'}`,
  );
  console.log(
    `  added main-thread time ${addedMs.toFixed(1)} ms over ${batches} batches = ${(addedMs / batches).toFixed(3)} ms per batch of ${PER_FRAME} posts`,
  );
  console.log(
    `  shortcut latency: p50 ${pct(frames, 50)} frames (${pct(millis, 50).toFixed(1)} ms), p95 ${pct(frames, 95)} frames (${pct(millis, 95).toFixed(1)} ms), max ${pct(frames, 100)} frames  ${withinFrame ? 'OK' : 'OVER'}`,
  );
  console.log(
    `  shortcuts: ${media} media posts checked, ${missing} missing, ${wrong} with more than one, ${extra} on text posts  ${correct ? 'OK' : 'WRONG'}`,
  );
  console.log(
    `  content-scripts/feed-x.js ${(raw / 1024).toFixed(1)} KB minified (${(gz / 1024).toFixed(1)} KB gzip)  budget ≤ 25 KB  ${raw <= BUDGET_BYTES ? 'OK' : 'OVER'}`,
  );
  const id = `${markup}`;
  rec.figure({
    id: `${id}.ratio`,
    label: `Whole-page main-thread ratio with/without Beacon (${markup} X), feed+watch+guard`,
    value: ratios.TaskDuration,
    unit: '×',
    target: markup === 'real' ? BUDGET_RATIO : undefined,
  });
  rec.figure({
    id: `${id}.addedPerPost`,
    label: `Added main-thread time per post, A/B median (${markup} X)`,
    value: addedMs / POSTS,
    unit: 'ms',
  });
  rec.figure({
    id: `${id}.latency.p95`,
    label: `Shortcut latency p95 (${markup} X)`,
    value: pct(frames, 95) ?? Number.NaN,
    unit: 'frames',
    target: 1,
  });
  return withinRatio && correct && withinFrame && raw <= BUDGET_BYTES && on.feed && on.watch;
}

// The budget is judged on real X markup; the minimal skeleton shows the fixed cost per post
// when the page itself does almost nothing (a worst case, printed for information).
const ok = await measure('real');
await measure('minimal');
rec.save();
process.exitCode = ok ? 0 : 1;
