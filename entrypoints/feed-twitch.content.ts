import { browser } from 'wxt/browser';
import { startFeedScript } from '@/lib/feed/script';
import { matchesFor } from '@/lib/platforms/hosts';
import { twitch } from '@/lib/platforms/twitch';

// Twitch's report shortcuts: one content script per platform, bundling only its own adapter.
export default defineContentScript({
  matches: matchesFor('twitch'),
  runAt: 'document_idle',
  main: (ctx) => startFeedScript(ctx, twitch, browser),
});
