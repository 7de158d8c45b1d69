import type { Adapter } from './adapter';
import { attr, excerpt, first, isoTime, linkMatch, type Media, pathOf, reading } from './read';

const ORIGIN = 'https://www.reddit.com';
const COMMENTS = /^(\/(?:r|u|user)\/[^/]+)?\/comments\/([a-z0-9]+)(\/[^/?#]+)?/i;
const KIND: Record<string, Media['kind']> = {
  image: 'image',
  gallery: 'image',
  video: 'video',
  gif: 'gif',
  multi_media: 'image',
};
/** Old Reddit marks media posts only by their link's domain. */
const MEDIA_DOMAIN = /^(i\.redd\.it|v\.redd\.it|i\.imgur\.com|imgur\.com|reddit\.com\/gallery)$/;

/** New Reddit (the 2018 design, still served at new.reddit.com): the post's link and author. */
const NEW_PERMALINK = 'a[data-click-id="body"], a[data-click-id="comments"]';
const NEW_AUTHOR = 'a[data-testid="post_author_link"]';
const NEW_MEDIA = '[data-click-id="media"]';
const USER = /^\/(?:u|user)\/([\w-]{3,20})\/?$/;

/** A new-Reddit post container: link, author and media by the page's own test ids. */
function readNewReddit(post: Element, base: string) {
  const m = linkMatch(post, NEW_PERMALINK, COMMENTS, base);
  const author = USER.exec(pathOf(attr(post.querySelector(NEW_AUTHOR), 'href'), base))?.[1];
  const box = post.querySelector(NEW_MEDIA);
  const video = box?.querySelector('shreddit-player, video');
  const img = box?.querySelector('img');
  const kind: Media['kind'] | undefined = video ? 'video' : img ? 'image' : undefined;
  // A video's source is a signed stream address: the kind alone, never the stream.
  const address = kind === 'image' ? attr(img, 'src') : undefined;
  return { m, author, kind, address, title: excerpt(first(post, ['h3', 'h1'])) };
}

export const reddit: Adapter = {
  id: 'reddit',
  version: 2,
  // Shreddit, then new Reddit, then old Reddit: the three page designs Reddit serves side by side.
  posts: ['shreddit-post', 'div[data-testid="post-container"]', '.thing.link[data-author]'],
  readPost(post, { url }) {
    if (post.getAttribute('data-testid') === 'post-container') {
      const read = readNewReddit(post, url.origin);
      return reading(
        {
          kind: 'post',
          platform: 'reddit',
          permalink: read.m
            ? `${ORIGIN}${read.m[1] ?? ''}/comments/${read.m[2]}${read.m[3] ?? ''}/`
            : undefined,
          postId: read.m?.[2],
          author: {
            handle: read.author,
            profileUrl: read.author ? `${ORIGIN}/user/${read.author}/` : undefined,
          },
          text: read.title,
          media: read.kind
            ? [read.address ? { kind: read.kind, address: read.address } : { kind: read.kind }]
            : [],
        },
        'testid',
        read.kind !== undefined,
      );
    }
    const shreddit = post.tagName === 'SHREDDIT-POST';
    const path = attr(post, shreddit ? 'permalink' : 'data-permalink');
    const m = path ? COMMENTS.exec(path) : null;
    const author = attr(post, shreddit ? 'author' : 'data-author');
    const address = attr(post, shreddit ? 'content-href' : 'data-url');
    let kind: Media['kind'] | undefined;
    let tier: 'testid' | 'url' | undefined = 'testid';
    if (shreddit) {
      kind =
        KIND[attr(post, 'post-type') ?? ''] ??
        (post.querySelector('shreddit-player, shreddit-player-2') ? 'video' : undefined);
    } else {
      const domain = attr(post, 'data-domain') ?? '';
      kind = /^v\./.test(domain) ? 'video' : MEDIA_DOMAIN.test(domain) ? 'image' : undefined;
      tier = 'url';
    }
    const title = excerpt(attr(post, 'post-title') ?? first(post, ['[slot="title"]', 'a.title']));
    const body = excerpt(first(post, ['[slot="text-body"]', '.usertext-body']));
    return reading(
      {
        kind: 'post',
        platform: 'reddit',
        permalink: m ? `${ORIGIN}${m[1] ?? ''}/comments/${m[2]}${m[3] ?? ''}/` : undefined,
        postId: m?.[2],
        author: {
          handle: author,
          profileUrl: author ? `${ORIGIN}/user/${author}/` : undefined,
        },
        postedAt: isoTime(attr(post, shreddit ? 'created-timestamp' : 'data-timestamp')),
        text: excerpt([title, body].filter(Boolean).join(' ')),
        media: kind ? [address ? { kind, address } : { kind }] : [],
      },
      tier,
      kind !== undefined,
    );
  },
  anchor: (post) =>
    first(post, [
      '[slot="credit-bar"]',
      '[slot="title"]',
      '[data-adclicklocation="top_bar"]',
      '.tagline',
      '.flat-list',
    ]),
  readPage(doc, { url }) {
    const name =
      USER.exec(url.pathname)?.[1] ??
      /^\/(?:u|user)\/([\w-]{3,20})\/(?:submitted|comments|overview)\/?$/.exec(url.pathname)?.[1];
    if (!name) return null;
    const profileUrl = `${ORIGIN}/user/${name}/`;
    return {
      capture: {
        kind: 'account',
        platform: 'reddit',
        permalink: profileUrl,
        subject: `@${name}`,
        author: { handle: name, profileUrl },
      },
      anchor: first(doc, ['main h1', 'h1', '.titlebox h1']),
    };
  },
  reportRoute: { menuPath: ['Report'], formUrl: 'https://www.reddit.com/report', confirmed: false },
};
