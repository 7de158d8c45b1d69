import { browser } from 'wxt/browser';
import type { Handlers } from '@/lib/messaging/router';
import { platformForHost } from '@/lib/platforms/hosts';
import type { VaultService } from '@/lib/vault/service';
import type { StorageArea } from '@/lib/vault/storage';
import { createWatchService, type WatchService } from '@/lib/watch/service';

/**
 * The removal watch in the background (lib/watch/service.ts): the `watchSeen` handler, and the
 * index refreshed after unlock and after every change (coalesced: one refresh at a time).
 */
export function createWatchBackground(vault: VaultService): {
  watch: WatchService;
  refresh(): void;
  handlers: Handlers;
} {
  const watch = createWatchService({
    vault,
    session: browser.storage.session as unknown as StorageArea,
  });

  let running: Promise<void> | null = null;
  let again = false;
  function refresh(): void {
    if (running) {
      again = true;
      return;
    }
    running = watch
      .refresh()
      .catch(() => undefined)
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          refresh();
        }
      });
  }

  const handlers: Handlers = {
    watchSeen: async ({ url, state }, { info }) => {
      // A page reports only addresses of its own platform (the sender is checked by the router).
      const from = info.url ? platformForHost(new URL(info.url).hostname) : null;
      if (!from || platformForHost(new URL(url).hostname) !== from) return;
      await watch.seen(url, state);
    },
  };
  return { watch, refresh, handlers };
}
