import type { Adapter } from './adapter';
import {
  anyMedia,
  attr,
  clean,
  excerpt,
  findMedia,
  first,
  type MediaRule,
  pathOf,
  reading,
  timeIn,
} from './read';

const ORIGIN = 'https://x.com';
// \w is [A-Za-z0-9_] in these regexes (no u or i flag): X's handle alphabet, in fewer bytes.
const STATUS = /^\/(\w{1,20})\/status\/(\d+)/;
const HANDLE = /^\/(\w{1,20})\/?$/;
/** First path segments that are X's own pages, not accounts. */
const RESERVED =
  /^(home|explore|notifications|messages|i|settings|search|compose|hashtag|login|logout|signup|tos|privacy|jobs|lists|communities|premium_sign_up|account)$/i;

/** The quoted post: an element with role=link (not an <a>) that holds its own time. */
function quotedPart(post: Element): Element | null {
  for (const el of post.querySelectorAll('div[role="link"]')) {
    if (el.querySelector('time')) return el;
  }
  return null;
}

/** The post's own media, in tier order; a link card's picture is not the post's media. */
const MEDIA = [
  ['[data-testid="videoPlayer"]', 'video', 'testid'],
  ['[data-testid="videoComponent"]', 'video', 'testid'],
  ['[data-testid="tweetPhoto"]', 'image', 'testid'],
  ['a[href*="/photo/"]', 'image', 'url'],
  ['a[href*="/video/"]', 'video', 'url'],
  ['video', 'video', 'structure'],
] as const satisfies readonly MediaRule[];
/**
 * The same rules for the feed's "any media?" test, the commonest first: a photo post stops at the
 * first rule instead of walking the whole post twice for videos (the order only matters for the
 * tier readPost reports, never for whether there is media).
 */
const ANY_MEDIA = [MEDIA[2], ...MEDIA.slice(0, 2), ...MEDIA.slice(3)];
const LINK_CARD = '[data-testid="card.wrapper"]';
const USER_NAME = '[data-testid="User-Name"]';

function statusOf(href: string | undefined) {
  const match = STATUS.exec(pathOf(href, ORIGIN));
  return match
    ? { handle: match[1], postId: match[2], permalink: `${ORIGIN}/${match[1]}/status/${match[2]}` }
    : undefined;
}

export const x: Adapter = {
  id: 'x',
  version: 1,
  posts: ['article[data-testid="tweet"]', 'article[role="article"]'],
  flat: true,
  hasMedia: (post) => anyMedia(post, ANY_MEDIA, LINK_CARD),
  readPost(post) {
    const quoted = quotedPart(post);
    const own = (el: Element | null) => (el && !quoted?.contains(el) ? el : null);
    // The post's own permalink is the status link around its own time (not the quoted one's).
    let status: ReturnType<typeof statusOf>;
    for (const time of post.querySelectorAll('time')) {
      if (own(time)) status ??= statusOf(attr(time.closest('a'), 'href'));
    }
    const userName = own(post.querySelector(USER_NAME));
    const handle =
      status?.handle ??
      HANDLE.exec(pathOf(attr(userName?.querySelector('a'), 'href'), ORIGIN))?.[1];
    const text = [...post.querySelectorAll('[data-testid="tweetText"]')].find((el) => own(el));
    const { media, tier } = findMedia(post, MEDIA, LINK_CARD);
    let quote: { permalink?: string; handle?: string; postId?: string } | undefined;
    if (quoted) {
      // Saved markup can nest the action bar (with this post's own /analytics link) in the quote.
      const link = [...quoted.querySelectorAll('a[href*="/status/"]')]
        .map((a) => statusOf(attr(a, 'href')))
        .find((s) => s && s.postId !== status?.postId);
      const at = [...quoted.querySelectorAll(`${USER_NAME} span`)]
        .map((span) => span.textContent?.trim() ?? '')
        .find((t) => /^@\w{1,20}$/.test(t));
      quote = link ?? { handle: at?.slice(1) };
    }
    return reading(
      {
        kind: 'post',
        platform: 'x',
        permalink: status?.permalink,
        postId: status?.postId,
        author: {
          handle,
          displayName: excerpt(userName?.querySelector('a span'), 200),
          profileUrl: handle ? `${ORIGIN}/${handle}` : undefined,
        },
        postedAt: timeIn(post, quoted),
        text: excerpt(text),
        media,
        quoted: quote,
      },
      tier,
      media.length > 0,
    );
  },
  anchor: (post) => first(post, ['[role="group"]', '[data-testid="caret"]']),
  readPage(doc, { url }) {
    const path = url.pathname;
    const tag = /^\/hashtag\/([^/?#]+)/.exec(path)?.[1];
    const q = path === '/search' ? url.searchParams.get('q')?.trim() : undefined;
    const header = first(doc, ['[data-testid="primaryColumn"] h2', 'h2[role="heading"]']);
    if (tag || q) {
      const subject = tag ? `#${decodeURIComponent(tag)}` : (q as string);
      const permalink = tag
        ? `${ORIGIN}/hashtag/${tag}`
        : `${ORIGIN}/search?q=${encodeURIComponent(q as string)}`;
      return { capture: { kind: 'search', platform: 'x', permalink, subject }, anchor: header };
    }
    const [, handle, rest] = /^\/(\w{1,20})(\/.*)?$/.exec(path) ?? [];
    if (!handle || RESERVED.test(handle) || /^\/status\//.test(rest ?? '')) return null;
    const name = doc.querySelector('[data-testid="UserName"]');
    const profileUrl = `${ORIGIN}/${handle}`;
    return {
      capture: clean({
        kind: 'account',
        platform: 'x',
        permalink: profileUrl,
        subject: `@${handle}`,
        author: clean({
          handle,
          displayName: excerpt(name?.querySelector('span'), 200),
          profileUrl,
        }),
        text: excerpt(doc.querySelector('[data-testid="UserDescription"]')),
      }),
      anchor: name ?? header,
    };
  },
  reportRoute: {
    menuPath: ['⋯', 'Report'],
    formUrl: 'https://help.twitter.com/en/forms/safety-and-sensitive-content/cse',
    confirmed: false,
  },
};
