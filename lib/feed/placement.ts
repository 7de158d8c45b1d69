import type { Adapter, PageInfo } from '../platforms/adapter';
import { CARD_TAG } from './card';
import type { FeedKey } from './i18n';
import { createShortcut, SHORTCUT_TAG } from './shortcut';

/** Above this many queued elements a batch re-reads the whole document instead (Dark Reader). */
export const FULL_RESCAN = 1000;
/** How often (ms) a page shortcut that has nowhere to go yet is looked for again. */
export const PAGE_RETRY = 200;

export type PlacementOptions = {
  doc: Document;
  adapter: Adapter;
  label(key: FeedKey): string;
  pageInfo(): PageInfo;
  /** A shortcut was made (the activation guard starts watching it). */
  created?(host: HTMLElement): void;
};

export type Placement = {
  /** One watcher batch: the elements added (or whose links changed) since the last frame. */
  flush(nodes: Element[]): void;
  /** Look at every post in the document again, and for the page shortcut. */
  rescan(): void;
  /** SPA navigation: drop the page shortcut now (it belongs to the old address). */
  dropPageShortcut(): void;
  /** SPA navigation: drop shortcuts whose post is gone or no longer holds them. */
  dropOrphans(): void;
  /** The post a shortcut captures (null: the page's own shortcut); undefined: not ours. */
  targetOf(host: Element): Element | null | undefined;
  buttonOf(host: Element): HTMLButtonElement | undefined;
  /** Remove every shortcut Beacon placed. */
  stop(): void;
};

/**
 * The posts inside `root` when posts never nest (Adapter.flat): what `querySelectorAll` finds,
 * without walking the inside of each post found. A feed cell holds its post a few levels down,
 * so this looks at a handful of elements where querySelectorAll walks the post's hundreds.
 */
export function postsIn(root: Element, selector: string): Element[] {
  const found: Element[] = [];
  for (let post = root.querySelector(selector); post; post = nextPost(post, root, selector)) {
    found.push(post);
  }
  return found;
}

/** The first match after `el` and its subtree, in document order, inside `root`. */
function nextPost(el: Element, root: Element, selector: string): Element | null {
  for (let at: Element = el; at !== root; at = at.parentElement as Element) {
    for (let next = at.nextElementSibling; next; next = next.nextElementSibling) {
      if (next.matches(selector)) return next;
      const inside = next.querySelector(selector);
      if (inside) return inside;
    }
  }
  return null;
}

/** Beacon's own elements, which the watcher and the post search skip. */
export const isOurs = (el: Element) => el.localName === SHORTCUT_TAG || el.localName === CARD_TAG;

/**
 * Finding posts and placing one `<beacon-shortcut>` per media post (and one by the name on
 * account/hashtag/search pages).
 *
 * Bookkeeping stays off the page: `posts` (WeakMap post -> its shortcut) is the "seen" set, and
 * the shortcut element inside a post is the only mark on it. A post is looked at again whenever
 * something is added inside it or its links change, so a recycled node that lost its media loses
 * its shortcut (and one that gained media gets one) in the same frame.
 */
export function createPlacement(opts: PlacementOptions): Placement {
  const { doc, adapter } = opts;
  const view = doc.defaultView;
  const posts = new WeakMap<Element, HTMLElement>();
  /** Shortcut host -> the post it captures (null: the page's own shortcut). */
  const targets = new WeakMap<Element, Element | null>();
  const buttons = new WeakMap<Element, HTMLButtonElement>();
  /** Shortcuts in the document, for teardown; detached ones are pruned as the feed grows. */
  const live = new Set<HTMLElement>();
  let pruneAt = 256;

  let pageHost: HTMLElement | null = null;
  let pageSettled = false;
  let lastPageTry = Number.NEGATIVE_INFINITY;
  let pageTimer: number | undefined;
  let stopped = false;

  function makeShortcut(key: FeedKey, target: Element | null): HTMLElement {
    const { host, button } = createShortcut(doc, opts.label(key));
    targets.set(host, target);
    buttons.set(host, button);
    live.add(host);
    opts.created?.(host);
    return host;
  }

  /**
   * The posts an added element belongs to or holds, by the adapter's ordered selectors: the
   * first selector that finds any wins (a weaker fallback could match a wrapper of the post).
   */
  function collect(node: Element, touched: Set<Element>) {
    for (const selector of adapter.posts) {
      const outer = node.closest(selector);
      // Where posts never nest, an element inside a post holds no other post.
      if (outer && adapter.flat) {
        touched.add(outer);
        return;
      }
      const inner = !node.firstElementChild
        ? null
        : adapter.flat
          ? postsIn(node, selector)
          : node.querySelectorAll(selector);
      if (!outer && !inner?.length) continue;
      if (outer) touched.add(outer);
      if (inner) for (const post of inner) touched.add(post);
      return;
    }
  }

  function allPosts(): Iterable<Element> {
    for (const selector of adapter.posts) {
      const found = doc.querySelectorAll(selector);
      if (found.length > 0) return found;
    }
    return [];
  }

  /**
   * Does this post get a shortcut? The adapter's cheap `hasMedia` when it has one (the full
   * reading is only needed at click time); otherwise a full reading that must succeed.
   */
  function wantsShortcut(post: Element, page: () => PageInfo): boolean {
    try {
      return adapter.hasMedia ? adapter.hasMedia(post) : adapter.readPost(post, page()).ok;
    } catch {
      return false; // An adapter that trips on odd markup must not stop the other posts.
    }
  }

  function forget(host: HTMLElement, post: Element | null | undefined) {
    host.remove();
    live.delete(host);
    if (post) posts.delete(post);
  }

  /** Read pass over every touched post, then one write pass. */
  function update(touched: Iterable<Element>) {
    // The address is parsed only for an adapter without hasMedia, once per batch.
    let info: PageInfo | undefined;
    const page = () => (info ??= opts.pageInfo());
    const writes: Array<{ post: Element; add: boolean; anchor: Element | null }> = [];
    for (const post of touched) {
      if (!post.isConnected) continue;
      const host = posts.get(post);
      const add = wantsShortcut(post, page);
      // Kept as is when it still has its shortcut; the target is the element, read afresh at
      // click time, so a recycled node showing another post is captured as that post.
      if (add === (host !== undefined && post.contains(host))) continue;
      if (!add && !host) continue;
      let anchor = add ? adapter.anchor(post) : null;
      if (anchor && !post.contains(anchor)) anchor = null;
      writes.push({ post, add, anchor });
    }
    for (const { post, add, anchor } of writes) {
      const existing = posts.get(post);
      if (!add) {
        if (existing) forget(existing, post);
        continue;
      }
      const host = existing ?? makeShortcut('feed.shortcut.post', post);
      // Exactly one per post: drop any other shortcut that claims this post (or nobody), such
      // as a copy the page made of a post along with its shortcut. The live collection's length
      // comes cheap; a list to loop over (removing changes the collection) only when needed.
      const found = post.getElementsByTagName(SHORTCUT_TAG);
      if (found.length > (host.parentNode && post.contains(host) ? 1 : 0)) {
        for (const other of [...found]) {
          if (other !== host && (!targets.has(other) || targets.get(other) === post)) {
            other.remove();
          }
        }
      }
      const parent = anchor ?? post;
      if (host.parentNode !== parent) parent.append(host);
      live.add(host);
      posts.set(post, host);
    }
  }

  function placePageShortcut(force: boolean) {
    if (!adapter.readPage || pageSettled || stopped) return;
    if (pageHost?.isConnected) return;
    const now = performance.now();
    if (!force && now - lastPageTry < PAGE_RETRY) {
      // Look again shortly even if the page goes quiet meanwhile.
      if (pageTimer === undefined && view) {
        pageTimer = view.setTimeout(() => {
          pageTimer = undefined;
          placePageShortcut(false);
        }, PAGE_RETRY);
      }
      return;
    }
    lastPageTry = now;
    let found: ReturnType<NonNullable<Adapter['readPage']>> = null;
    try {
      found = adapter.readPage(doc, opts.pageInfo());
    } catch {
      found = null;
    }
    if (!found) {
      pageSettled = true; // Not an account, hashtag or search page.
      return;
    }
    if (!found.anchor?.parentNode) return; // Not drawn yet: try again on a later batch.
    const key = found.capture.kind === 'account' ? 'feed.shortcut.account' : 'feed.shortcut.page';
    pageHost ??= makeShortcut(key, null);
    found.anchor.after(pageHost);
    live.add(pageHost);
  }

  return {
    flush(nodes) {
      if (stopped) return;
      if (nodes.length > FULL_RESCAN) {
        update(allPosts());
      } else {
        const touched = new Set<Element>();
        for (const node of nodes) {
          if (node.isConnected && !isOurs(node)) collect(node, touched);
        }
        if (touched.size > 0) update(touched);
      }
      placePageShortcut(false);
      if (live.size > pruneAt) {
        for (const host of live) if (!host.isConnected) live.delete(host);
        pruneAt = Math.max(256, live.size * 2);
      }
    },
    rescan() {
      if (stopped) return;
      update(allPosts());
      placePageShortcut(true);
    },
    dropPageShortcut() {
      if (pageHost) forget(pageHost, null);
      pageHost = null;
      pageSettled = false;
    },
    dropOrphans() {
      for (const host of [...live]) {
        const post = targets.get(host);
        if (!host.isConnected || !post?.isConnected || !post.contains(host)) forget(host, post);
      }
    },
    targetOf: (host) => targets.get(host),
    buttonOf: (host) => buttons.get(host),
    stop() {
      stopped = true;
      if (pageTimer !== undefined) view?.clearTimeout(pageTimer);
      for (const host of live) host.remove();
      live.clear();
      pageHost?.remove();
      pageHost = null;
    },
  };
}
