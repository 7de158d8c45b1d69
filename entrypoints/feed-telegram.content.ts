import { browser } from 'wxt/browser';
import { startFeedScript } from '@/lib/feed/script';
import { matchesFor } from '@/lib/platforms/hosts';
import { telegram } from '@/lib/platforms/telegram';

// Telegram's report shortcuts: one content script per platform, bundling only its own adapter.
export default defineContentScript({
  matches: matchesFor('telegram'),
  runAt: 'document_idle',
  main: (ctx) => startFeedScript(ctx, telegram, browser),
});
