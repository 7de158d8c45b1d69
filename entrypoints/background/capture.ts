import { browser } from 'wxt/browser';
import { Capture, type CaptureVia } from '@/lib/case/capture';
import { MessageError } from '@/lib/messaging/envelope';
import type { CaptureResult } from '@/lib/messaging/protocol';
import { platformForHost } from '@/lib/platforms/hosts';

const PENDING_KEY = 'pendingCaptures';

/**
 * Where captures go. Until the vault exists they wait in `storage.session` (memory only,
 * never on disk) and the workspace's onboarding takes them in (DESIGN.md §4).
 */
export function createCaptureService() {
  async function save(capture: Capture): Promise<CaptureResult> {
    const checked = Capture.parse(capture);
    const stored = await browser.storage.session.get(PENDING_KEY);
    const pending = Array.isArray(stored[PENDING_KEY]) ? (stored[PENDING_KEY] as unknown[]) : [];
    await browser.storage.session.set({ [PENDING_KEY]: [...pending, checked] });
    return { saved: true, where: 'pending', lang: 'en' };
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
