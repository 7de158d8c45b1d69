/**
 * The one MutationObserver of a document (docs/ARCHITECTURE.md, "Feed"). Its callback only
 * queues what was added (and elements whose href changed, so a recycled post that keeps its
 * nodes is seen); everything else happens once per animation frame in `flush`, with the whole
 * batch.
 */
export type Watcher = { stop(): void };

/**
 * Defined by wxt.config.ts: true only in the bench build (BEACON_BENCH_SOURCEMAP=1), false in
 * every other build, where the minifier drops the timing below; absent under vitest.
 */
declare const __BEACON_BENCH__: boolean | undefined;
/** Name of the performance.measure entry per flush (tests/bench/feed-profile.bench.ts reads it). */
export const BENCH_MEASURE = 'beacon-feed-flush';

export type WatcherOptions = {
  root: Node;
  /** Runs `cb` before the next frame is painted (rAF; the caller picks an idle fallback). */
  schedule(cb: () => void): void;
  /** One call per frame with everything queued since the last one (elements only). */
  flush(nodes: Element[]): void;
  /** Added elements not worth a frame (Beacon's own shortcut and card). */
  skip?(el: Element): boolean;
};

export function watch({ root, schedule, flush, skip }: WatcherOptions): Watcher {
  let queue: Element[] = [];
  let scheduled = false;
  let stopped = false;
  /** Bench build: ms spent in the observer callback since the last flush. */
  let queueMs = 0;

  const run = () => {
    scheduled = false;
    if (stopped) return;
    const batch = queue;
    queue = [];
    if (typeof __BEACON_BENCH__ !== 'undefined' && __BEACON_BENCH__) {
      // The flush and the callbacks that queued its batch, as one user-timing entry the page's
      // own world can read (the bench's second measure, free of the profiler's overhead).
      const start = performance.now();
      flush(batch);
      performance.measure(BENCH_MEASURE, {
        start: start - queueMs,
        end: performance.now(),
        detail: { nodes: batch.length, queueMs },
      });
      queueMs = 0;
      return;
    }
    flush(batch);
  };

  const observer = new MutationObserver((records) => {
    const bench = typeof __BEACON_BENCH__ !== 'undefined' && __BEACON_BENCH__;
    const start = bench ? performance.now() : 0;
    for (const record of records) {
      if (record.type === 'attributes') {
        queue.push(record.target as Element);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && !skip?.(node as Element)) queue.push(node as Element);
      }
    }
    if (!scheduled && queue.length > 0) {
      scheduled = true;
      schedule(run);
    }
    if (bench) queueMs += performance.now() - start;
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['href'],
  });

  return {
    stop() {
      stopped = true;
      queue = [];
      observer.disconnect();
    },
  };
}
