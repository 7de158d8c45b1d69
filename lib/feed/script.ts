import { langFromTag } from '../i18n/types';
import { createClient } from '../messaging/client';
import type { Adapter } from '../platforms/adapter';
import { type FeedContext, watchAddress } from './context';
import { startFeed } from './runtime';
import { shieldShortcuts } from './shield';
import { styleRefusal } from './visibility';

/** The few extension APIs the feed uses, handed in by the entrypoint (browser APIs stay at the edge). */
export type FeedBrowser = {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  i18n: { getUILanguage(): string };
};

/**
 * Wires the feed (lib/feed) to this tab: the adapter for this host, animation frames from the
 * content-script context, messages to the background, and teardown on SPA navigation and when
 * the extension is updated or disabled. Nothing marks the page apart from Beacon's elements.
 *
 * Runs at document_start so the shield (shield.ts) is the window's first listener; the feed
 * itself starts once the document is parsed.
 */
export function startFeedScript(
  ctx: FeedContext,
  adapter: Adapter,
  browser: FeedBrowser,
  /** The platform's display name, from its catalog entry (lib/platforms/catalog.ts). */
  platformName: string,
): void {
  const shield = shieldShortcuts(window);
  ctx.onInvalidated(() => shield.stop());
  const send = createClient((message) => browser.runtime.sendMessage(message));
  let started = false;

  const start = () => {
    if (started || !ctx.isValid) return;
    started = true;
    const feed = startFeed({
      doc: document,
      adapter,
      platformName,
      uiLang: langFromTag(browser.i18n.getUILanguage()),
      url: () => location.href,
      // Animation frames don't run in a hidden tab; a timer keeps the feed current there.
      schedule: (cb) => {
        if (document.visibilityState === 'hidden') ctx.setTimeout(cb, 100);
        else ctx.requestAnimationFrame(cb);
      },
      capture: (data) => send('capture', data),
      undo: (id) => send('undoCapture', { id }),
      openUrl: (url) => send('openUrl', { url }),
      openWorkspace: (view) => send('openWorkspace', { view }),
      copy: (text) => navigator.clipboard.writeText(text),
      // An orphaned copy (extension updated) finds out when its shortcut is used, and goes.
      listen: (handler) => shield.listen((event, host) => ctx.isValid && handler(event, host)),
      // Firefox has no IntersectionObserver v2: it needs the style checks (a constant per build,
      // so the Chromium bundle leaves them out).
      styleCheck: import.meta.env.FIREFOX ? styleRefusal : undefined,
    });
    watchAddress(ctx, () => feed.locationChanged());
    ctx.onInvalidated(() => feed.stop());
  };

  if (document.readyState !== 'loading') start();
  else {
    // Only the browser's own event: one the page dispatches early would find an empty document.
    const onReady = (event: Event) => {
      if (event.isTrusted) start();
    };
    document.addEventListener('DOMContentLoaded', onReady, { signal: ctx.signal });
  }
}
