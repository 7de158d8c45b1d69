import { browser } from 'wxt/browser';
import { startFeedScript } from '@/lib/feed/script';
import { bluesky } from '@/lib/platforms/bluesky';
import { BLUESKY_PLATFORM } from '@/lib/platforms/catalog';
import { matchesOf } from '@/lib/platforms/hosts';

// Bluesky's report shortcuts. One content script per platform, each bundling only its own adapter,
// keeps every feed script under the 25 KB budget (docs/ARCHITECTURE.md). Plain DOM, no React, no
// zod.
export default defineContentScript({
  matches: matchesOf(BLUESKY_PLATFORM.hosts),
  runAt: 'document_start',
  main: (ctx) => startFeedScript(ctx, bluesky, browser, BLUESKY_PLATFORM.name),
});
