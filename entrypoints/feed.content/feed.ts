import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { platformForHost } from '@/lib/platforms/hosts';

/**
 * Foundation stub of the feed: marks the document so tests can see the script ran on a
 * supported host. The watcher, shortcuts and card replace this (issue: report shortcut).
 */
export function startFeed(ctx: ContentScriptContext): void {
  const platform = platformForHost(location.hostname);
  if (!platform) return;
  document.documentElement.setAttribute('data-beacon-feed', platform);
  ctx.onInvalidated(() => document.documentElement.removeAttribute('data-beacon-feed'));
}
