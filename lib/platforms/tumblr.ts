import type { Adapter } from './adapter';
import {
  absolute,
  anyMedia,
  attr,
  excerpt,
  findMedia,
  first,
  type MediaRule,
  reading,
} from './read';

const ORIGIN = 'https://www.tumblr.com';

/** Blog name and post id from www.tumblr.com/blog/id or blog.tumblr.com/post/id addresses. */
function postOf(href: string | undefined): [blog: string, id: string] | undefined {
  const url = absolute(href, ORIGIN);
  if (!url) return undefined;
  const sub = /^([\w-]+)\.tumblr\.com$/.exec(url.hostname)?.[1];
  const m =
    sub && sub !== 'www'
      ? /^\/post\/(\d+)/.exec(url.pathname)
      : /^\/(?:blog\/view\/)?([\w-]+)\/(\d+)/.exec(url.pathname);
  if (!m) return undefined;
  return sub && sub !== 'www' ? [sub, m[1] as string] : [m[1] as string, m[2] as string];
}

/** The post's own video and pictures; the header's avatar is not media. */
const MEDIA = [
  ['video', 'video', 'structure'],
  ['figure img', 'image', 'structure'],
] as const satisfies readonly MediaRule[];
const NOT_MEDIA = 'header';

export const tumblr: Adapter = {
  id: 'tumblr',
  version: 1,
  posts: ['[tabindex="-1"][data-id]', 'article'],
  hasMedia: (post) => anyMedia(post, MEDIA, NOT_MEDIA),
  readPost(post) {
    const dataId = attr(post, 'data-id');
    // The post's own link carries its id; reblog trails link to other posts first sometimes.
    const links = [...post.querySelectorAll('a[href]')].map((a) => postOf(attr(a, 'href')));
    const own = links.find((l) => l && (!dataId || l[1] === dataId)) ?? undefined;
    const blog = own?.[0];
    const { media, tier } = findMedia(post, MEDIA, NOT_MEDIA);
    return reading(
      {
        kind: 'post',
        platform: 'tumblr',
        permalink: own ? `${ORIGIN}/${own[0]}/${own[1]}` : undefined,
        postId: own?.[1] ?? dataId,
        author: { handle: blog, profileUrl: blog ? `${ORIGIN}/${blog}` : undefined },
        text: excerpt([...post.querySelectorAll('article p')].map((p) => p.textContent).join(' ')),
        media,
      },
      tier,
      media.length > 0,
    );
  },
  anchor: (post) => first(post, ['article footer', 'footer', 'article header', 'header']),
  reportRoute: {
    menuPath: ['●●●', 'Report', 'Report something else'],
    formUrl: 'https://www.tumblr.com/abuse/minors',
    confirmed: false,
  },
};
