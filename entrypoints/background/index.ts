import { browser } from 'wxt/browser';
import { backgroundText } from '@/lib/i18n/background';
import { cardWords } from '@/lib/i18n/card-words';
import { MessageError } from '@/lib/messaging/envelope';
import { createRouter } from '@/lib/messaging/router';
import { mayUndo } from '@/lib/vault/recent';
import { applyDiscreet, discreetFromAnswer } from './appearance';
import { createCaptureService, showSavedBadge } from './capture';
import { registerContextMenu } from './context-menu';
import { quickExit } from './quick-exit';
import { registerReminders } from './reminders';
import { createVaultBackground } from './vault';
import { createWatchBackground } from './watch';

// The background is the only writer of case data and the only place messages are trusted,
// after the router has checked the sender and validated the data (docs/ARCHITECTURE.md).
// Everything is registered synchronously at start so a woken service worker sees its events.
export default defineBackground(() => {
  const { vault, handlers: vaultHandlers } = createVaultBackground({
    // The watch's index follows every change; an unlock makes it anew (lib/watch/service.ts).
    onChange: (caseId, reason) => watchBackground.vaultChanged(caseId, reason),
  });
  const watchBackground = createWatchBackground(vault);
  const captures = createCaptureService(vault);
  // The toolbar icon is not kept across browser restarts: set it from the saved setting. Read
  // outside the vault's queue, so a capture that woke the worker doesn't wait behind it.
  void vault.readSettings().then(
    (settings) => applyDiscreet(settings.discreet),
    () => undefined,
  );

  const dispatch = createRouter(
    {
      ...vaultHandlers,
      ...watchBackground.handlers,
      // The watch's index dies with the vault (lib/watch/service.ts).
      wipeAll: async (data, ctx) => {
        const status = await vaultHandlers.wipeAll?.(data, ctx);
        await watchBackground.watch.clear();
        return status as NonNullable<typeof status>;
      },
      ping: () => ({ version: browser.runtime.getManifest().version }),
      // A shortcut capture: listed as this tab's (so its card can undo it) and shown on the
      // toolbar badge, which the page can't hide.
      capture: async (data, { info }) => {
        const tabId = info.tab?.id;
        const result = await vault.capture(data, { tabId });
        // After the answer has gone (a task later): none of their storage and toolbar calls is
        // issued ahead of it (lib/vault/service.ts answerFirst).
        setTimeout(() => {
          if (tabId !== undefined) void updateBadge(tabId);
          // Settings › Diagnostics: counts only (no address), whatever the capture became.
          void watchBackground.countCapture(data);
        }, 0);
        return { ...result, words: cardWords(result.lang) };
      },
      recentCaptures: () => vault.recentCaptures(),
      undoCapture: async ({ id }, { sender, info }) => {
        const { lang } = (await vault.vaultStatus()).settings;
        const fromTab = (await vault.recentCaptures()).find((r) => r.id === id)?.tabId;
        try {
          const { where } = await vault.undoCapture(id, (entry) =>
            mayUndo(entry, sender, info.tab?.id, Date.now()),
          );
          if (fromTab !== undefined) void updateBadge(fromTab);
          return {
            where,
            message: backgroundText(lang, where === 'pending' ? 'undo.done' : 'undo.doneLogged'),
          };
        } catch (error) {
          if (!(error instanceof MessageError)) throw error;
          const key =
            error.code === 'locked'
              ? 'undo.locked'
              : error.code === 'forbidden-sender'
                ? 'undo.notHere'
                : 'undo.gone';
          throw new MessageError(error.code, backgroundText(lang, key));
        }
      },
      captureActiveTab: () => captures.captureActiveTab('popup'),
      openWorkspace: async ({ view }) => {
        await openWorkspace(view);
      },
      openUrl: async ({ url }, { info }) => {
        await browser.tabs.create({ url, index: (info.tab as { index?: number })?.index });
      },
      quickExit: async (_data, { info }) => {
        // Lock through the router (the vault's own handler) while the tabs close.
        const locking = dispatch({ beacon: 1, type: 'lock', data: undefined }, info);
        await quickExit(info.tab as Parameters<typeof quickExit>[0]);
        await locking;
      },
    },
    {
      runtimeId: browser.runtime.id,
      extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    },
  );

  /** The toolbar badge of a tab: how many of its recent captures remain (capture.ts). */
  async function updateBadge(tabId: number): Promise<void> {
    try {
      const [status, recent] = await Promise.all([vault.vaultStatus(), vault.recentCaptures()]);
      const count = recent.filter((r) => r.tabId === tabId).length;
      const { discreet, lang } = status.settings;
      await showSavedBadge(tabId, count, { discreet, title: backgroundText(lang, 'badge.saved') });
    } catch {
      // The badge is a courtesy on top of the card; a failure here changes nothing saved.
    }
  }

  browser.runtime.onMessage.addListener(async (message, sender) => {
    const answer = await dispatch(message, sender);
    // The toolbar follows discreet mode from the vault's answers (appearance.ts).
    const discreet = DISCREET_SOURCES.has((message as { type?: string })?.type ?? '')
      ? discreetFromAnswer(answer)
      : undefined;
    if (discreet !== undefined) void applyDiscreet(discreet);
    return answer;
  });

  registerContextMenu(vault);
  // Follow-up alarms and notifications; the vault service calls syncReminders() (reminders.ts).
  registerReminders();

  browser.commands.onCommand.addListener((command) => {
    // Failures show as a badge (capture.ts); nothing else to do here.
    if (command === 'capture-tab') captures.captureActiveTab('command').catch(() => undefined);
  });
});

/** Answers that carry the current settings (see appearance.ts). */
const DISCREET_SOURCES = new Set([
  'vaultStatus',
  'createVault',
  'unlock',
  'lock',
  'updateSettings',
  'wipeAll',
]);

export async function openWorkspace(view: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/workspace.html#/${view}`) });
}
