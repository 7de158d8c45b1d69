import type { Adapter } from './adapter';
import {
  anyMedia,
  attr,
  excerpt,
  findMedia,
  first,
  linkMatch,
  type MediaRule,
  pathOf,
  reading,
} from './read';

const ORIGIN = 'https://www.youtube.com';
const ITEM = /^\/(?:watch\?(?:.*&)?v=([\w-]{11})|shorts\/([\w-]{11})|post\/([\w-]+))/;
const HANDLE = /^\/@([\w.-]+)/;

const permalinkOf = (m: RegExpExecArray | null) =>
  !m
    ? undefined
    : m[1]
      ? `${ORIGIN}/watch?v=${m[1]}`
      : m[2]
        ? `${ORIGIN}/shorts/${m[2]}`
        : `${ORIGIN}/post/${m[3]}`;

const MEDIA = [
  ['a#thumbnail', 'video', 'testid'],
  ['yt-thumbnail-view-model', 'video', 'testid'],
  ['ytd-backstage-image-renderer', 'image', 'testid'],
  ['ytd-post-multi-image-renderer img', 'image', 'testid'],
  ['a[href*="/shorts/"]', 'video', 'url'],
  ['video', 'video', 'structure'],
] as const satisfies readonly MediaRule[];
const COMMENTS = '#comments';
/** Home-page community posts sit inside a rich item: the item is the post. */
const isInner = (post: Element) => !!post.parentElement?.closest('ytd-rich-item-renderer');
/** On the watch page, the media is in the primary column (not the side column's videos). */
const mediaRoot = (post: Element) =>
  post.tagName === 'YTD-WATCH-FLEXY' ? (post.querySelector('#primary') ?? post) : post;

export const youtube: Adapter = {
  id: 'youtube',
  version: 1,
  // One entry, several element names: a page mixes them (a watch page holds compact items).
  posts: [
    'ytd-watch-flexy[video-id]:not([hidden]), ytd-reel-video-renderer[is-active], ytd-rich-item-renderer, ytd-video-renderer, ytd-compact-video-renderer, ytd-reel-item-renderer, ytd-backstage-post-thread-renderer',
    'yt-lockup-view-model, ytm-shorts-lockup-view-model',
  ],
  hasMedia: (post) => !isInner(post) && anyMedia(mediaRoot(post), MEDIA, COMMENTS),
  readPost(post, { url }) {
    if (isInner(post)) return { ok: false, reason: 'not-a-post' };
    const watch = post.tagName === 'YTD-WATCH-FLEXY';
    // On the watch page, skip the side column and comments: they hold other videos' links.
    const skip = watch ? post.querySelector('#secondary') : null;
    const videoId = attr(post, 'video-id');
    const m = watch
      ? ITEM.exec(`/watch?v=${videoId}`)
      : (linkMatch(
          post,
          'a[href*="/watch?"], a[href*="/shorts/"], a[href*="/post/"]',
          ITEM,
          ORIGIN,
        ) ??
        // The Shorts player names its video only in the address.
        (post.tagName === 'YTD-REEL-VIDEO-RENDERER' ? ITEM.exec(url.pathname) : null));
    const owner = [...post.querySelectorAll('a[href^="/@"]')].find(
      (a) => !skip?.contains(a) && a.textContent?.trim(),
    );
    const handle = HANDLE.exec(pathOf(attr(owner, 'href'), ORIGIN))?.[1];
    const found = findMedia(mediaRoot(post), MEDIA, COMMENTS);
    // A video item is one video, however many thumbnails and links it shows.
    const media = m?.[3] ? found.media : found.media.slice(0, 1);
    return reading(
      {
        kind: 'post',
        platform: 'youtube',
        permalink: permalinkOf(m),
        postId: m ? (m[1] ?? m[2] ?? m[3]) : undefined,
        author: {
          handle,
          displayName: excerpt(owner, 200),
          profileUrl: handle ? `${ORIGIN}/@${handle}` : undefined,
        },
        text: excerpt(
          first(post, ['ytd-watch-metadata h1', '#video-title', '#content-text', 'h3', 'h2']),
        ),
        media,
      },
      watch ? 'testid' : found.tier,
      media.length > 0,
    );
  },
  anchor: (post) =>
    first(post, [
      '#top-level-buttons-computed',
      'ytd-watch-metadata h1',
      '#meta',
      '#details',
      'h3',
    ]),
  reportRoute: { menuPath: ['⋯', 'Report'], confirmed: true },
};
