import { browser } from 'wxt/browser';
import { startFeedScript } from '@/lib/feed/script';
import { PINTEREST_PLATFORM } from '@/lib/platforms/catalog';
import { matchesOf } from '@/lib/platforms/hosts';
import { pinterest } from '@/lib/platforms/pinterest';

// Pinterest's report shortcuts: one content script per platform, bundling only its own adapter.
export default defineContentScript({
  matches: matchesOf(PINTEREST_PLATFORM.hosts),
  runAt: 'document_start',
  main: (ctx) => startFeedScript(ctx, pinterest, browser, PINTEREST_PLATFORM.name),
});
