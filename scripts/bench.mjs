#!/usr/bin/env node
// `npm run bench`: figures and ratios against the budgets in docs/ARCHITECTURE.md. Never pass/fail
// by wall-clock in tests; this prints what was measured. Starts with bundle sizes per entry point,
// then runs every tests/bench/*.bench.{mjs,ts} (TS through jiti).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = '.output/chrome-mv3';
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
rows.push(['background', bg.raw, bg.gz, '—', null]);
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

const benches = existsSync('tests/bench')
  ? readdirSync('tests/bench')
      .filter((f) => /\.bench\.(mjs|ts)$/.test(f))
      .sort()
  : [];
let failed = 0;
for (const file of benches) {
  console.log(`\n▶ tests/bench/${file}`);
  const path = join('tests/bench', file);
  const [cmd, args] = file.endsWith('.ts')
    ? ['node', ['scripts/run-ts.mjs', path]]
    : ['node', [path]];
  const done = spawnSync(cmd, args, { stdio: 'inherit' });
  if (done.status !== 0) {
    failed++;
    console.log(`✖ ${file}: over budget or did not finish (exit ${done.status})`);
  }
}

// How long each browser's end-to-end suite took in the last `npm test` (scripts/test-all.mjs
// writes .tmp/suite-times.json): the whole run must stay under 20 minutes on 2 cores.
if (existsSync('.tmp/suite-times.json')) {
  const times = JSON.parse(readFileSync('.tmp/suite-times.json', 'utf8'));
  console.log('\nLast `npm test`, seconds per step (.tmp/suite-times.json):');
  let whole = 0;
  for (const [label, seconds] of Object.entries(times)) {
    whole += seconds;
    console.log(`  ${label}: ${seconds} s`);
  }
  console.log(`  whole run: ${Math.round(whole)} s (budget 1200 s)`);
} else {
  console.log('\nNo .tmp/suite-times.json yet: `npm test` records each suite’s time there.');
}
process.exit(failed ? 1 : 0);
