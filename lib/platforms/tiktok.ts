import type { Adapter } from './adapter';
import { excerpt, findMedia, first, linkMatch, reading } from './read';

const ORIGIN = 'https://www.tiktok.com';
const POST = /^\/@([\w.-]+)\/(video|photo)\/(\d+)/;

export const tiktok: Adapter = {
  id: 'tiktok',
  version: 1,
  // One first tier: a video modal (browse-video) opens over a feed or a profile grid.
  posts: [
    '[data-e2e="recommend-list-item-container"], [data-e2e="user-post-item"], [data-e2e="search_top-item"], [data-e2e="explore-item"], [data-e2e="browse-video"], [data-e2e="detail-video"]',
    '[data-e2e="feed-video"]',
  ],
  readPost(post, { url }) {
    // The video page and its modal player name the video in the address, not in a link.
    const linked = linkMatch(post, 'a[href*="/video/"], a[href*="/photo/"]', POST, ORIGIN);
    const m = linked ?? POST.exec(url.pathname);
    const handle =
      m?.[1] ??
      excerpt(
        first(post, ['[data-e2e="video-author-uniqueid"]', '[data-e2e="browse-username"]']),
        200,
      );
    const found = findMedia(post, [
      ['video', 'video', 'structure'],
      ['a[href*="/video/"]', 'video', 'url'],
      ['a[href*="/photo/"]', 'image', 'url'],
    ]);
    // A TikTok post is one video or one photo set, whatever links point at it.
    const media = found.media.slice(0, 1);
    return reading(
      {
        kind: 'post',
        platform: 'tiktok',
        permalink: m ? `${ORIGIN}/@${m[1]}/${m[2]}/${m[3]}` : undefined,
        postId: m?.[3],
        author: {
          handle,
          displayName: excerpt(first(post, ['[data-e2e="video-author-nickname"]']), 200),
          profileUrl: handle ? `${ORIGIN}/@${handle}` : undefined,
        },
        text: excerpt(
          first(post, [
            '[data-e2e="video-desc"]',
            '[data-e2e="browse-video-desc"]',
            '[data-e2e="search-card-video-caption"]',
          ]),
        ),
        media,
      },
      linked ? found.tier : 'url',
      media.length > 0,
    );
  },
  anchor: (post) =>
    first(post, [
      '[data-e2e="video-author-uniqueid"]',
      '[data-e2e="browse-username"]',
      '[data-e2e="video-desc"]',
      'a[href*="/video/"]',
    ]) ?? post,
  readPage(doc, { url }) {
    const handle = /^\/@([\w.-]+)\/?$/.exec(url.pathname)?.[1];
    if (!handle) return null;
    const profileUrl = `${ORIGIN}/@${handle}`;
    const title = doc.querySelector('[data-e2e="user-title"]');
    return {
      capture: {
        kind: 'account',
        platform: 'tiktok',
        permalink: profileUrl,
        subject: `@${handle}`,
        author: {
          handle,
          displayName: excerpt(doc.querySelector('[data-e2e="user-subtitle"]'), 200),
          profileUrl,
        },
        text: excerpt(doc.querySelector('[data-e2e="user-bio"]')),
      },
      anchor: title,
    };
  },
  reportRoute: {
    menuPath: [
      'Report',
      'Violence, abuse, and criminal exploitation',
      'Exploitation and abuse of people under 18',
    ],
    formUrl: 'https://support.tiktok.com/en/safety-hc/report-a-problem/report-sexual-abuse',
    confirmed: true,
  },
};
