import { browser } from 'wxt/browser';
import { createRouter } from '@/lib/messaging/router';
import { createCaptureService } from './capture';
import { registerContextMenu } from './context-menu';

// The background is the only writer of case data and the only place messages are trusted,
// after the router has checked the sender and validated the data (DESIGN.md §3).
// Everything is registered synchronously at start so a woken service worker sees its events.
export default defineBackground(() => {
  const captures = createCaptureService();

  const dispatch = createRouter(
    {
      ping: () => ({ version: browser.runtime.getManifest().version }),
      capture: (data) => captures.save(data),
      captureActiveTab: () => captures.captureActiveTab('popup'),
      openWorkspace: async ({ view }) => {
        await openWorkspace(view);
      },
      openUrl: async ({ url }, { info }) => {
        await browser.tabs.create({ url, index: (info.tab as { index?: number })?.index });
      },
    },
    {
      runtimeId: browser.runtime.id,
      extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    },
  );

  browser.runtime.onMessage.addListener((message, sender) => dispatch(message, sender));

  registerContextMenu(captures);

  browser.commands.onCommand.addListener((command) => {
    if (command === 'capture-tab') void captures.captureActiveTab('command');
  });
});

export async function openWorkspace(view: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/workspace.html#/${view}`) });
}
