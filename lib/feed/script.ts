import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { langFromTag } from '../i18n/types';
import { createClient } from '../messaging/client';
import type { Adapter } from '../platforms/adapter';
import { startFeed } from './runtime';

/** The few extension APIs the feed uses, handed in by the entrypoint (browser APIs stay at the edge). */
export type FeedBrowser = {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  i18n: { getUILanguage(): string };
};

/**
 * Wires the feed (lib/feed) to this tab: the adapter for this host, animation frames from the
 * content-script context, messages to the background, and teardown on SPA navigation and when
 * the extension is updated or disabled. Nothing marks the page apart from the shortcuts.
 */
export function startFeedScript(
  ctx: ContentScriptContext,
  adapter: Adapter,
  browser: FeedBrowser,
): void {
  const send = createClient((message) => browser.runtime.sendMessage(message));
  const feed = startFeed({
    doc: document,
    adapter,
    uiLang: langFromTag(browser.i18n.getUILanguage()),
    url: () => location.href,
    // Animation frames don't run in a hidden tab; a timer keeps the feed current there.
    schedule: (cb) => {
      if (document.visibilityState === 'hidden') ctx.setTimeout(cb, 100);
      else ctx.requestAnimationFrame(cb);
    },
    capture: (data) => send('capture', data),
    openUrl: (url) => send('openUrl', { url }),
    openWorkspace: (view) => send('openWorkspace', { view }),
    copy: (text) => navigator.clipboard.writeText(text),
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => feed.locationChanged());
  ctx.onInvalidated(() => feed.stop());
}
