import { browser } from 'wxt/browser';
import { startFeedScript } from '@/lib/feed/script';
import { FACEBOOK_PLATFORM } from '@/lib/platforms/catalog';
import { facebook } from '@/lib/platforms/facebook';
import { matchesOf } from '@/lib/platforms/hosts';

// Facebook's report shortcuts. One content script per platform, each bundling only its own adapter,
// keeps every feed script under the 25 KB budget (docs/ARCHITECTURE.md). Plain DOM, no React, no
// zod.
export default defineContentScript({
  matches: matchesOf(FACEBOOK_PLATFORM.hosts),
  runAt: 'document_start',
  main: (ctx) => startFeedScript(ctx, facebook, browser, FACEBOOK_PLATFORM.name),
});
