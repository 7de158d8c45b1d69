import { browser } from 'wxt/browser';
import type { Handlers } from '@/lib/messaging/router';
import { platformForHost } from '@/lib/platforms/hosts';
import { ADAPTERS } from '@/lib/platforms/registry';
import type { VaultService } from '@/lib/vault/service';
import type { StorageArea } from '@/lib/vault/storage';
import { countPage, type DiagnosticsCounts } from '@/lib/watch/health';
import { createWatchService, type WatchService } from '@/lib/watch/service';

/** storage.local: counters only (the vault's wipe removes every `beacon.` key). */
const DIAG_KEY = 'beacon.diagnostics';
/** storage.session: ids of tabs whose page shows media with no button (no address kept). */
const TROUBLE_KEY = 'beacon.watch.noButtonTabs';

/**
 * The removal watch and the feed's health in the background: `watchSeen` (lib/watch/service.ts),
 * the index refreshed after unlock and every change (one refresh at a time), `feedHealth`
 * counters for Settings › Diagnostics, and the popup's "can't place its button" per tab.
 */
export function createWatchBackground(vault: VaultService): {
  watch: WatchService;
  refresh(): void;
  handlers: Handlers;
} {
  const session = browser.storage.session as unknown as StorageArea;
  const local = browser.storage.local as unknown as StorageArea;
  const watch = createWatchService({ vault, session });

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

  async function readCounts(): Promise<DiagnosticsCounts> {
    const stored = (await local.get(DIAG_KEY))[DIAG_KEY];
    return stored && typeof stored === 'object' ? (stored as DiagnosticsCounts) : {};
  }

  async function troubleTabs(): Promise<number[]> {
    const stored = (await session.get(TROUBLE_KEY))[TROUBLE_KEY];
    return Array.isArray(stored) ? stored.filter((n): n is number => typeof n === 'number') : [];
  }

  const handlers: Handlers = {
    watchSeen: async ({ url, state }, { info }) => {
      // A page reports only addresses of its own platform (the sender is checked by the router).
      const from = info.url ? platformForHost(new URL(info.url).hostname) : null;
      if (!from || platformForHost(new URL(url).hostname) !== from) return;
      await watch.seen(url, state);
    },
    feedHealth: async (health, { info }) => {
      const platform = info.url ? platformForHost(new URL(info.url).hostname) : null;
      const adapter = ADAPTERS.find((a) => a.id === platform);
      if (!adapter) return;
      await local.set({
        [DIAG_KEY]: countPage(await readCounts(), adapter.id, adapter.version, health),
      });
      const tabId = info.tab?.id;
      if (typeof tabId !== 'number') return;
      const before = await troubleTabs();
      if (before.includes(tabId) === health.mediaWithoutButton) return;
      const tabs = before.filter((id) => id !== tabId);
      if (health.mediaWithoutButton) tabs.push(tabId);
      await session.set({ [TROUBLE_KEY]: tabs.slice(-100) });
    },
    tabTrouble: async () => {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      return { noButton: tab?.id !== undefined && (await troubleTabs()).includes(tab.id) };
    },
    diagnostics: async () => ({
      counts: await readCounts(),
      watch: await watch.status(),
      version: browser.runtime.getManifest().version,
    }),
    clearDiagnostics: async () => {
      await local.remove(DIAG_KEY);
    },
  };
  return { watch, refresh, handlers };
}
