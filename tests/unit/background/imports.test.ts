import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * The service worker must start small (a cold capture waits for it): it reads its words from
 * lib/i18n/background.ts, never from lib/i18n/index.ts, which spreads every page's catalog
 * (~200 KB). A merge once brought the whole catalog back through one `t` import (background.js
 * 222 → 453 KB); this walks the worker's static import graph from its entrypoint and fails if
 * a page-only module is reachable.
 *
 * Likewise the feed adapters (selectors and readPost, ~27 KB): the background needs only their
 * version numbers (lib/platforms/versions.ts) and the hosts and grammars.
 */
const ROOT = resolve(__dirname, '../../..');
const ENTRY = resolve(ROOT, 'entrypoints/background/index.ts');

/** Modules only pages may bundle. */
const PAGE_ONLY = ['lib/i18n/index.ts'];
/** The feed's adapters and their shared reading code: only feed content scripts bundle them. */
const FEED_ONLY = [
  'lib/platforms/registry.ts',
  'lib/platforms/read.ts',
  ...readdirSync(resolve(ROOT, 'lib/platforms'))
    .filter((f) => f.endsWith('.ts'))
    .filter((f) =>
      /^\s*readPost\(post/m.test(readFileSync(resolve(ROOT, 'lib/platforms', f), 'utf8')),
    )
    .map((f) => `lib/platforms/${f}`),
];

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = resolve(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return null; // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (candidate.endsWith('.ts') || candidate.endsWith('.tsx')) {
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

/** Static imports and re-exports that bring code (type-only ones are erased). */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specs: string[] = [];
  const pattern = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(pattern)) {
    if (m[1]) continue;
    const spec = m[2];
    if (spec) specs.push(spec);
  }
  return specs;
}

function reachable(entry: string): Map<string, string> {
  const parent = new Map<string, string>([[entry, '']]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift() as string;
    for (const spec of importsOf(file)) {
      const next = resolveImport(file, spec);
      if (next && !parent.has(next)) {
        parent.set(next, file);
        queue.push(next);
      }
    }
  }
  return parent;
}

function chain(parent: Map<string, string>, file: string): string {
  const path: string[] = [];
  for (let f: string | undefined = file; f; f = parent.get(f))
    path.unshift(f.slice(ROOT.length + 1));
  return path.join(' → ');
}

describe('the background bundle', () => {
  it('reaches its own small catalog, not the pages’ catalogs', () => {
    const parent = reachable(ENTRY);
    expect(parent.has(resolve(ROOT, 'lib/i18n/background.ts'))).toBe(true);
    for (const page of PAGE_ONLY) {
      const file = resolve(ROOT, page);
      expect(parent.has(file), parent.has(file) ? chain(parent, file) : '').toBe(false);
    }
  });

  it('carries adapter versions, not the feed’s adapters', () => {
    const parent = reachable(ENTRY);
    expect(parent.has(resolve(ROOT, 'lib/platforms/versions.ts'))).toBe(true);
    // Every platform's adapter file is in the list (the filter found them all).
    expect(FEED_ONLY.length).toBeGreaterThanOrEqual(2 + 13);
    expect(FEED_ONLY).toContain('lib/platforms/x.ts');
    for (const feedOnly of FEED_ONLY) {
      const file = resolve(ROOT, feedOnly);
      expect(parent.has(file), parent.has(file) ? chain(parent, file) : feedOnly).toBe(false);
    }
  });

  it('the walk sees a forbidden import when there is one', () => {
    // Positive control: the workspace does import the page catalog.
    const parent = reachable(resolve(ROOT, 'entrypoints/workspace/main.tsx'));
    expect(parent.has(resolve(ROOT, 'lib/i18n/index.ts'))).toBe(true);
    // And a feed content script does import its adapter.
    const feed = reachable(resolve(ROOT, 'entrypoints/feed-x.content.ts'));
    expect(feed.has(resolve(ROOT, 'lib/platforms/x.ts'))).toBe(true);
    expect(feed.has(resolve(ROOT, 'lib/platforms/read.ts'))).toBe(true);
  });
});
