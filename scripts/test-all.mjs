#!/usr/bin/env node
// `npm test`: every check, in the order a failure is cheapest to find.
// typecheck -> lint -> unit tests -> Chrome + Firefox builds -> web-ext lint -> end-to-end.
// Prints one closing line "N passed, N failed" (tests summed over the unit and E2E suites).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
mkdirSync('.tmp', { recursive: true });

function run(label, command, args, { env } = {}) {
  process.stdout.write(`\n▶ ${label}: ${command} ${args.join(' ')}\n`);
  const done = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (done.status !== 0) {
    process.stdout.write(`\n✖ ${label} failed (exit ${done.status ?? done.signal})\n`);
  }
  return done.status === 0;
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
  () => run('build (Chrome MV3)', 'npm', ['run', '--silent', 'build']),
  () => run('build (Firefox)', 'npm', ['run', '--silent', 'build:firefox']),
  () => run('web-ext lint (Firefox build)', 'node', ['scripts/lint-firefox.mjs']),
  () => {
    const ok = run('end-to-end (Chromium)', 'npx', [
      'vitest',
      'run',
      '--config',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=.tmp/e2e.json',
    ]);
    countVitest('.tmp/e2e.json');
    return ok;
  },
];

let ok = true;
for (const step of steps) {
  if (!step()) {
    ok = false;
    if (process.env.BEACON_TEST_KEEP_GOING !== '1') break;
  }
}
if (!ok && results.failed === 0) results.failed = 1; // a failed check that is not a test still fails
const skipped = results.skipped ? `, ${results.skipped} skipped` : '';
process.stdout.write(`\n${results.passed} passed, ${results.failed} failed${skipped}\n`);
process.exit(ok ? 0 : 1);
