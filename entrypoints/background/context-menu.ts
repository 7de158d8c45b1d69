import { browser } from 'wxt/browser';
import { langFromTag, t } from '@/lib/i18n';
import type { CaptureService } from './capture';
import { pageCapture } from './capture';

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
    const pageUrl = info.pageUrl ?? tab?.url;
    if (!pageUrl || !/^https?:/.test(pageUrl)) return;
    const kind =
      info.mediaType === 'image' || info.mediaType === 'video'
        ? 'media'
        : info.linkUrl
          ? 'link'
          : 'page';
    void captures.save(
      pageCapture(pageUrl, 'context-menu', tab?.title, {
        kind,
        permalink: info.linkUrl && /^https?:/.test(info.linkUrl) ? info.linkUrl : pageUrl,
        media:
          kind === 'media'
            ? [
                {
                  kind: info.mediaType === 'video' ? 'video' : 'image',
                  address: info.srcUrl?.slice(0, 2048),
                },
              ]
            : [],
      }),
    );
  });
}
