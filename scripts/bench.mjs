#!/usr/bin/env node
// `npm run bench`: figures and ratios against the budgets in docs/ARCHITECTURE.md.
// Never pass/fail by wall-clock in tests; this prints what was measured. Starts with bundle
// sizes per entry point, then runs every tests/bench/*.bench.{mjs,ts} (TS through jiti); each
// bench saves its figures (tests/bench/figures.mjs) and all of them go to bench-results.json.
//   npm run bench                          build (with hidden source maps) and run every bench
//   npm run bench -- --compare old.json    also print each figure's ratio to an earlier run
//   npm run bench -- --only capture,session   run only those benches (names without .bench.*)
// BEACON_EXTENSION_DIR=<dir> measures another build (e.g. a copy of main's, for before/after).
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const argv = process.argv.slice(2);
const argOf = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const COMPARE = argOf('--compare');
const ONLY = argOf('--only')?.split(',');
const RESULTS = argOf('--out') ?? 'bench-results.json';
const PARTS = '.tmp/bench';
const OUT = process.env.BEACON_EXTENSION_DIR ?? '.output/chrome-mv3';
const KB = 1024;
const fmt = (n) => `${(n / KB).toFixed(1)} KB`;

if (!existsSync(OUT)) {
  console.error('No build in .output/chrome-mv3: run `npm run build` first.');
  process.exit(1);
}

const sizeOf = (file) => {
  const raw = readFileSync(join(OUT, file));
  return { raw: raw.length, gz: gzipSync(raw, { level: 9 }).length };
};

/** The JS a page loads before first render: its module script plus static imports (modulepreload). */
function pageScripts(html) {
  const doc = readFileSync(join(OUT, html), 'utf8');
  const files = new Set();
  for (const m of doc.matchAll(/<script[^>]+src="([^"]+)"/g)) files.add(m[1]);
  for (const m of doc.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g))
    files.add(m[1]);
  // Follow static imports inside chunks (`import … from "./x.js"`), not dynamic import().
  const queue = [...files];
  while (queue.length) {
    const file = queue.shift().replace(/^\//, '');
    const code = readFileSync(join(OUT, file), 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g,
    )) {
      const target = join(file, '..', m[1]).replace(/^\//, '');
      if (!files.has(`/${target}`) && !files.has(target)) {
        files.add(target);
        queue.push(target);
      }
    }
  }
  return [...files].map((f) => f.replace(/^\//, ''));
}

const rows = [];
// One feed content script per platform (each bundles only its own adapter).
for (const file of readdirSync(join(OUT, 'content-scripts'))
  .filter((f) => f.endsWith('.js'))
  .sort()) {
  const feed = sizeOf(`content-scripts/${file}`);
  rows.push([
    `content script ${file}`,
    feed.raw,
    feed.gz,
    'minified ≤ 25 KB',
    feed.raw / (25 * KB),
  ]);
}
const bg = sizeOf('background.js');
rows.push(['background (start)', bg.raw, bg.gz, '—', null]);
for (const page of ['popup.html', 'workspace.html', 'casefile.html']) {
  if (!existsSync(join(OUT, page))) continue;
  const scripts = pageScripts(page);
  const total = scripts.reduce(
    (acc, f) => {
      const s = sizeOf(f);
      return { raw: acc.raw + s.raw, gz: acc.gz + s.gz };
    },
    { raw: 0, gz: 0 },
  );
  const budget = page === 'popup.html' ? 90 * KB : null;
  rows.push([
    `${page.replace('.html', '')} first JS (${scripts.length} files)`,
    total.raw,
    total.gz,
    budget ? 'gzipped ≤ 90 KB' : '—',
    budget ? total.gz / budget : null,
  ]);
}
const total = (function walk(dir) {
  return readdirSync(dir).reduce((acc, name) => {
    const p = join(dir, name);
    if (name.endsWith('.map')) return acc; // the bench build's source maps are not shipped
    return acc + (statSync(p).isDirectory() ? walk(p) : statSync(p).size);
  }, 0);
})(OUT);

console.log('Bundle sizes (Chrome MV3 build)');
console.log(
  'entry'.padEnd(36),
  'raw'.padStart(10),
  'gzip'.padStart(10),
  '  budget'.padEnd(20),
  'ratio',
);
for (const [name, raw, gz, budget, ratio] of rows) {
  console.log(
    name.padEnd(36),
    fmt(raw).padStart(10),
    fmt(gz).padStart(10),
    `  ${budget}`.padEnd(20),
    ratio === null ? '' : `${ratio.toFixed(2)} ${ratio <= 1 ? '(within budget)' : '(OVER BUDGET)'}`,
  );
}
console.log(`whole extension: ${fmt(total)}\n`);

const bundleFigures = rows.map(([name, raw, gz, , ratio]) => ({
  id: `bundle.${name.replace(/ \(\d+ files\)/, '').replace(/[^\w.-]+/g, '-')}`,
  label: name,
  value: raw / KB,
  unit: 'KB',
  gzipKB: gz / KB,
  ratio,
}));
bundleFigures.push({ id: 'bundle.whole', label: 'whole extension', value: total / KB, unit: 'KB' });

const benches = existsSync('tests/bench')
  ? readdirSync('tests/bench')
      .filter((f) => /\.bench\.(mjs|ts)$/.test(f))
      .filter((f) => !ONLY || ONLY.includes(f.replace(/\.bench\.(mjs|ts)$/, '')))
      .sort()
  : [];
rmSync(PARTS, { recursive: true, force: true });
mkdirSync(PARTS, { recursive: true });
let failed = 0;
const started = Date.now();
for (const file of benches) {
  console.log(`\n▶ tests/bench/${file}`);
  const path = join('tests/bench', file);
  const [cmd, args] = file.endsWith('.ts')
    ? ['node', ['scripts/run-ts.mjs', path]]
    : ['node', [path]];
  const t0 = Date.now();
  const done = spawnSync(cmd, args, { stdio: 'inherit' });
  console.log(`  (${file} took ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  if (done.status !== 0) {
    failed++;
    console.log(`✖ ${file}: over budget or did not finish (exit ${done.status})`);
  }
}

// Each browser suite's duration, when `npm test` has written them.
const SUITE_TIMES = '.tmp/suite-times.json';
let suiteTimes = null;
if (existsSync(SUITE_TIMES)) {
  try {
    suiteTimes = JSON.parse(readFileSync(SUITE_TIMES, 'utf8'));
    console.log(`\nTest suite durations (from the last \`npm test\`, ${SUITE_TIMES})`);
    // scripts/test-all.mjs writes { "<step>": seconds }; the whole run must stay under 20 min.
    let whole = 0;
    for (const [name, seconds] of Object.entries(suiteTimes)) {
      whole += Number(seconds) || 0;
      console.log(`  ${String(name).padEnd(50)} ${seconds} s`);
    }
    console.log(`  ${'whole run'.padEnd(50)} ${Math.round(whole)} s (budget 1200 s)`);
  } catch (error) {
    console.log(`  (could not read ${SUITE_TIMES}: ${error.message})`);
  }
}
// Each browser's E2E suite on its own line, and as figures in bench-results.json.
const suiteFigures = [];
console.log('\nE2E suite per browser (from the last `npm test`)');
for (const [browser, step] of [
  ['Chromium', 'end-to-end (Chromium)'],
  ['Firefox ESR', 'end-to-end (Firefox ESR)'],
]) {
  const seconds = suiteTimes?.[step];
  if (typeof seconds !== 'number') {
    console.log(
      `  ${browser.padEnd(12)} ${suiteTimes ? 'not measured (the last `npm test` stopped before it)' : 'not measured yet — run npm test'}`,
    );
    continue;
  }
  console.log(`  ${browser.padEnd(12)} ${seconds} s`);
  suiteFigures.push({
    id: `suite.${browser.split(' ')[0].toLowerCase()}`,
    label: `${browser} E2E suite`,
    value: seconds,
    unit: 's',
  });
}
if (suiteTimes) {
  const whole = Object.values(suiteTimes).reduce((a, v) => a + (Number(v) || 0), 0);
  suiteFigures.push({
    id: 'suite.whole',
    label: 'whole `npm test`',
    value: whole,
    unit: 's',
    target: 1200,
    ratio: whole / 1200,
  });
}

const figures = [...bundleFigures, ...suiteFigures];
for (const part of readdirSync(PARTS)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const saved = JSON.parse(readFileSync(join(PARTS, part), 'utf8'));
  figures.push(...saved.figures);
}
writeFileSync(
  RESULTS,
  `${JSON.stringify(
    {
      createdAt: new Date().toISOString(),
      build: OUT,
      commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
        encoding: 'utf8',
      }).stdout.trim(),
      seconds: Math.round((Date.now() - started) / 1000),
      figures,
      suiteTimes,
    },
    null,
    2,
  )}\n`,
);
console.log(
  `\n${figures.length} figures written to ${RESULTS} (benches took ${((Date.now() - started) / 1000).toFixed(0)} s)`,
);

if (COMPARE) {
  const old = JSON.parse(readFileSync(COMPARE, 'utf8'));
  const before = new Map(old.figures.map((f) => [f.id, f]));
  console.log(`\nCompared with ${COMPARE} (${old.createdAt}, ${old.commit ?? ''}): new / old`);
  for (const f of figures) {
    const o = before.get(f.id);
    if (!o) continue;
    const ratio =
      o.value === 0 ? (f.value === 0 ? 1 : Number.POSITIVE_INFINITY) : f.value / o.value;
    console.log(
      `  ${f.id.padEnd(46)} ${String(+o.value.toFixed(3)).padStart(10)} → ${String(+f.value.toFixed(3)).padEnd(10)} ${f.unit.padEnd(5)} ×${Number.isFinite(ratio) ? ratio.toFixed(2) : '∞'}`,
    );
  }
}
process.exit(failed ? 1 : 0);
