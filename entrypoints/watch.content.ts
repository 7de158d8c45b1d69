import { browser } from 'wxt/browser';
import { watchAddress } from '@/lib/feed/context';
import { onReadFailure, takeReadFailures } from '@/lib/feed/read-counts';
import { createClient } from '@/lib/messaging/client';
import { WATCH_RULES } from '@/lib/platforms/gone';
import { FEED_MATCHES, platformForHost } from '@/lib/platforms/hosts';
import { startWatchPage } from '@/lib/watch/content';

// The removal watch's reader (lib/watch/content.ts): one small script on every supported host,
// apart from the feed scripts so each of those keeps its 25 KB budget. It asks the background
// whether its own page's address is evidence, reads the page only then, and sends the page
// address with what the page says; it requests nothing from the web.
export default defineContentScript({
  matches: [...FEED_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const platform = platformForHost(location.hostname);
    if (!platform) return;
    const send = createClient((message) => browser.runtime.sendMessage(message));
    const page = startWatchPage({
      doc: document,
      rules: WATCH_RULES[platform],
      url: () => location.href,
      later: (cb, ms) => ctx.setTimeout(cb, ms),
      // A failed ask (the extension reloaded, its worker gone) rejects: that read is skipped.
      wanted: async (url) => (await send('watchWanted', { url })).wanted,
      send: (url, state, how) => {
        send('watchSeen', { url, state, ...how }).catch(() => undefined);
      },
      health: (health) => {
        send('feedHealth', health).catch(() => undefined);
      },
      // The feed script counts its read failures on the global all of Beacon's content scripts
      // share in this frame (lib/feed/read-counts.ts); the page can't see it.
      takeReads: takeReadFailures,
      sendReads: (failures) => {
        send('feedReads', { failures }).catch(() => undefined);
      },
    });
    // The context is Beacon's own (lib/feed/context.ts, aliased for every content script): it
    // has none of WXT's event helpers and no location-change event; listeners end with it.
    const { signal } = ctx;
    watchAddress(ctx, () => page.navigated());
    onReadFailure(() => page.readFailed());
    window.addEventListener('pagehide', () => page.flushReads(), { signal });
    document.addEventListener(
      'visibilitychange',
      () => {
        if (document.visibilityState === 'hidden') page.flushReads();
      },
      { signal },
    );
  },
});
