import { browser } from 'wxt/browser';
import { startFeedScript } from '@/lib/feed/script';
import { discord } from '@/lib/platforms/discord';
import { matchesFor } from '@/lib/platforms/hosts';

// Discord's report shortcuts: one content script per platform, bundling only its own adapter.
export default defineContentScript({
  matches: matchesFor('discord'),
  runAt: 'document_idle',
  main: (ctx) => startFeedScript(ctx, discord, browser),
});
