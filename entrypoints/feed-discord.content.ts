import { browser } from 'wxt/browser';
import { startFeedScript } from '@/lib/feed/script';
import { DISCORD_PLATFORM } from '@/lib/platforms/catalog';
import { discord } from '@/lib/platforms/discord';
import { matchesOf } from '@/lib/platforms/hosts';

// Discord's report shortcuts: one content script per platform, bundling only its own adapter.
export default defineContentScript({
  matches: matchesOf(DISCORD_PLATFORM.hosts),
  runAt: 'document_start',
  main: (ctx) => startFeedScript(ctx, discord, browser, DISCORD_PLATFORM.name),
});
