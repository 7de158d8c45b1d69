import { browser } from 'wxt/browser';
import { startFeedScript } from '@/lib/feed/script';
import { matchesFor } from '@/lib/platforms/hosts';
import { pinterest } from '@/lib/platforms/pinterest';

// Pinterest's report shortcuts: one content script per platform, bundling only its own adapter.
export default defineContentScript({
  matches: matchesFor('pinterest'),
  runAt: 'document_idle',
  main: (ctx) => startFeedScript(ctx, pinterest, browser),
});
