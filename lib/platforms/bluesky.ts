import type { Adapter } from './adapter';
import { anyMedia, attr, excerpt, findMedia, first, type MediaRule, pathOf, reading } from './read';

const ORIGIN = 'https://bsky.app';
const POST = /^\/profile\/([^/]+)\/post\/([^/?#]+)/;
const PROFILE = /^\/profile\/([^/?#]+)\/?$/;

/** The post's own images and video, in tier order. */
const MEDIA = [
  ['img[src*="/feed_thumbnail/"]', 'image', 'url'],
  ['img[src*="/feed_fullsize/"]', 'image', 'url'],
  ['video', 'video', 'structure'],
] as const satisfies readonly MediaRule[];
/** Link cards (external links) carry thumbnails too; they are not the post's media. */
const NOT_MEDIA = 'a[href^="http"]';

export const bluesky: Adapter = {
  id: 'bluesky',
  version: 1,
  posts: ['[data-testid^="feedItem-by-"]', '[data-testid^="postThreadItem-by-"]'],
  hasMedia: (post) => anyMedia(post, MEDIA, NOT_MEDIA),
  readPost(post) {
    const byHandle = /-by-(.+)$/.exec(attr(post, 'data-testid') ?? '')?.[1];
    // The post's own link comes first (its time); a later link to another post is a quote.
    const links = [...post.querySelectorAll('a[href*="/post/"], [role="link"][href*="/post/"]')]
      .map((a) => POST.exec(pathOf(attr(a, 'href'), ORIGIN)))
      .filter((m) => m !== null);
    const own = links[0];
    const quote = links.find((m) => m[2] !== own?.[2]);
    const handle = own?.[1] ?? byHandle;
    const name = [...post.querySelectorAll('a[href^="/profile/"]')].find((a) => {
      const text = a.textContent?.trim() ?? '';
      return PROFILE.test(pathOf(attr(a, 'href'), ORIGIN)) && text && !text.startsWith('@');
    });
    const { media, tier } = findMedia(post, MEDIA, NOT_MEDIA);
    return reading(
      {
        kind: 'post',
        platform: 'bluesky',
        permalink: own ? `${ORIGIN}/profile/${own[1]}/post/${own[2]}` : undefined,
        postId: own?.[2],
        author: {
          handle,
          displayName: excerpt(name, 200),
          profileUrl: handle ? `${ORIGIN}/profile/${handle}` : undefined,
        },
        text: excerpt(first(post, ['[data-testid="postText"]', 'div[data-word-wrap="1"]'])),
        media,
        quoted: quote
          ? {
              permalink: `${ORIGIN}/profile/${quote[1]}/post/${quote[2]}`,
              handle: quote[1],
              postId: quote[2],
            }
          : undefined,
      },
      tier,
      media.length > 0,
    );
  },
  anchor: (post) =>
    post.querySelector('[data-testid="replyBtn"]')?.parentElement ??
    post.querySelector('a[href*="/post/"]')?.parentElement ??
    null,
  readPage(doc, { url }) {
    const handle = PROFILE.exec(url.pathname)?.[1];
    if (!handle) return null;
    const profileUrl = `${ORIGIN}/profile/${handle}`;
    const name = doc.querySelector('[data-testid="profileHeaderDisplayName"]');
    return {
      capture: {
        kind: 'account',
        platform: 'bluesky',
        permalink: profileUrl,
        subject: `@${handle}`,
        author: { handle, displayName: excerpt(name, 200), profileUrl },
        text: excerpt(doc.querySelector('[data-testid="profileHeaderDescription"]')),
      },
      anchor: name,
    };
  },
  reportRoute: {
    menuPath: ['⋯', 'Report', 'Child Safety', 'Child Sexual Abuse Material (CSAM)'],
    confirmed: true,
  },
};
