import type { CaptureInput } from '../case/capture';
import type { Lang } from '../i18n/types';
import type { CaptureResult } from '../messaging/protocol';
import type { Adapter, PageInfo } from '../platforms/adapter';
import { listenForActivation } from './activation';
import { CARD_TAG } from './card';
import { createCardFlow } from './card-flow';
import { createGuard, type StyleCheck } from './guard';
import { feedText } from './i18n';
import { createPlacement, isOurs } from './placement';
import type { ShortcutHandler } from './shield';
import { watch } from './watcher';

/** What the feed needs from the browser; the content script fills it in (tests fake it). */
export type FeedEnv = {
  doc: Document;
  adapter: Adapter;
  /** The platform's name as people write it ("X", "TikTok"), shown on the card. */
  platformName: string;
  /** Language of the shortcut labels (the browser's UI language). */
  uiLang: Lang;
  /** The page's address now (SPAs change it without reloading). */
  url(): string;
  /** Run `cb` before the next frame (requestAnimationFrame, or a timer in a hidden tab). */
  schedule(cb: () => void): void;
  capture(data: CaptureInput): Promise<CaptureResult>;
  undo(id: string): Promise<{ message: string }>;
  openUrl(url: string): Promise<unknown>;
  openWorkspace(view: 'home' | 'help'): Promise<unknown>;
  copy(text: string): Promise<void>;
  now?(): Date;
  /** Milliseconds, monotonic (performance.now); the clickjacking guard's clock. */
  clock?(): number;
  /** Style checks for browsers without IntersectionObserver v2 (visibility.ts styleRefusal). */
  styleCheck?: StyleCheck;
  /**
   * Where the delegated listener hears shortcut events: the content script hands in the early
   * window listener (shield.ts), registered before the page's own.
   */
  listen(handler: ShortcutHandler): () => void;
};

export type Feed = {
  /** Look at every post in the document again (start, navigation). */
  rescan(): void;
  /** SPA navigation: drop what belongs to the old page, then rescan. */
  locationChanged(): void;
  /** Disconnect, unlisten, and remove every element Beacon added. */
  stop(): void;
};

/**
 * The feed of one document, composed of:
 * - the watcher (watcher.ts): one MutationObserver, one batch per frame;
 * - placement (placement.ts): which posts get a shortcut, and the page's own shortcut;
 * - activation (activation.ts): the one delegated listener and trusted clicks, asking
 *   the clickjacking guard (guard.ts) whether the shortcut has been really visible and still;
 * - the card flow (card-flow.ts): reading the target, saving it, the card that says so.
 */
export function startFeed(env: FeedEnv): Feed {
  const { doc, adapter } = env;
  const uiText = feedText(env.uiLang);
  const pageInfo = (): PageInfo => ({ url: new URL(env.url()) });
  let stopped = false;

  const guard = createGuard(doc, env.clock ?? (() => performance.now()), env.styleCheck);
  const placement = createPlacement({
    doc,
    adapter,
    label: uiText,
    pageInfo,
    created: guard.watch,
  });
  const cards = createCardFlow({
    doc,
    adapter,
    platformName: env.platformName,
    uiText,
    pageInfo,
    now: () => env.now?.() ?? new Date(),
    capture: env.capture,
    openUrl: env.openUrl,
    openWorkspace: env.openWorkspace,
    copy: env.copy,
    targetOf: placement.targetOf,
    buttonOf: placement.buttonOf,
    watch: guard.watch,
    refusal: guard.refusal,
    undo: env.undo,
  });
  const activation = listenForActivation({
    // The card's keys come through the shield too (it hides them from the page).
    listen: (handler) =>
      env.listen((event, host) =>
        host.localName === CARD_TAG ? cards.key(event) : handler(event, host),
      ),
    isShortcut: (host) => placement.targetOf(host) !== undefined,
    refusal: guard.refusal,
    activate: (host) => void cards.capture(host),
    refused: (host, reason) => cards.refuse(host, reason === 'too-soon'),
  });
  const watcher = watch({
    root: doc,
    schedule: env.schedule,
    flush: placement.flush,
    skip: isOurs,
  });

  function rescan() {
    if (!stopped) placement.rescan();
  }

  /**
   * The navigate event comes before the address and the page change: look in the next frame.
   * However often the page changes its address (a hostile page can call replaceState hundreds
   * of times a second), one rescan per frame at most: later changes join the pending one.
   */
  let navigationPending = false;
  function locationChanged() {
    if (stopped) return;
    placement.dropPageShortcut();
    if (navigationPending) return;
    navigationPending = true;
    env.schedule(() => {
      navigationPending = false;
      if (stopped) return;
      placement.dropOrphans();
      rescan();
    });
  }

  function stop() {
    if (stopped) return;
    stopped = true;
    watcher.stop();
    activation.stop();
    guard.stop();
    cards.stop();
    placement.stop();
  }

  rescan();
  return { rescan, locationChanged, stop };
}
