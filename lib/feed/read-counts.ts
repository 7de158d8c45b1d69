/**
 * Read failures at click time, counted for Settings › Diagnostics without a message of the
 * feed's own (its 25 KB budget): in one object on the content scripts' global. Every content
 * script of an extension in a frame shares one global scope that the page can't see ("In each
 * frame of each extension, there is only one global scope", MDN, Content scripts:
 * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/Content_scripts;
 * Chromium's isolated world is per extension likewise), so the watch script
 * (lib/watch/content.ts) takes the counts and sends them in batches. Reasons only, never a page.
 */
export const READ_COUNTS = 'beaconReads';

type Shared = { [READ_COUNTS]?: Record<string, number> };

export function countReadFailure(reason: string): void {
  const shared = globalThis as Shared;
  const counts = shared[READ_COUNTS] ?? {};
  counts[reason] = (counts[reason] ?? 0) + 1;
  shared[READ_COUNTS] = counts;
}

/** For the watch script: the counts so far, taken (each counted once), or null when none. */
export function takeReadFailures(): Record<string, number> | null {
  const shared = globalThis as Shared;
  const taken = shared[READ_COUNTS];
  if (!taken || Object.keys(taken).length === 0) return null;
  shared[READ_COUNTS] = undefined;
  return taken;
}

/**
 * For the watch script: `changed` runs whenever the feed counts a failure, through an accessor
 * on the shared global (the feed's plain assignment reaches it), so a batch can go out a few
 * seconds after a failure with no polling and no message of the feed's own.
 */
export function onReadFailure(changed: () => void): void {
  let value = (globalThis as Shared)[READ_COUNTS];
  Object.defineProperty(globalThis, READ_COUNTS, {
    configurable: true,
    get: () => value,
    set(next: Record<string, number> | undefined) {
      value = next;
      if (next) changed();
    },
  });
  if (value) changed();
}
