import { browser } from 'wxt/browser';
import { startFeedScript } from '@/lib/feed/script';
import { THREADS_PLATFORM } from '@/lib/platforms/catalog';
import { matchesOf } from '@/lib/platforms/hosts';
import { threads } from '@/lib/platforms/threads';

// Threads's report shortcuts. One content script per platform, each bundling only its own adapter,
// keeps every feed script under the 25 KB budget (docs/ARCHITECTURE.md). Plain DOM, no React, no
// zod.
export default defineContentScript({
  matches: matchesOf(THREADS_PLATFORM.hosts),
  runAt: 'document_start',
  main: (ctx) => startFeedScript(ctx, threads, browser, THREADS_PLATFORM.name),
});
