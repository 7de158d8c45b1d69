import { browser } from 'wxt/browser';
import { startFeedScript } from '@/lib/feed/script';
import { TWITCH_PLATFORM } from '@/lib/platforms/catalog';
import { matchesOf } from '@/lib/platforms/hosts';
import { twitch } from '@/lib/platforms/twitch';

// Twitch's report shortcuts: one content script per platform, bundling only its own adapter.
export default defineContentScript({
  matches: matchesOf(TWITCH_PLATFORM.hosts),
  runAt: 'document_start',
  main: (ctx) => startFeedScript(ctx, twitch, browser, TWITCH_PLATFORM.name),
});
