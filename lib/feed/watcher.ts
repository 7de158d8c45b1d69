/**
 * The one MutationObserver of a document (docs/ARCHITECTURE.md, "Feed"). Its callback only
 * queues what was added (and elements whose href changed, so a recycled post that keeps its
 * nodes is seen); everything else happens once per animation frame in `flush`, with the whole
 * batch.
 */
export type Watcher = { stop(): void };

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

  const run = () => {
    scheduled = false;
    if (stopped) return;
    const batch = queue;
    queue = [];
    flush(batch);
  };

  const observer = new MutationObserver((records) => {
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
