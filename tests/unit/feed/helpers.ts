import { vi } from 'vitest';
import type { CaptureInput } from '@/lib/case/capture';
import { type Feed, startFeed } from '@/lib/feed/runtime';
import { shieldShortcuts } from '@/lib/feed/shield';
import { styleRefusal } from '@/lib/feed/visibility';
import { cardWords } from '@/lib/i18n/card-words';
import type { CaptureResult } from '@/lib/messaging/protocol';
import type { Adapter } from '@/lib/platforms/adapter';
import { platformName } from '@/lib/platforms/catalog';

/**
 * A small adapter over test markup, so these tests exercise the feed and not a platform:
 * a post is `article.post`; it has media when it holds an img or video; its permalink is the
 * href of `a.permalink`; the shortcut goes in `.actions`. Account pages are `/@name`.
 */
export const testAdapter: Adapter = {
  id: 'x',
  version: 7,
  posts: ['article.post'],
  readPost(post) {
    const href = post.querySelector('a.permalink')?.getAttribute('href');
    if (!href) return { ok: false, reason: 'no-permalink' };
    if (!post.querySelector('img, video')) return { ok: false, reason: 'no-media' };
    return {
      ok: true,
      tier: 'testid',
      capture: {
        kind: 'post',
        platform: 'x',
        permalink: href,
        author: { handle: post.getAttribute('data-handle') ?? undefined },
        text: post.querySelector('p')?.textContent ?? undefined,
        media: [{ kind: 'image' }],
      },
    };
  },
  anchor: (post) => post.querySelector('.actions'),
  readPage(doc, { url }) {
    const name = /^\/@(\w+)$/.exec(url.pathname)?.[1];
    if (!name) return null;
    return {
      capture: { kind: 'account', platform: 'x', permalink: url.href, subject: `@${name}` },
      anchor: doc.querySelector('h2.profile'),
    };
  },
  reportRoute: {
    menuPath: ['⋯', 'Report post'],
    formUrl: 'https://example.org/form',
    confirmed: false,
  },
};

export function post(id: string, opts: { media?: boolean; handle?: string } = {}): string {
  const media = opts.media === false ? '' : '<img alt="" src="data:,">';
  return `<article class="post" data-handle="${opts.handle ?? `user${id}`}"><a class="permalink" href="https://x.com/u/status/${id}">t</a><p>Post ${id}</p>${media}<div class="actions"><button>Like</button></div></article>`;
}

/** Closed shadow roots, captured as they are attached (the page could never get these). */
export const shadowRoots = new WeakMap<Element, ShadowRoot>();
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attach.call(this, init);
  shadowRoots.set(this, root);
  return root;
};

export function shadow(host: Element): ShadowRoot {
  const root = shadowRoots.get(host);
  if (!root) throw new Error(`no shadow root on ${host.localName}`);
  return root;
}

/** Dispatch an event the way the browser does for a real user (isTrusted true). */
export function trusted<E extends Event>(target: EventTarget, event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
  return event;
}

export function realClick(target: EventTarget, at = { x: 10, y: 10 }): MouseEvent {
  return trusted(
    target,
    new MouseEvent('click', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: 1,
      clientX: at.x,
      clientY: at.y,
    }),
  );
}

/** Make every shortcut look laid out at (0,0)-(28,28) and be the top element there. */
export function layOut(): void {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(
    () =>
      ({ x: 0, y: 0, left: 0, top: 0, right: 28, bottom: 28, width: 28, height: 28 }) as DOMRect,
  );
}

export function topElementIs(get: () => Element | null): void {
  document.elementFromPoint = () => get();
}

export type Harness = {
  feed: Feed;
  frames: Array<() => void>;
  /** Let the MutationObserver deliver, then run one animation frame. */
  frame(): Promise<void>;
  captures: CaptureInput[];
  opened: string[];
  workspace: string[];
  copied: string[];
  /** Ids the card's Undo sent. */
  undone: string[];
  setUrl(url: string): void;
};

export async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

export function startTestFeed(
  opts: {
    adapter?: Adapter;
    result?: CaptureResult | Error;
    url?: string;
    uiLang?: 'en' | 'fr' | 'es';
  } = {},
): Harness {
  const frames: Array<() => void> = [];
  const captures: CaptureInput[] = [];
  const opened: string[] = [];
  const workspace: string[] = [];
  const copied: string[] = [];
  const undone: string[] = [];
  let url = opts.url ?? 'https://x.com/home';
  let clockNow = 0;
  // The real shield, as the content script registers it (first on the window).
  const shield = shieldShortcuts(window);
  const feed = startFeed({
    listen: shield.listen,
    doc: document,
    adapter: opts.adapter ?? testAdapter,
    platformName: platformName((opts.adapter ?? testAdapter).id),
    uiLang: opts.uiLang ?? 'en',
    url: () => url,
    schedule: (cb) => frames.push(cb),
    capture: async (data) => {
      captures.push(data);
      const result = opts.result ?? { saved: true, where: 'pending', lang: 'en' };
      if (result instanceof Error) throw result;
      return { ...result, words: cardWords(result.lang) };
    },
    undo: async (id) => {
      undone.push(id);
      return { message: `Undone ${id}` };
    },
    openUrl: async (u) => opened.push(u),
    openWorkspace: async (view) => workspace.push(view),
    copy: async (text) => {
      copied.push(text);
    },
    now: () => new Date('2025-03-03T10:00:00.000Z'),
    // Each reading a second later: every shortcut has been on screen long enough by its click
    // (the clickjacking guard's own timing is tested in guard.test.ts).
    // happy-dom has no IntersectionObserver v2: the Firefox path, with the style checks.
    styleCheck: styleRefusal,
    clock: () => {
      clockNow += 1000;
      return clockNow;
    },
  });
  const stop = feed.stop;
  feed.stop = () => {
    stop();
    shield.stop();
  };
  return {
    feed,
    frames,
    captures,
    opened,
    workspace,
    copied,
    undone,
    setUrl: (u) => {
      url = u;
    },
    async frame() {
      await settle();
      for (const cb of frames.splice(0)) cb();
    },
  };
}

export const shortcuts = (root: ParentNode = document) => [
  ...root.querySelectorAll('beacon-shortcut'),
];
