// Figures of one bench file: printed as they are measured (value, target, ratio to it) and
// saved to .tmp/bench/<bench>.json, which scripts/bench.mjs gathers into bench-results.json.
// Plain JS so both the .mjs and the .ts benches can use it. Never a pass/fail on time in tests:
// these are figures for people to read and compare (`npm run bench -- --compare old.json`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PARTS_DIR = '.tmp/bench';

/** Sorted copy's p-th percentile (nearest rank); NaN for an empty list. */
export function pct(values, p) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

const show = (v, unit) =>
  Number.isNaN(v)
    ? 'n/a'
    : `${Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toFixed(3)} ${unit}`;

/**
 * recorder('capture') → figure({ id, label, value, unit, target? }) prints one line and keeps it.
 * `target` is an upper bound (lower is better); ratio = value / target.
 */
export function recorder(bench) {
  const figures = [];
  return {
    figure({ id, label, value, unit, target }) {
      const ratio = target ? value / target : null;
      figures.push({ id: `${bench}.${id}`, label, value, unit, target: target ?? null, ratio });
      const verdict =
        ratio === null ? '' : `  ratio ${ratio.toFixed(2)} ${ratio <= 1 ? 'OK' : 'OVER'}`;
      console.log(
        `  ${label.padEnd(58)} ${show(value, unit).padStart(12)}${target ? `   target ≤ ${show(target, unit)}` : ''}${verdict}`,
      );
      return value;
    },
    save(extra = {}) {
      mkdirSync(PARTS_DIR, { recursive: true });
      writeFileSync(
        join(PARTS_DIR, `${bench}.json`),
        JSON.stringify({ bench, figures, ...extra }, null, 2),
      );
    },
  };
}
