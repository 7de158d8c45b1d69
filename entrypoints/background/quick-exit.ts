import { browser } from 'wxt/browser';
import { QUICK_EXIT_URL } from '@/lib/ui/quick-exit-url';

type TabContext = { tabId: number };
type RuntimeWithContexts = {
  getContexts?: (filter: { contextTypes: string[] }) => Promise<TabContext[]>;
};

/**
 * Quick exit: a neutral page opens first (so closing Beacon's tabs never closes the window),
 * then every Beacon tab closes and the vault locks. `fromTab` is the tab the user pressed it
 * in, so the neutral page appears where they were looking.
 */
export async function quickExit(fromTab?: { id?: number; windowId?: number; index?: number }) {
  await browser.tabs.create({
    url: QUICK_EXIT_URL,
    active: true,
    ...(fromTab?.windowId !== undefined ? { windowId: fromTab.windowId } : {}),
    ...(fromTab?.index !== undefined ? { index: fromTab.index } : {}),
  });
  const ids = await beaconTabIds();
  if (fromTab?.id !== undefined && !ids.includes(fromTab.id)) ids.push(fromTab.id);
  if (ids.length > 0) await browser.tabs.remove(ids);
}

/** This extension's own tabs (workspace, case file), found without the "tabs" permission. */
async function beaconTabIds(): Promise<number[]> {
  const runtime = browser.runtime as unknown as RuntimeWithContexts;
  if (typeof runtime.getContexts === 'function') {
    const contexts = await runtime.getContexts({ contextTypes: ['TAB'] });
    return [...new Set(contexts.map((c) => c.tabId).filter((id) => id >= 0))];
  }
  // Firefox before getContexts: the browser shows an extension its own pages' addresses.
  const prefix = browser.runtime.getURL('/');
  const tabs = await browser.tabs.query({});
  return tabs
    .filter((tab) => tab.id !== undefined && tab.url?.startsWith(prefix))
    .map((tab) => tab.id as number);
}
