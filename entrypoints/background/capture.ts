import { browser } from 'wxt/browser';
import { Capture, type CaptureVia } from '@/lib/case/capture';
import { MessageError } from '@/lib/messaging/envelope';
import type { CaptureResult } from '@/lib/messaging/protocol';
import { platformForHost } from '@/lib/platforms/hosts';
import type { VaultService } from '@/lib/vault/service';

/**
 * Where captures go is the vault's decision (lib/vault/service.ts `capture`): into the open
 * case when unlocked, sealed into the inbox when locked, into storage.session before a vault
 * exists (the workspace's onboarding takes them in). No capture ever needs the passphrase.
 */
export function createCaptureService(vault: VaultService) {
  async function save(capture: Capture): Promise<CaptureResult> {
    const result = await vault.capture(Capture.parse(capture));
    return { saved: true, ...result };
  }

  /** Capture the page the user is on (popup button, keyboard shortcut): URL and title only. */
  async function captureActiveTab(via: CaptureVia): Promise<CaptureResult> {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab?.url || !/^https?:/.test(tab.url)) {
      throw new MessageError('invalid-data', 'This tab has no web address Beacon can record.');
    }
    return save(pageCapture(tab.url, via, tab.title));
  }

  return { save, captureActiveTab };
}

export function pageCapture(
  url: string,
  via: CaptureVia,
  title?: string,
  extra?: Partial<Capture>,
): Capture {
  const host = new URL(url).hostname;
  return Capture.parse({
    kind: 'page',
    platform: platformForHost(host) ?? 'web',
    pageUrl: url,
    permalink: url,
    text: title?.slice(0, 500),
    media: [],
    capturedAt: new Date().toISOString(),
    via,
    ...extra,
  });
}

export type CaptureService = ReturnType<typeof createCaptureService>;
