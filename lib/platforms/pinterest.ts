import type { Adapter } from './adapter';
import {
  attr,
  excerpt,
  findMedia,
  first,
  linkMatch,
  type MediaRule,
  pathOf,
  reading,
} from './read';

const ORIGIN = 'https://www.pinterest.com';
const PIN = /^\/pin\/(\d{5,25})\/?/;
/** First path segments that are Pinterest's own pages, not account names. */
const RESERVED =
  /^(pin|search|ideas|today|settings|business|_|categories|explore|topics|login|signup|about|help|news_hub|notifications|inbox)$/;
const ACCOUNT = /^\/([A-Za-z0-9_]{3,30})\/?$/;
const MEDIA: readonly MediaRule[] = [
  ['[data-test-id="pinrep-video"] video, [data-test-id="closeup-video"] video', 'video', 'testid'],
  ['[data-test-id="pin-closeup-image"] img, [data-test-id="pinrep-image"] img', 'image', 'testid'],
  ['video', 'video', 'structure'],
  ['img[src*="pinimg.com"]', 'image', 'url'],
];
/** Avatars and board covers are not the pin's media. */
const NOT_MEDIA = '[data-test-id="creator-avatar"], [data-test-id="user-avatar"]';

function accountOf(path: string): string | undefined {
  const name = ACCOUNT.exec(path)?.[1];
  return name && !RESERVED.test(name) ? name : undefined;
}

export const pinterest: Adapter = {
  id: 'pinterest',
  version: 1,
  // A pin page shows the pin (closeup) and a grid of related pins: one tier holds both.
  posts: [
    '[data-test-id="closeup-body"], [data-test-id="pin"]',
    '[role="listitem"][data-grid-item="true"]',
  ],
  readPost(post, { url }) {
    const closeup = post.getAttribute('data-test-id') === 'closeup-body';
    const m = closeup ? PIN.exec(url.pathname) : linkMatch(post, 'a[href*="/pin/"]', PIN, ORIGIN);
    const creator = [...post.querySelectorAll('a[href]')].find((a) =>
      accountOf(pathOf(attr(a, 'href'), ORIGIN)),
    );
    const handle = accountOf(pathOf(attr(creator, 'href'), ORIGIN));
    const found = findMedia(post, MEDIA, NOT_MEDIA);
    // A pin is one image or one video, whatever thumbnails the grid card shows.
    const media = found.media.slice(0, 1);
    return reading(
      {
        kind: 'post',
        platform: 'pinterest',
        permalink: m ? `${ORIGIN}/pin/${m[1]}/` : undefined,
        postId: m?.[1],
        author: {
          handle,
          displayName: excerpt(
            first(post, ['[data-test-id="creator-profile-name"]', '[data-test-id="pinner-name"]']),
            200,
          ),
          profileUrl: handle ? `${ORIGIN}/${handle}/` : undefined,
        },
        text: excerpt(
          first(post, [
            '[data-test-id="pin-title"]',
            '[data-test-id="truncated-description"]',
            '[data-test-id="pinrep-footer-organic-title"]',
            'h1',
          ]) ?? attr(post.querySelector('img'), 'alt'),
        ),
        media,
      },
      closeup ? 'testid' : found.tier,
      media.length > 0,
    );
  },
  anchor: (post) =>
    first(post, [
      '[data-test-id="closeup-action-bar"]',
      '[data-test-id="pin-title"]',
      '[data-test-id="pinrep-footer-organic-title"]',
      'a[href*="/pin/"]',
    ]) ?? post,
  readPage(doc, { url }) {
    const handle = accountOf(url.pathname);
    if (!handle) return null;
    const profileUrl = `${ORIGIN}/${handle}/`;
    return {
      capture: {
        kind: 'account',
        platform: 'pinterest',
        permalink: profileUrl,
        subject: `@${handle}`,
        author: {
          handle,
          displayName: excerpt(first(doc, ['[data-test-id="profile-name"]', 'h1']), 200),
          profileUrl,
        },
      },
      anchor: first(doc, ['[data-test-id="profile-name"]', 'h1']),
    };
  },
  reportRoute: { menuPath: ['⋯', 'Report'], confirmed: true, noForm: true },
};
