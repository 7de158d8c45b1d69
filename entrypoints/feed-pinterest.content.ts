import { browser } from 'wxt/browser';
import { startFeedScript } from '@/lib/feed/script';
import { PINTEREST_HOSTS } from '@/lib/platforms/catalog';
import { matchesOf } from '@/lib/platforms/hosts';
import { pinterest } from '@/lib/platforms/pinterest';

// Pinterest's report shortcuts: one content script per platform, bundling only its own adapter.
export default defineContentScript({
  matches: matchesOf(PINTEREST_HOSTS),
  runAt: 'document_idle',
  main: (ctx) => startFeedScript(ctx, pinterest, browser),
});
