import { browser } from 'wxt/browser';
import type { CaptureVia } from '@/lib/case/capture';
import { pageCapture } from '@/lib/case/page-capture';
import type { CaptureResult } from '@/lib/messaging/protocol';
import { refusalIn, VaultRefusal } from '@/lib/vault/refusal';
import type { VaultService } from '@/lib/vault/service';

/**
 * Where captures go is the vault's decision (lib/vault/service.ts `capture`): into the open
 * case when unlocked, sealed into the inbox when locked, into storage.session before a vault
 * exists (the workspace's onboarding takes them in). No capture ever needs the passphrase.
 */
export function createCaptureService(vault: Pick<VaultService, 'capture' | 'readSettings'>) {
  /** Capture the page the user is on (popup button, keyboard shortcut): URL and title only. */
  async function captureActiveTab(via: CaptureVia): Promise<CaptureResult> {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const quiet = via !== 'popup'; // the popup shows its own message
    try {
      if (!tab?.url || !/^https?:/.test(tab.url)) {
        const { lang } = await vault.readSettings();
        throw refusalIn(new VaultRefusal('invalid-data', 'vault.tabNoAddress'), lang);
      }
      const result = await vault.capture(pageCapture(tab.url, via, new Date(), tab.title));
      if (quiet) void acknowledge(tab.id, true);
      return result;
    } catch (error) {
      if (quiet) void acknowledge(tab?.id, false);
      throw error;
    }
  }

  return { captureActiveTab };
}

/**
 * The keyboard shortcut and the context menu have no window of their own: a short badge on the
 * toolbar button says the capture was saved (✓) or not (!). No words, so nothing sensitive shows.
 */
export async function acknowledge(tabId: number | undefined, saved: boolean): Promise<void> {
  const action =
    browser.action ??
    (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  if (!action || tabId === undefined) return;
  await action.setBadgeBackgroundColor({ color: saved ? '#1e6b3a' : '#a4262c', tabId });
  await action.setBadgeText({ text: saved ? '✓' : '!', tabId });
  setTimeout(() => void action.setBadgeText({ text: '', tabId }).catch(() => undefined), 4000);
}

export type CaptureService = ReturnType<typeof createCaptureService>;

/** How long (ms) the "saved" badge of a shortcut capture stays (navigation clears it sooner). */
export const SAVED_BADGE_MS = 60_000;
const badgeTimers = new Map<number, ReturnType<typeof setTimeout>>();

/**
 * The toolbar's confirmation of a capture from the page's shortcut: the page can hide or remove
 * the in-page card, never the browser's own toolbar. The badge counts this tab's recent
 * captures and its title says "Saved to Beacon"; in discreet mode the badge is a plain "✓" and
 * the title stays the neutral one ("Notes", appearance.ts). The browser drops both when the tab
 * loads another page; otherwise they go after SAVED_BADGE_MS. A count of 0 (all undone) clears.
 */
export async function showSavedBadge(
  tabId: number,
  count: number,
  look: { discreet: boolean; title: string },
): Promise<void> {
  const action =
    browser.action ??
    (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  if (!action) return;
  clearTimeout(badgeTimers.get(tabId));
  const clear = async () => {
    badgeTimers.delete(tabId);
    await action.setBadgeText({ text: '', tabId });
    // Back to the window-wide title (appearance.ts; discreet mode never changed it).
    if (!look.discreet) {
      const title = browser.i18n.getMessage('actionTitle') || 'Beacon';
      await action.setTitle({ title, tabId });
    }
  };
  if (count <= 0) return clear().catch(() => undefined);
  await action.setBadgeBackgroundColor({ color: '#1e6b3a', tabId });
  await action.setBadgeText({
    text: look.discreet ? '✓' : count > 9 ? '9+' : String(count),
    tabId,
  });
  if (!look.discreet) await action.setTitle({ title: look.title, tabId });
  badgeTimers.set(
    tabId,
    setTimeout(() => void clear().catch(() => undefined), SAVED_BADGE_MS),
  );
}
