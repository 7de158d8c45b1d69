import type { CaptureInput } from '../case/capture';
import type { Lang } from '../i18n/types';
import type { CaptureResult } from '../messaging/protocol';
import type { Adapter, PageInfo, PostCapture, SelectorTier } from '../platforms/adapter';
import type { PlatformId } from '../platforms/hosts';
import { CARD_TAG, type Card, type CardContent, openCard } from './card';
import { type FeedKey, type FeedText, feedText } from './i18n';
import { createShortcut, SHORTCUT_TAG, STOPPED } from './shortcut';
import { visibilityRefusal } from './visibility';
import { watch } from './watcher';

/** What the feed needs from the browser; the content script fills it in (tests fake it). */
export type FeedEnv = {
  doc: Document;
  adapter: Adapter;
  /** Language of the shortcut labels (the browser's UI language). */
  uiLang: Lang;
  /** The page's address now (SPAs change it without reloading). */
  url(): string;
  /** Run `cb` before the next frame (requestAnimationFrame, or a timer in a hidden tab). */
  schedule(cb: () => void): void;
  capture(data: CaptureInput): Promise<CaptureResult>;
  openUrl(url: string): Promise<unknown>;
  openWorkspace(view: 'home' | 'help'): Promise<unknown>;
  copy(text: string): Promise<void>;
  now?(): Date;
};

export type Feed = {
  /** Look at every post in the document again (start, navigation). */
  rescan(): void;
  /** SPA navigation: drop what belongs to the old page, then rescan. */
  locationChanged(): void;
  /** Disconnect, unlisten, and remove every element Beacon added. */
  stop(): void;
};

/** Names as the platforms write them (proper nouns: the same in every language). */
const PLATFORM_NAMES: Record<PlatformId, string> = {
  x: 'X',
  instagram: 'Instagram',
  facebook: 'Facebook',
  threads: 'Threads',
  reddit: 'Reddit',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  bluesky: 'Bluesky',
  tumblr: 'Tumblr',
  pinterest: 'Pinterest',
  discord: 'Discord',
  telegram: 'Telegram',
  twitch: 'Twitch',
};

/** Above this many queued elements a batch re-reads the whole document instead (Dark Reader). */
const FULL_RESCAN = 1000;
/** How often (ms) a page shortcut that has nowhere to go yet is looked for again. */
const PAGE_RETRY = 200;

/**
 * The feed: one watcher for the document, one `<beacon-shortcut>` per media post (and one by
 * the name on account/hashtag/search pages), one card after a capture.
 *
 * Bookkeeping stays off the page: `posts` (WeakMap post -> its shortcut) is the "seen" set, and
 * the shortcut element inside a post is the only mark on it. A post is looked at again whenever
 * something is added inside it or its links change, so a recycled node that lost its media loses
 * its shortcut (and one that gained media gets one) in the same frame.
 */
export function startFeed(env: FeedEnv): Feed {
  const { doc, adapter } = env;
  const uiText = feedText(env.uiLang);
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

  let card: Card | null = null;
  let busy = false;
  let stopped = false;

  const isOurs = (el: Element) => el.localName === SHORTCUT_TAG || el.localName === CARD_TAG;

  const watcher = watch({ root: doc, schedule: env.schedule, flush, skip: isOurs });

  function pageInfo(): PageInfo {
    return { url: new URL(env.url()) };
  }

  function makeShortcut(key: FeedKey, target: Element | null): HTMLElement {
    const { host, button } = createShortcut(doc, uiText(key));
    targets.set(host, target);
    buttons.set(host, button);
    live.add(host);
    return host;
  }

  /**
   * The posts an added element belongs to or holds, by the adapter's ordered selectors: the
   * first selector that finds any wins (a weaker fallback could match a wrapper of the post).
   */
  function collect(node: Element, touched: Set<Element>) {
    for (const selector of adapter.posts) {
      const outer = node.closest(selector);
      const inner = node.firstElementChild ? node.querySelectorAll(selector) : null;
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

  function flush(nodes: Element[]) {
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
  }

  /**
   * Does this post get a shortcut? The adapter's cheap `hasMedia` when it has one (the full
   * reading is only needed at click time); otherwise a full reading that must succeed.
   */
  function wantsShortcut(post: Element, page: PageInfo): boolean {
    try {
      return adapter.hasMedia ? adapter.hasMedia(post) : adapter.readPost(post, page).ok;
    } catch {
      return false; // An adapter that trips on odd markup must not stop the other posts.
    }
  }

  /** Read pass over every touched post, then one write pass. */
  function update(touched: Iterable<Element>) {
    const page = pageInfo();
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
        if (existing) {
          existing.remove();
          live.delete(existing);
          posts.delete(post);
        }
        continue;
      }
      const host = existing ?? makeShortcut('feed.shortcut.post', post);
      // Exactly one per post: drop any other shortcut that claims this post (or nobody).
      for (const other of [...post.getElementsByTagName(SHORTCUT_TAG)]) {
        if (other !== host && (!targets.has(other) || targets.get(other) === post)) other.remove();
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
      found = adapter.readPage(doc, pageInfo());
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

  /**
   * The one delegated listener of every shortcut (DESIGN.md §6), on the document in the capture
   * phase: an event from inside a shortcut's closed shadow root arrives retargeted to its host.
   * Stopped there, the post underneath doesn't also open, navigate or take the key press.
   */
  function onDocumentEvent(event: Event) {
    const target = event.target as Element | null;
    // Browsers hand the host itself; a DOM without retargeting (unit tests) hands the button.
    const root = target?.getRootNode?.() as ShadowRoot | Document | undefined;
    const host = root && root !== doc && 'host' in root ? root.host : target;
    if (host?.localName !== SHORTCUT_TAG || !targets.has(host)) return;
    event.stopPropagation();
    if (event.type !== 'click') return;
    event.preventDefault();
    if (!event.isTrusted || stopped) return;
    void activate(host as HTMLElement, event as MouseEvent);
  }
  for (const type of STOPPED) doc.addEventListener(type, onDocumentEvent, true);

  function readTarget(target: Element | null): CaptureInput | null {
    const page = pageInfo();
    let capture: PostCapture | undefined;
    let tier: SelectorTier = 'url';
    if (target) {
      if (!target.isConnected) return null;
      const reading = adapter.readPost(target, page);
      if (!reading.ok) return null;
      capture = reading.capture;
      tier = reading.tier;
    } else {
      capture = adapter.readPage?.(doc, page)?.capture;
      if (!capture) return null;
    }
    const href = page.url.href;
    return {
      ...capture,
      via: 'shortcut',
      capturedAt: (env.now?.() ?? new Date()).toISOString(),
      // The background caps addresses at 2,048 characters; a long query string is cut, not the page.
      pageUrl: href.length > 2048 ? page.url.origin + page.url.pathname : href,
      adapter: { id: adapter.id, version: adapter.version, tier },
    };
  }

  async function activate(host: HTMLElement, event: MouseEvent) {
    if (busy || !targets.has(host)) return;
    // Keyboard activation has no pointer position (detail 0): the centre is checked instead.
    const point = event.detail === 0 ? null : { x: event.clientX, y: event.clientY };
    if (visibilityRefusal(host, point)) {
      show(host, uiText, { status: uiText('feed.card.refused'), error: true });
      return;
    }
    let data: CaptureInput | null = null;
    try {
      data = readTarget(targets.get(host) ?? null);
    } catch {
      data = null;
    }
    if (!data) {
      show(host, uiText, { status: uiText('feed.card.unreadable'), error: true });
      return;
    }
    busy = true;
    let t: FeedText = uiText;
    let content: CardContent;
    const handle =
      data.kind === 'post' ? data.author?.handle : (data.subject ?? data.author?.handle);
    try {
      const result = await env.capture(data);
      t = feedText(result.lang);
      const status = !result.saved
        ? t('feed.card.failed', { message: '' }).trim()
        : result.where === 'case'
          ? result.caseTitle
            ? t('feed.card.savedTo', { title: result.caseTitle })
            : t('feed.card.saved')
          : result.where === 'inbox'
            ? t('feed.card.savedInbox')
            : t('feed.card.savedPending');
      content = {
        status,
        error: !result.saved,
        handle,
        permalink: data.permalink,
        route: { platform: PLATFORM_NAMES[adapter.id], ...adapter.reportRoute },
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      content = { status: t('feed.card.failed', { message }), error: true, handle };
    } finally {
      busy = false;
    }
    if (!stopped) show(host, t, content);
  }

  function show(host: HTMLElement, t: FeedText, content: CardContent) {
    card?.close();
    const button = buttons.get(host);
    card = openCard(doc, t, content, {
      copy: env.copy,
      openUrl: (url) => void env.openUrl(url).catch(() => undefined),
      openCase: () => void env.openWorkspace('home').catch(() => undefined),
      getHelp: () => void env.openWorkspace('help').catch(() => undefined),
      closed: () => {
        card = null;
        if (!stopped && host.isConnected) button?.focus();
      },
    });
  }

  function rescan() {
    if (stopped) return;
    update(allPosts());
    placePageShortcut(true);
  }

  function locationChanged() {
    if (stopped) return;
    if (pageHost) {
      pageHost.remove();
      live.delete(pageHost);
      pageHost = null;
    }
    pageSettled = false;
    // The navigate event comes before the address and the page change: look in the next frame.
    env.schedule(() => {
      if (stopped) return;
      for (const host of [...live]) {
        const post = targets.get(host);
        if (!host.isConnected || !post?.isConnected || !post.contains(host)) {
          host.remove();
          live.delete(host);
          if (post) posts.delete(post);
        }
      }
      rescan();
    });
  }

  function stop() {
    if (stopped) return;
    stopped = true;
    watcher.stop();
    for (const type of STOPPED) doc.removeEventListener(type, onDocumentEvent, true);
    if (pageTimer !== undefined) view?.clearTimeout(pageTimer);
    card?.close();
    for (const host of live) host.remove();
    live.clear();
    pageHost?.remove();
    pageHost = null;
  }

  rescan();
  return { rescan, locationChanged, stop };
}
