import { browser } from 'wxt/browser';
import type { Handlers } from '@/lib/messaging/router';
import { platformForHost } from '@/lib/platforms/hosts';
import { adapterVersion } from '@/lib/platforms/versions';
import type { ChangeReason } from '@/lib/vault/context';
import type { VaultService } from '@/lib/vault/service';
import type { StorageArea } from '@/lib/vault/storage';
import { reportFromItsTab } from '@/lib/watch/address';
import {
  captureFlaws,
  countPage,
  countReads,
  type DiagnosticsCounts,
  normaliseCounts,
  type ReadFailures,
} from '@/lib/watch/health';
import {
  createWatchService,
  type IndexChange,
  indexChangeFor,
  type WatchService,
} from '@/lib/watch/service';

/** storage.local: counters only (the vault's wipe removes every `beacon.` key). */
const DIAG_KEY = 'beacon.diagnostics';
/** storage.session: ids of tabs whose page shows media with no button (no address kept). */
const TROUBLE_KEY = 'beacon.watch.noButtonTabs';

/** What the background counts of a capture (lib/case/capture.ts, after its checks). */
export type CapturedByFeed = {
  kind: string;
  via: string;
  adapter?: { id: string; version: number };
  author?: { handle?: string };
  text?: string;
  truncated?: readonly string[];
};

/**
 * The removal watch and the feed's health in the background: `watchWanted` and `watchSeen`
 * (lib/watch/service.ts), the index kept up to date after unlock and every change, `feedHealth`
 * counters for Settings › Diagnostics, and the popup's "can't place its button" per tab.
 */
export function createWatchBackground(vault: VaultService): {
  watch: WatchService;
  /** The vault's `onChange`: the index follows the change (an unlock: a fresh key). */
  vaultChanged(caseId?: string, reason?: ChangeReason): void;
  handlers: Handlers;
  /** A capture the feed read: counted, with what the capture checks found wrong with it. */
  countCapture(capture: CapturedByFeed): Promise<void>;
} {
  const session = browser.storage.session as unknown as StorageArea;
  const local = browser.storage.local as unknown as StorageArea;
  const watch = createWatchService({ vault, session });

  /** The index follows the vault (lib/watch/service.ts takes a burst of changes in one pass). */
  function refresh(change: IndexChange): void {
    watch.refresh(change).catch(() => undefined);
  }

  async function readCounts(): Promise<DiagnosticsCounts> {
    return normaliseCounts((await local.get(DIAG_KEY))[DIAG_KEY]);
  }

  /** Counter updates one after another: two batches at once must not lose one another. */
  let counting: Promise<void> = Promise.resolve();
  function updateCounts(change: (counts: DiagnosticsCounts) => DiagnosticsCounts): Promise<void> {
    counting = counting
      .then(async () => {
        await local.set({ [DIAG_KEY]: change(await readCounts()) });
      })
      .catch(() => undefined);
    return counting;
  }

  /** The page's platform and its adapter's version (numbers only: no adapter code here). */
  function adapterFor(pageUrl: string | undefined) {
    const id = pageUrl ? platformForHost(new URL(pageUrl).hostname) : null;
    const version = adapterVersion(id);
    return id && version !== undefined ? { id, version } : undefined;
  }

  async function countCapture(capture: CapturedByFeed): Promise<void> {
    const id = capture.adapter?.id;
    const version = adapterVersion(id);
    // Only the feed's readings of a current adapter (another version's claims are not counted).
    if (!id || version === undefined || capture.via !== 'shortcut') return;
    if (capture.adapter?.version !== version) return;
    await updateCounts((counts) => countReads(counts, id, version, 1, captureFlaws(capture)));
  }

  async function troubleTabs(): Promise<number[]> {
    const stored = (await session.get(TROUBLE_KEY))[TROUBLE_KEY];
    return Array.isArray(stored) ? stored.filter((n): n is number => typeof n === 'number') : [];
  }

  const handlers: Handlers = {
    // The watch script asks before it reads its page: only about its own page's address (a
    // script on one page learns nothing of another address); nothing is stored or logged.
    watchWanted: async ({ url }, { info }) => ({
      wanted: reportFromItsTab(url, info) && (await watch.wanted(url)),
    }),
    watchSeen: async ({ url, state, from, corrects }, { info }) => {
      // A page reports only its own address (the sender is checked by the router).
      if (!reportFromItsTab(url, info)) return;
      await watch.seen(url, state, { from, corrects });
    },
    feedHealth: async (health, { info }) => {
      const adapter = adapterFor(info.url);
      if (!adapter) return;
      await updateCounts((counts) => countPage(counts, adapter.id, adapter.version, health));
      const tabId = info.tab?.id;
      if (typeof tabId !== 'number') return;
      const before = await troubleTabs();
      if (before.includes(tabId) === health.mediaWithoutButton) return;
      const tabs = before.filter((id) => id !== tabId);
      if (health.mediaWithoutButton) tabs.push(tabId);
      await session.set({ [TROUBLE_KEY]: tabs.slice(-100) });
    },
    feedReads: async ({ failures }, { info }) => {
      const adapter = adapterFor(info.url);
      if (!adapter) return;
      await updateCounts((counts) =>
        countReads(counts, adapter.id, adapter.version, 0, failures as ReadFailures),
      );
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
      await counting;
      await local.remove(DIAG_KEY);
    },
  };
  return {
    watch,
    vaultChanged: (caseId, reason) => refresh(indexChangeFor(caseId, reason)),
    handlers,
    countCapture,
  };
}
