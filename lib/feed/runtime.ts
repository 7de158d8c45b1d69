import type { CaptureInput } from '../case/capture';
import type { Lang } from '../i18n/types';
import type { CaptureResult } from '../messaging/protocol';
import type { Adapter, PageInfo } from '../platforms/adapter';
import type { PlatformId } from '../platforms/hosts';
import { listenForActivation } from './activation';
import { createCardFlow } from './card-flow';
import { feedText } from './i18n';
import { createPlacement, isOurs } from './placement';
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
};

/**
 * The feed of one document, composed of:
 * - the watcher (watcher.ts): one MutationObserver, one batch per frame;
 * - placement (placement.ts): which posts get a shortcut, and the page's own shortcut;
 * - activation (activation.ts): the one delegated listener, trusted clicks, the visibility guard;
 * - the card flow (card-flow.ts): reading the target, saving it, the card that says so.
 */
export function startFeed(env: FeedEnv): Feed {
  const { doc, adapter } = env;
  const uiText = feedText(env.uiLang);
  const pageInfo = (): PageInfo => ({ url: new URL(env.url()) });
  let stopped = false;

  const placement = createPlacement({ doc, adapter, label: uiText, pageInfo });
  const cards = createCardFlow({
    doc,
    adapter,
    platformName: PLATFORM_NAMES[adapter.id],
    uiText,
    pageInfo,
    now: () => env.now?.() ?? new Date(),
    capture: env.capture,
    openUrl: env.openUrl,
    openWorkspace: env.openWorkspace,
    copy: env.copy,
    targetOf: placement.targetOf,
    buttonOf: placement.buttonOf,
  });
  const activation = listenForActivation({
    doc,
    isShortcut: (host) => placement.targetOf(host) !== undefined,
    refusal: visibilityRefusal,
    activate: (host) => void cards.capture(host),
    refused: (host) => cards.refuse(host),
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

  function locationChanged() {
    if (stopped) return;
    placement.dropPageShortcut();
    // The navigate event comes before the address and the page change: look in the next frame.
    env.schedule(() => {
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
    cards.stop();
    placement.stop();
  }

  rescan();
  return { rescan, locationChanged, stop };
}
