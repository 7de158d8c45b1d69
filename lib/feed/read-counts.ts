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
  delete shared[READ_COUNTS];
  return taken && Object.keys(taken).length > 0 ? taken : null;
}
