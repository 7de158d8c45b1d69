/**
 * Attribution of a CDP `Profiler` profile to Beacon's own scripts (used by feed-profile.bench).
 * A sample counts as Beacon's when any frame of its stack is a script of the extension
 * (chrome-extension://<id>/…): its own JS and the DOM work it forces synchronously (reads,
 * style and layout flushed inside its calls). Work the page's rendering does later because of
 * Beacon's elements is not in a JS stack and is not counted here (the A/B bench covers it).
 * The deepest Beacon frame names the function, resolved through the build's hidden source maps
 * (BEACON_BENCH_SOURCEMAP=1) to the original file and line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEAST_UPPER_BOUND, originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

export type CallFrame = {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
};
export type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
export type Profile = {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
};

export type Where = { file: string; line: number; name: string };
export type Category = 'reading' | 'placing' | 'styling' | 'other';

/** Reading a post (adapters, the watcher, collecting posts), placing the shortcut, styling it. */
export function categoryOf(where: Where): Category {
  const { file, name } = where;
  if (/lib\/feed\/(style|card)\.ts$/.test(file)) return 'styling';
  if (/lib\/feed\/shortcut\.ts$/.test(file)) return 'placing';
  if (/lib\/platforms\//.test(file) || /lib\/feed\/watcher\.ts$/.test(file)) return 'reading';
  if (/lib\/feed\/(runtime|placement)\.ts$/.test(file)) {
    if (/^(update|makeShortcut|placePageShortcut)$/.test(name)) return 'placing';
    if (/^(collect|allPosts|wantsShortcut|pageInfo|flush)$/.test(name)) return 'reading';
  }
  return 'other';
}

/** Names sampled frames by their original source through the build's .map files. */
export function sourceMapper(extensionDir: string) {
  const maps = new Map<string, TraceMap | null>();
  const cache = new Map<string, Where>();
  const mapFor = (path: string) => {
    if (!maps.has(path)) {
      const file = join(extensionDir, `${path}.map`);
      maps.set(path, existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : null);
    }
    return maps.get(path) ?? null;
  };
  return (frame: CallFrame): Where => {
    const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const path = new URL(frame.url).pathname.replace(/^\//, '');
    const map = mapFor(path);
    let where: Where = { file: path, line: frame.lineNumber + 1, name: frame.functionName };
    // A script's top level (its evaluation) has no line of its own (-1).
    if (map && frame.lineNumber >= 0) {
      const pos = originalPositionFor(map, {
        line: frame.lineNumber + 1,
        column: frame.columnNumber,
        // V8 gives where the function starts (its parameter list), which often has no mapping
        // of its own: the next mapped position is inside the function, the previous may not be.
        bias: LEAST_UPPER_BOUND,
      });
      if (pos.source) {
        const file = pos.source.replace(/^(\.\.\/)+/, '');
        const index = map.sources.indexOf(pos.source);
        const text = map.sourcesContent?.[index]?.split('\n')[pos.line - 1] ?? '';
        // The function's own name from its original line (minified names say nothing).
        const named =
          /(?:function\*?\s+|(?:const|let)\s+)([\w$]+)/.exec(text)?.[1] ??
          /^\s*(?:async\s+)?([\w$]+)\s*\(/.exec(text)?.[1] ??
          /([\w$]+)\s*[:=]\s*(?:async\s*)?\(/.exec(text)?.[1];
        where = { file, line: pos.line, name: named ?? pos.name ?? frame.functionName };
      }
    }
    cache.set(key, where);
    return where;
  };
}

export type Attributed = {
  /** Milliseconds of samples with a Beacon frame, in all. */
  beaconMs: number;
  totalMs: number;
  /** Beacon milliseconds per burst of main-thread work (a frame's tasks between idle gaps). */
  bursts: Array<{ beaconMs: number; pageMs: number; byScript: Map<string, number> }>;
  byCategory: Record<Category, number>;
  byFunction: Map<string, number>;
  /** Beacon milliseconds per extension script (its path, e.g. content-scripts/watch.js). */
  byScript: Map<string, number>;
  /**
   * Per extension script, its own milliseconds per function (`byFunction` keys): a source file
   * bundled into two scripts (the messaging client in the feed and in watch.js) is counted in
   * each script separately here.
   */
  byScriptFunction: Map<string, Map<string, number>>;
};

/**
 * Splits the samples into bursts (runs of non-idle samples separated by ≥ `gapMs` of idle) and
 * sums, per burst, the time of samples whose stack holds a Beacon frame and of samples whose
 * stack holds the page's own script (`pageUrl`), so a caller can keep the bursts of a feed batch.
 */
export function attribute(
  profile: Profile,
  opts: { extensionUrl: string; pageUrl: string; where: (f: CallFrame) => Where; gapMs?: number },
): Attributed {
  const gapMs = opts.gapMs ?? 2;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map<number, { beacon: ProfileNode | null; page: boolean; idle: boolean }>();
  const classify = (id: number) => {
    const known = memo.get(id);
    if (known) return known;
    const leaf = byId.get(id);
    let beacon: ProfileNode | null = null;
    let page = false;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (!node) break;
      const url = node.callFrame.url;
      if (!beacon && url.startsWith(opts.extensionUrl)) beacon = node;
      if (url.startsWith(opts.pageUrl)) page = true;
    }
    const idle = leaf?.callFrame.functionName === '(idle)';
    const out = { beacon, page, idle };
    memo.set(id, out);
    return out;
  };

  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const byCategory: Record<Category, number> = { reading: 0, placing: 0, styling: 0, other: 0 };
  const byFunction = new Map<string, number>();
  const byScript = new Map<string, number>();
  const byScriptFunction = new Map<string, Map<string, number>>();
  const bursts: Attributed['bursts'] = [];
  let current: Attributed['bursts'][number] | null = null;
  let idleRun = 0;
  let beaconMs = 0;
  let totalMs = 0;
  for (let i = 0; i < samples.length; i++) {
    // A sample lasts until the next one (the last: the mean interval).
    const ms = ((deltas[i + 1] ?? deltas[i] ?? 0) as number) / 1000;
    const c = classify(samples[i] as number);
    if (c.idle) {
      idleRun += ms;
      if (idleRun >= gapMs && current) {
        bursts.push(current);
        current = null;
      }
      continue;
    }
    idleRun = 0;
    totalMs += ms;
    current ??= { beaconMs: 0, pageMs: 0, byScript: new Map() };
    if (c.page) current.pageMs += ms;
    if (c.beacon) {
      current.beaconMs += ms;
      beaconMs += ms;
      const where = opts.where(c.beacon.callFrame);
      byCategory[categoryOf(where)] += ms;
      const key = `${where.file}:${where.line} ${where.name}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
      const script = c.beacon.callFrame.url.slice(opts.extensionUrl.length);
      const own = byScriptFunction.get(script) ?? new Map<string, number>();
      byScriptFunction.set(script, own);
      own.set(key, (own.get(key) ?? 0) + ms);
      byScript.set(script, (byScript.get(script) ?? 0) + ms);
      current.byScript.set(script, (current.byScript.get(script) ?? 0) + ms);
    }
  }
  if (current) bursts.push(current);
  return { beaconMs, totalMs, bursts, byCategory, byFunction, byScript, byScriptFunction };
}
