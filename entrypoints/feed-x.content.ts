import { browser } from 'wxt/browser';
import { startFeedScript } from '@/lib/feed/script';
import { X_PLATFORM } from '@/lib/platforms/catalog';
import { matchesOf } from '@/lib/platforms/hosts';
import { x } from '@/lib/platforms/x';

// X's report shortcuts. One content script per platform, each bundling only its own adapter, keeps
// every feed script under the 25 KB budget (docs/ARCHITECTURE.md). Plain DOM, no React, no zod.
export default defineContentScript({
  matches: matchesOf(X_PLATFORM.hosts),
  runAt: 'document_start',
  main: (ctx) => startFeedScript(ctx, x, browser, X_PLATFORM.name),
});
