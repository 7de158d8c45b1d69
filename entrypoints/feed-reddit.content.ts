import { browser } from 'wxt/browser';
import { startFeedScript } from '@/lib/feed/script';
import { REDDIT_PLATFORM } from '@/lib/platforms/catalog';
import { matchesOf } from '@/lib/platforms/hosts';
import { reddit } from '@/lib/platforms/reddit';

// Reddit's report shortcuts. One content script per platform, each bundling only its own adapter,
// keeps every feed script under the 25 KB budget (docs/ARCHITECTURE.md). Plain DOM, no React, no
// zod.
export default defineContentScript({
  matches: matchesOf(REDDIT_PLATFORM.hosts),
  runAt: 'document_start',
  main: (ctx) => startFeedScript(ctx, reddit, browser, REDDIT_PLATFORM.name),
});
