import { browser } from 'wxt/browser';
import type { CaptureVia } from '@/lib/case/capture';
import { pageCapture } from '@/lib/case/page-capture';
import { MessageError } from '@/lib/messaging/envelope';
import type { CaptureResult } from '@/lib/messaging/protocol';
import type { VaultService } from '@/lib/vault/service';

/**
 * Where captures go is the vault's decision (lib/vault/service.ts `capture`): into the open
 * case when unlocked, sealed into the inbox when locked, into storage.session before a vault
 * exists (the workspace's onboarding takes them in). No capture ever needs the passphrase.
 */
export function createCaptureService(vault: Pick<VaultService, 'capture'>) {
  /** Capture the page the user is on (popup button, keyboard shortcut): URL and title only. */
  async function captureActiveTab(via: CaptureVia): Promise<CaptureResult> {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const quiet = via !== 'popup'; // the popup shows its own message
    try {
      if (!tab?.url || !/^https?:/.test(tab.url)) {
        throw new MessageError('invalid-data', 'This tab has no web address Beacon can record.');
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
