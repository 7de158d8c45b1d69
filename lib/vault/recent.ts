import { z } from 'zod';
import type { Capture } from '../case/capture';
import { Id } from '../case/fields';
import type { Sender } from '../messaging/protocol';
import type { StorageArea } from './storage';

/**
 * The recent captures of this browser session, so each can be undone from the card that
 * confirmed it and from the popup. Kept in storage.session — memory only, gone when
 * the browser closes, out of reach of content scripts — and minimal: the capture's id, where it
 * went, the tab it came from, the host of its address and the time. No path, no handle, no text:
 * storage.local never holds browsing history in clear, and this list doesn't either beyond the
 * host.
 */
export const RECENT_KEY = 'recentCaptures';
/** The popup lists at most this many... */
export const RECENT_MAX = 10;
/** ...taken within this long (ms). */
export const RECENT_MS = 24 * 60 * 60 * 1000;
/** The card's Undo works this long (ms) after its capture; the popup's for all of RECENT_MS. */
export const UNDO_FROM_PAGE_MS = 5 * 60 * 1000;

export const RecentCapture = z
  .object({
    id: Id,
    /** Milliseconds since the epoch. */
    at: z.number().int().nonnegative(),
    where: z.enum(['case', 'inbox', 'pending']),
    /** The tab of the content script that captured it; none for the popup, menu or command. */
    tabId: z.number().int().optional(),
    /** The host of the captured address ("x.com"), what the popup shows. */
    host: z.string().max(253),
    kind: z.string().max(20),
  })
  .strict();
export type RecentCapture = z.infer<typeof RecentCapture>;

/** The host of a capture's address, for the recent list (nothing more of the address is kept). */
export function captureHost(capture: Pick<Capture, 'permalink' | 'pageUrl'>): string {
  try {
    return new URL(capture.permalink ?? capture.pageUrl).hostname.slice(0, 253);
  } catch {
    return '';
  }
}

/** Entries still in the window, newest first, at most RECENT_MAX. Pure. */
export function freshRecent(list: readonly RecentCapture[], now: number): RecentCapture[] {
  return list
    .filter((r) => now - r.at >= 0 && now - r.at < RECENT_MS)
    .sort((a, b) => b.at - a.at)
    .slice(0, RECENT_MAX);
}

/**
 * May this sender undo this capture? The popup or workspace (an extension page): any recent
 * one. A content script: only one made from its own tab, in the last UNDO_FROM_PAGE_MS — so a
 * compromised or confused feed script on one tab can't undo what was captured on another.
 */
export function mayUndo(
  entry: RecentCapture,
  sender: Sender,
  tabId: number | undefined,
  now: number,
): boolean {
  const age = now - entry.at;
  if (age < 0 || age >= RECENT_MS) return false;
  if (sender === 'page') return true;
  return tabId !== undefined && entry.tabId === tabId && age < UNDO_FROM_PAGE_MS;
}

export function createRecentList(session: StorageArea, now: () => number) {
  async function read(): Promise<RecentCapture[]> {
    const stored = (await session.get(RECENT_KEY))[RECENT_KEY];
    const list = Array.isArray(stored) ? stored : [];
    // storage is a trust boundary: each entry parsed again, bad ones dropped.
    return list.flatMap((item) => {
      const parsed = RecentCapture.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  }
  async function write(list: RecentCapture[]) {
    await session.set({ [RECENT_KEY]: freshRecent(list, now()) });
  }
  return {
    async list(): Promise<RecentCapture[]> {
      return freshRecent(await read(), now());
    },
    async add(entry: RecentCapture): Promise<void> {
      await write([entry, ...(await read()).filter((r) => r.id !== entry.id)]);
    },
    async find(id: string): Promise<RecentCapture | undefined> {
      return freshRecent(await read(), now()).find((r) => r.id === id);
    },
    async remove(id: string): Promise<void> {
      await write((await read()).filter((r) => r.id !== id));
    },
    /** How many recent captures came from this tab (the toolbar badge's number). */
    async countInTab(tabId: number): Promise<number> {
      return freshRecent(await read(), now()).filter((r) => r.tabId === tabId).length;
    },
    async clear(): Promise<void> {
      await session.remove(RECENT_KEY);
    },
  };
}

export type RecentList = ReturnType<typeof createRecentList>;
