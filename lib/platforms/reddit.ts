import { defineAdapter } from './adapter';
import { attr, excerpt, first, isoTime, type Media, reading } from './read';

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

export const reddit = defineAdapter({
  id: 'reddit',
  version: 1,
  posts: ['shreddit-post', '.thing.link[data-author]'],
  readPost(post) {
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
    first(post, ['[slot="credit-bar"]', '[slot="title"]', '.tagline', '.flat-list']),
  readPage(doc, { url }) {
    const name =
      /^\/(?:u|user)\/([\w-]{3,20})\/?$/.exec(url.pathname)?.[1] ??
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
});
