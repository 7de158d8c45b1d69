import { platformForHost } from '../platforms/hosts';
import type { Sender } from './protocol';

/** The parts of `runtime.MessageSender` the checks read; all filled in by the browser. */
export type SenderInfo = {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
};

export type SenderEnv = { runtimeId: string; extensionOrigin: string };

/**
 * Decide which kind of sender this is, from what the browser says about it (never from the
 * message body). Returns null for anything Beacon does not talk to: another extension, a
 * sub-frame, a page on a host without an adapter, a web page through `externally_connectable`.
 */
export function classifySender(sender: SenderInfo, env: SenderEnv): Sender | null {
  if (sender.id !== env.runtimeId) return null;
  const url = sender.url ?? '';
  const origin = originOf(sender.origin ?? url);
  if (origin === env.extensionOrigin) return 'page';
  if (!sender.tab || sender.frameId !== 0) return null;
  if (!origin?.startsWith('https://')) return null;
  const host = new URL(origin).hostname;
  return platformForHost(host) ? 'content' : null;
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // Extension origins are opaque ("null") for some URL parsers: rebuild them by hand.
    if (parsed.protocol === 'chrome-extension:' || parsed.protocol === 'moz-extension:') {
      return `${parsed.protocol}//${parsed.host}`;
    }
    return parsed.origin;
  } catch {
    return null;
  }
}
