import { browser } from 'wxt/browser';
import { menuCapture } from '@/lib/case/page-capture';
import { backgroundText, langFromTag } from '@/lib/i18n/background';
import type { VaultService } from '@/lib/vault/service';
import { acknowledge } from './capture';

const MENU_ID = 'beacon-capture';

/** "Capture with Beacon" on pages, links, images and videos: addresses are recorded as text. */
export function registerContextMenu(vault: Pick<VaultService, 'capture'>): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: backgroundText(langFromTag(browser.i18n.getUILanguage()), 'menu.capture'),
      contexts: ['page', 'link', 'image', 'video'],
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    const capture = menuCapture(info, tab, new Date());
    if (!capture) return void acknowledge(tab?.id, false);
    vault.capture(capture).then(
      () => acknowledge(tab?.id, true),
      () => acknowledge(tab?.id, false),
    );
  });
}
