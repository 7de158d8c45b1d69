import { readPage } from '../feed/page-state';
import type { WatchRules } from '../platforms/gone';
import { type FeedHealth, feedHealth } from './health';
import type { ReadingSource } from './match';
import type { PageState } from './observe';

/** When (ms after a page load or an in-app navigation) the page is read: platforms render late. */
export const READ_AT = [1500, 4000, 10000] as const;

export type WatchPageEnv = {
  doc: Document;
  rules: WatchRules;
  url(): string;
  later(cb: () => void, ms: number): void;
  /**
   * A clear reading: `from` its source (lib/feed/page-state.ts), `corrects` on an "online" that
   * follows a gone state this navigation's reads sent for the same address.
   */
  send(url: string, state: PageState, how: { from: ReadingSource; corrects?: true }): void;
  /**
   * Is this page's address evidence? Asked before each read (lib/watch/service.ts `wanted`):
   * a page that is not is never read. Rejects when the background can't answer.
   */
  wanted(url: string): Promise<boolean>;
  /** The feed's health on this page, once per navigation after the last read. */
  health(health: FeedHealth & { posts: number }): void;
  /**
   * The feed's read failures counted since the last call, taken (so counted once), or null
   * when there are none (lib/feed/read-counts.ts).
   */
  takeReads?(): Record<string, number> | null;
  sendReads?(failures: Record<string, number>): void;
};

/** A batch of read failures goes out this long (ms) after the first one in it. */
export const READS_BATCH_MS = 3000;

/** Posts on the page by the adapter's ordered selectors: the first that finds any counts. */
export function countPosts(doc: Document, selectors: readonly string[]): number {
  for (const selector of selectors) {
    const found = doc.querySelectorAll(selector).length;
    if (found > 0) return found;
  }
  return 0;
}

/**
 * The content side of the removal watch: reads its page a few times after each navigation and
 * reports a clear state with the page address. Nothing is stored in the page or the extension
 * from here; the background decides (and forgets non-evidence).
 *
 * It asks first: before each read, whether the page's address is evidence at all (most pages
 * are not, and reading the visible text of a long feed costs milliseconds of main thread). A
 * "no" is asked again at the next read — the user may capture the item on this very page — a
 * "yes" holds for the address until the next navigation. No answer (the extension reloaded,
 * its worker gone): no read.
 *
 * When a reading counts: the platform's own error container or the item itself decide at once;
 * wording anywhere on the page (a `body` rule) only when two reads in a row agree or at the last
 * read, since a single-page app can show a generic "isn't available" while the item loads. Once
 * "online" is sent for an address nothing more is sent for it; once a gone state is sent, the
 * reads go on and the item seen after all sends "online" marked `corrects` — only when a read of
 * this same navigation sent the gone state for this address (lib/watch/observe.ts then folds the
 * gone entry instead of recording "reappeared"; any other "online" is a plain observation).
 */
export function startWatchPage(env: WatchPageEnv): {
  navigated(): void;
  flushReads(): void;
  /** The feed counted a read failure (lib/feed/read-counts.ts onReadFailure). */
  readFailed(): void;
} {
  let generation = 0;
  /** The last state sent per address (this page's life only; never stored). */
  const sent = new Map<string, PageState>();

  /** A batch of read failures is due (one timer at a time). */
  let batchPending = false;

  /** Batches, never per post: at each read of the page, and when the page is hidden or left. */
  function flushReads() {
    batchPending = false;
    const taken = env.takeReads?.();
    if (taken) env.sendReads?.(taken);
  }

  /** A failure was counted: one batch a few seconds later takes it and any that follow. */
  function readFailed() {
    if (batchPending) return;
    batchPending = true;
    env.later(flushReads, READS_BATCH_MS);
  }

  function schedule() {
    const mine = ++generation;
    /** The previous read's page-wording state in this navigation, for the agreement rule. */
    let wording: { href: string; state: PageState } | null = null;
    /** Addresses this navigation's reads sent a gone state for (what a correction may undo). */
    const goneSent = new Set<string>();
    /** Addresses the background said are evidence, in this navigation. */
    const wanted = new Set<string>();
    /** The latest read of this navigation to have started (its index in READ_AT). */
    let latest = -1;

    /** Whether to read `href` now: asked, unless a read of this navigation was told yes. */
    async function ask(href: string): Promise<boolean> {
      if (wanted.has(href)) return true;
      let yes: boolean;
      try {
        yes = (await env.wanted(href)) === true;
      } catch {
        return false;
      }
      // A navigation (or an address change) while asking: this read is dropped.
      if (mine !== generation || env.url() !== href) return false;
      if (yes) wanted.add(href);
      return yes;
    }

    READ_AT.forEach((ms, i) => {
      const last = i === READ_AT.length - 1;
      env.later(async () => {
        if (mine !== generation) return;
        const href = env.url();
        flushReads();
        if (last)
          env.health({ ...feedHealth(env.doc), posts: countPosts(env.doc, env.rules.posts) });
        const before = sent.get(href);
        if (before === 'online') return;
        let url: URL;
        try {
          url = new URL(href);
        } catch {
          return;
        }
        latest = i;
        if (!(await ask(href))) return;
        // A later read started while this one waited for its answer (a slow background: an
        // index being made after unlock): only the later one reads, or two reads would look at
        // the page at the same moment and "agree" on wording a loading page shows for a while.
        if (latest !== i) return;
        const reading = readPage(env.doc, env.rules, url);
        const from: ReadingSource = reading?.from ?? 'page';
        let state: PageState | null = null;
        if (reading?.from === 'page') {
          const agrees = wording?.href === href && wording.state === reading.state;
          wording = { href, state: reading.state };
          if (agrees || last) state = reading.state;
        } else {
          wording = null;
          state = reading?.state ?? null;
        }
        // After a gone state only the item itself may speak again (the correction).
        if (!state || (before && state !== 'online')) return;
        sent.set(href, state);
        if (state !== 'online') goneSent.add(href);
        else if (goneSent.has(href)) return env.send(href, state, { from, corrects: true });
        env.send(href, state, { from });
      }, ms);
    });
  }

  schedule();
  return { navigated: schedule, flushReads, readFailed };
}
