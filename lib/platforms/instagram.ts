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
  timeIn,
} from './read';

const ORIGIN = 'https://www.instagram.com';
const POST = /^\/(?:[A-Za-z0-9._]+\/)?(p|reel|reels|tv)\/([A-Za-z0-9_-]+)/;
const USER = /^\/([A-Za-z0-9._]{1,30})\/?$/;
/** First path segments that are Instagram's own pages, not accounts. */
const RESERVED = /^(explore|reels|reel|p|tv|direct|accounts|stories|about|legal|web|challenge)$/i;

const permalinkOf = (match: RegExpExecArray | null) =>
  match ? `${ORIGIN}/${match[1] === 'p' ? 'p' : 'reel'}/${match[2]}/` : undefined;

/** The post's own pictures and videos; the header's profile picture is not media. */
const MEDIA = [
  ['video', 'video', 'structure'],
  ['img[srcset]:not([alt*="profile picture"])', 'image', 'structure'],
  ['img[src*="cdninstagram"]:not([alt*="profile picture"])', 'image', 'structure'],
] as const satisfies readonly MediaRule[];
const NOT_MEDIA = 'header';

export const instagram: Adapter = {
  id: 'instagram',
  version: 1,
  posts: ['article', 'div[role="dialog"] div[role="presentation"]'],
  hasMedia: (post) => anyMedia(post, MEDIA, NOT_MEDIA),
  readPost(post, { url }) {
    // A single post page (or its modal) names the post in the address when the markup doesn't.
    const linked = linkMatch(post, 'a[href*="/p/"], a[href*="/reel/"]', POST, ORIGIN);
    const match = linked ?? POST.exec(url.pathname);
    const authorLink = [...post.querySelectorAll('header a[href^="/"]')].find(
      (a) => USER.test(pathOf(attr(a, 'href'), ORIGIN)) && a.textContent?.trim(),
    );
    const handle = USER.exec(pathOf(attr(authorLink, 'href'), ORIGIN))?.[1];
    const { media, tier } = findMedia(post, MEDIA, NOT_MEDIA);
    return reading(
      {
        kind: 'post',
        platform: 'instagram',
        permalink: permalinkOf(match),
        postId: match?.[2],
        author: { handle, profileUrl: handle ? `${ORIGIN}/${handle}/` : undefined },
        postedAt: timeIn(post),
        text: excerpt(first(post, ['h1', 'ul li h1'])),
        media,
      },
      linked ? tier : 'url',
      media.length > 0,
    );
  },
  anchor: (post) => first(post, ['section', 'header']),
  readPage(doc, { url }) {
    const tag = /^\/explore\/tags\/([^/]+)/.exec(url.pathname)?.[1];
    const header = first(doc, ['main header h2', 'main header']);
    if (tag) {
      return {
        capture: {
          kind: 'search',
          platform: 'instagram',
          permalink: `${ORIGIN}/explore/tags/${tag}/`,
          subject: `#${decodeURIComponent(tag)}`,
        },
        anchor: first(doc, ['main header', 'main h1', 'main']),
      };
    }
    const handle = USER.exec(url.pathname)?.[1];
    if (!handle || RESERVED.test(handle)) return null;
    const profileUrl = `${ORIGIN}/${handle}/`;
    return {
      capture: {
        kind: 'account',
        platform: 'instagram',
        permalink: profileUrl,
        subject: `@${handle}`,
        author: { handle, profileUrl },
      },
      anchor: header,
    };
  },
  reportRoute: { menuPath: ['⋯', 'Report'], confirmed: true },
};
