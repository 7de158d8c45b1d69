#!/usr/bin/env node
// web-ext lint on the Firefox build: zero errors required (warnings are printed, not fatal).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const dir =
  ['.output/firefox-mv2', '.output/firefox-mv3'].find(existsSync) ??
  readdirSync('.output')
    .map((d) => `.output/${d}`)
    .find((d) => d.includes('firefox'));
if (!dir) {
  console.error('No Firefox build in .output/: run `npm run build:firefox` first.');
  process.exit(1);
}
const done = spawnSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
  {
    encoding: 'utf8',
  },
);
let report;
try {
  report = JSON.parse(done.stdout);
} catch {
  console.error(done.stdout, done.stderr);
  process.exit(1);
}
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const item of report[kind] ?? []) {
    console.log(`${kind.slice(0, -1)}: ${item.code} ${item.file ?? ''} ${item.message}`);
  }
}
console.log(
  `web-ext lint ${dir}: ${report.count ?? 0} messages, ${report.summary?.errors ?? 0} errors, ${report.summary?.warnings ?? 0} warnings`,
);
process.exit((report.summary?.errors ?? 0) === 0 ? 0 : 1);
