import { browser } from 'wxt/browser';
import { menuCapture } from '@/lib/case/page-capture';
import { langFromTag, t } from '@/lib/i18n';
import { acknowledge, type CaptureService } from './capture';

const MENU_ID = 'beacon-capture';

/** "Capture with Beacon" on pages, links, images and videos: addresses are recorded as text. */
export function registerContextMenu(captures: CaptureService): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: t(langFromTag(browser.i18n.getUILanguage()), 'menu.capture'),
      contexts: ['page', 'link', 'image', 'video'],
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    const capture = menuCapture(info, tab, new Date());
    if (!capture) return void acknowledge(tab?.id, false);
    captures.save(capture).then(
      () => acknowledge(tab?.id, true),
      () => acknowledge(tab?.id, false),
    );
  });
}
