import { FEED_MATCHES } from '@/lib/platforms/hosts';
import { startFeedScript } from './feed';

// The feed content script: adapter for this host -> watcher -> shortcuts -> card.
// Plain DOM only (no React, no zod): it must stay under the 25 KB budget (DESIGN.md §9).
export default defineContentScript({
  matches: [...FEED_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    startFeedScript(ctx);
  },
});
