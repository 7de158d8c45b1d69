import { browser } from 'wxt/browser';
import { startFeedScript } from '@/lib/feed/script';
import { TELEGRAM_PLATFORM } from '@/lib/platforms/catalog';
import { matchesOf } from '@/lib/platforms/hosts';
import { telegram } from '@/lib/platforms/telegram';

// Telegram's report shortcuts: one content script per platform, bundling only its own adapter.
export default defineContentScript({
  matches: matchesOf(TELEGRAM_PLATFORM.hosts),
  runAt: 'document_start',
  main: (ctx) => startFeedScript(ctx, telegram, browser, TELEGRAM_PLATFORM.name),
});
