import type { Adapter } from './adapter';
import {
  anyMedia,
  attr,
  excerpt,
  findMedia,
  linkMatch,
  type MediaRule,
  pathOf,
  reading,
  timeIn,
} from './read';

const ORIGIN = 'https://www.threads.com';
const POST = /^\/@([\w.]+)\/post\/([\w-]+)/;
const QUOTE = '[data-pressable-container]';
const MEDIA = [
  ['video', 'video', 'structure'],
  ['picture img', 'image', 'structure'],
  ['img[srcset]:not([alt*="profile picture"])', 'image', 'structure'],
] as const satisfies readonly MediaRule[];
/** Outbound link previews: their pictures are not the post's media. */
const LINK_PREVIEW = 'a[href*="l.threads.com"]';
/** A pressable container inside another one is a quoted post, read with its quoting post. */
const isQuote = (post: Element) => !!post.parentElement?.closest(QUOTE);

export const threads: Adapter = {
  id: 'threads',
  version: 1,
  posts: [QUOTE],
  hasMedia: (post) => !isQuote(post) && anyMedia(post, MEDIA, LINK_PREVIEW),
  readPost(post) {
    if (isQuote(post)) return { ok: false, reason: 'not-a-post' };
    const quoted = post.querySelector(QUOTE);
    const own = linkMatch(post, 'a[href*="/post/"]', POST, ORIGIN, quoted);
    const handle =
      own?.[1] ??
      /^\/@([\w.]+)\/?$/.exec(
        pathOf(attr(post.querySelector('a[href^="/@"]'), 'href'), ORIGIN),
      )?.[1];
    const text = [...post.querySelectorAll('span[dir="auto"]')].find(
      (span) =>
        !quoted?.contains(span) &&
        !span.closest('a, time, [role="button"]') &&
        span.textContent?.trim(),
    );
    const { media, tier } = findMedia(post, MEDIA, LINK_PREVIEW);
    const q = quoted ? linkMatch(quoted, 'a[href*="/post/"]', POST, ORIGIN) : null;
    const quotedHandle = quoted
      ? /^\/@([\w.]+)/.exec(
          pathOf(attr(quoted.querySelector('a[href^="/@"]'), 'href'), ORIGIN),
        )?.[1]
      : undefined;
    return reading(
      {
        kind: 'post',
        platform: 'threads',
        permalink: own ? `${ORIGIN}/@${own[1]}/post/${own[2]}` : undefined,
        postId: own?.[2],
        author: { handle, profileUrl: handle ? `${ORIGIN}/@${handle}` : undefined },
        postedAt: timeIn(post, quoted),
        text: excerpt(text),
        media,
        quoted: quoted
          ? q
            ? { permalink: `${ORIGIN}/@${q[1]}/post/${q[2]}`, handle: q[1], postId: q[2] }
            : { handle: quotedHandle }
          : undefined,
      },
      tier,
      media.length > 0,
    );
  },
  anchor: (post) => post.querySelector('a[href*="/post/"]')?.parentElement ?? null,
  reportRoute: { menuPath: ['⋯', 'Report'], confirmed: false },
};
