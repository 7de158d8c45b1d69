#!/usr/bin/env node
// `npm test`: every check, in the order a failure is cheapest to find.
// typecheck -> lint -> unit tests -> Chrome + Firefox builds and store zips -> web-ext lint ->
// end-to-end in Chromium -> end-to-end in Firefox ESR.
// Prints how long each step took (also written to .tmp/suite-times.json, which `npm run bench`
// shows) and one closing line "N passed, N failed" (tests summed over the unit and both E2E
// suites).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
/** Seconds per step, in run order. */
const times = {};
mkdirSync('.tmp', { recursive: true });

function run(label, command, args, { env } = {}) {
  process.stdout.write(`\n▶ ${label}: ${command} ${args.join(' ')}\n`);
  const started = Date.now();
  const done = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  times[label] = Math.round((Date.now() - started) / 100) / 10;
  if (done.status !== 0) {
    process.stdout.write(`\n✖ ${label} failed (exit ${done.status ?? done.signal})\n`);
  }
  return done.status === 0;
}

function vitestE2e(label, config, json) {
  rmSync(json, { force: true }); // a crashed run must not count the last run's tests
  const ok = run(label, 'npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${json}`,
  ]);
  countVitest(json);
  return ok;
}

function countVitest(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  results.passed += report.numPassedTests ?? 0;
  results.failed += report.numFailedTests ?? 0;
  results.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  return true;
}

const steps = [
  () => run('typecheck', 'npm', ['run', '--silent', 'typecheck']),
  () => run('lint', 'npm', ['run', '--silent', 'lint']),
  () => {
    const ok = run('unit tests', 'npx', [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=.tmp/unit.json',
    ]);
    countVitest('.tmp/unit.json');
    return ok;
  },
  // `npm run zip` builds both browsers (.output/chrome-mv3, .output/firefox-mv2) and packs the
  // three store zips that tests/e2e-firefox/package.e2e.ts loads.
  () =>
    run('builds and store zips (Chrome MV3, Firefox MV2, sources)', 'npm', [
      'run',
      '--silent',
      'zip',
    ]),
  () => run('web-ext lint (Firefox build)', 'node', ['scripts/lint-firefox.mjs']),
  () => vitestE2e('end-to-end (Chromium)', 'vitest.e2e.config.ts', '.tmp/e2e.json'),
  () =>
    vitestE2e('end-to-end (Firefox ESR)', 'vitest.e2e-firefox.config.ts', '.tmp/e2e-firefox.json'),
];

let ok = true;
for (const step of steps) {
  if (!step()) {
    ok = false;
    if (process.env.BEACON_TEST_KEEP_GOING !== '1') break;
  }
}
writeFileSync('.tmp/suite-times.json', `${JSON.stringify(times, null, 2)}\n`);
process.stdout.write('\nTime per step (also in .tmp/suite-times.json):\n');
for (const [label, seconds] of Object.entries(times)) {
  process.stdout.write(`  ${label}: ${seconds} s\n`);
}
if (!ok && results.failed === 0) results.failed = 1; // a failed check that is not a test still fails
const skipped = results.skipped ? `, ${results.skipped} skipped` : '';
process.stdout.write(`\n${results.passed} passed, ${results.failed} failed${skipped}\n`);
process.exit(ok ? 0 : 1);
