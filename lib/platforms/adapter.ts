import type { CaptureInput } from '../case/capture';
import type { PlatformId } from './hosts';

// Types only from lib/case: this file is bundled into the feed content script (no zod there).

export type SelectorTier = 'testid' | 'aria' | 'structure' | 'url';

/** What the adapter reads from the page (minus what the feed adds: via, capturedAt, pageUrl). */
export type PostCapture = Omit<CaptureInput, 'via' | 'capturedAt' | 'pageUrl' | 'adapter'>;

export type PostReading =
  | { ok: true; capture: PostCapture; tier: SelectorTier }
  | { ok: false; reason: 'no-media' | 'no-permalink' | 'not-a-post' };

/** Facts about the page the adapter may need; passed in so adapters stay free of `location`. */
export type PageInfo = { url: URL };

export type ReportRoute = {
  /** The in-app menu path, one label per step, in the platform's English wording. */
  menuPath: string[];
  /** The platform's child-safety form, when one exists (directory data, with its source). */
  formUrl?: string;
  /** False when the URL was only seen in third-party sources (shown as "check this link"). */
  confirmed: boolean;
  /**
   * The reference knows no report address outside the app for this platform's child-safety
   * reports: the card says so and points to a hotline instead of inventing a form.
   */
  noForm?: true;
};

export type Adapter = {
  id: PlatformId;
  /** Bump when selectors change; stored with every capture. */
  version: number;
  /** Ordered fallbacks: the first selector that finds posts wins. Stable hooks only. */
  posts: readonly string[];
  /**
   * A post never holds another post (X: a quoted post is a link, not an article). The feed then
   * stops looking inside a post it found (lib/feed/placement.ts `collect`), which saves a walk of
   * every element of every new post. Leave unset where posts nest (Facebook's comments).
   */
  flat?: true;
  /** Markup in, data out. No browser APIs, no network, page text treated as text. */
  readPost(post: Element, page: PageInfo): PostReading;
  /**
   * Optional cheap test for the feed's hot path (docs/ARCHITECTURE.md, "Adapters"): does this
   * post carry media of its own? It must agree with `readPost`
   * (tests/unit/platforms/has-media.test.ts checks every fixture); the full reading then runs
   * only at click time.
   */
  hasMedia?(post: Element): boolean;
  /** Where the shortcut goes: inside the post, by its action bar or header. */
  anchor(post: Element): Element | null;
  /** Account, hashtag or search page capture, or null when this page is none of those. */
  readPage?(doc: Document, page: PageInfo): { capture: PostCapture; anchor: Element | null } | null;
  reportRoute: ReportRoute;
};
