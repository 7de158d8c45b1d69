import { platformForHost } from '../platforms/hosts';
import { Capture, type CaptureVia } from './capture';

/**
 * Captures made without an adapter: the popup's "Capture this tab", the keyboard shortcut and
 * the context menu. They record addresses as text, like every capture; a media address from
 * the context menu is never fetched.
 */
export function pageCapture(
  url: string,
  via: CaptureVia,
  now: Date,
  title?: string,
  extra?: Partial<Capture>,
): Capture {
  return Capture.parse({
    kind: 'page',
    platform: platformForHost(new URL(url).hostname) ?? 'web',
    pageUrl: url,
    permalink: url,
    text: title?.slice(0, 500) || undefined,
    media: [],
    capturedAt: now.toISOString(),
    via,
    ...extra,
  });
}

/** What the browser tells about a context-menu click (contextMenus.OnClickData, in part). */
export type MenuClick = {
  pageUrl?: string;
  linkUrl?: string;
  srcUrl?: string;
  mediaType?: string;
};

const isWeb = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url);

/**
 * A context-menu capture: the page, plus the link or the image/video address the user
 * right-clicked, as text. Null on pages Beacon can't record (extension pages, file:, about:).
 */
export function menuCapture(
  click: MenuClick,
  tab: { url?: string; title?: string } | undefined,
  now: Date,
): Capture | null {
  const pageUrl = click.pageUrl ?? tab?.url;
  if (!isWeb(pageUrl)) return null;
  const media = click.mediaType === 'image' || click.mediaType === 'video';
  const kind = media ? 'media' : isWeb(click.linkUrl) ? 'link' : 'page';
  return pageCapture(pageUrl, 'context-menu', now, tab?.title, {
    kind,
    permalink: kind === 'link' ? click.linkUrl : pageUrl,
    media: media
      ? [
          {
            kind: click.mediaType === 'video' ? 'video' : 'image',
            address: isWeb(click.srcUrl) ? click.srcUrl.slice(0, 2048) : undefined,
          },
        ]
      : [],
  });
}
