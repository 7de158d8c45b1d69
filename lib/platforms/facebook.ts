import type { Adapter } from './adapter';
import { absolute, attr, excerpt, findMedia, first, isoTime, reading } from './read';

const ORIGIN = 'https://www.facebook.com';

/** Canonical permalink and id of a Facebook post address, keeping only the query that is the id. */
function postOf(href: string | undefined): { permalink: string; postId: string } | undefined {
  const url = absolute(href, ORIGIN);
  if (!url || !/(^|\.)facebook\.com$/.test(url.hostname)) return undefined;
  const path = url.pathname;
  const q = (name: string) => url.searchParams.get(name);
  let m = /^\/((?:groups\/)?[\w.-]+)\/(posts|permalink|videos)\/([\w-]+)/.exec(path);
  if (m) return { permalink: `${ORIGIN}/${m[1]}/${m[2]}/${m[3]}/`, postId: m[3] as string };
  m =
    /^\/(reel|watch|photo|photo\.php|permalink\.php|story\.php)\/?$/.exec(path) ??
    /^\/reel\/(\d+)/.exec(path);
  if (!m) return undefined;
  if (/^\d+$/.test(m[1] as string))
    return { permalink: `${ORIGIN}/reel/${m[1]}/`, postId: m[1] as string };
  const story = q('story_fbid');
  if (story && q('id')) {
    return {
      permalink: `${ORIGIN}/permalink.php?story_fbid=${story}&id=${q('id')}`,
      postId: story,
    };
  }
  const fbid = q('fbid');
  if (fbid) return { permalink: `${ORIGIN}/photo/?fbid=${fbid}`, postId: fbid };
  const v = q('v');
  if (v) return { permalink: `${ORIGIN}/watch/?v=${v}`, postId: v };
  return undefined;
}

/** Handle and canonical profile address from a profile link (profile.php?id= or /name). */
function profileOf(href: string | undefined) {
  const url = absolute(href, ORIGIN);
  if (!url) return {};
  const id = url.pathname === '/profile.php' ? url.searchParams.get('id') : null;
  if (id) return { handle: id, profileUrl: `${ORIGIN}/profile.php?id=${id}` };
  const name = /^\/([\w.-]+)\/?$/.exec(url.pathname)?.[1];
  return name ? { handle: name, profileUrl: `${ORIGIN}/${name}` } : {};
}

export const facebook: Adapter = {
  id: 'facebook',
  version: 1,
  // A post opened in a dialog sits over the feed: both count in the first tier.
  posts: ['div[aria-posinset], div[role="dialog"] div[role="article"]', 'div[role="article"]'],
  readPost(post) {
    // Comments are articles inside a post (or labelled as comments): not posts of their own.
    if (post.parentElement?.closest('[role="article"], [aria-posinset]')) {
      return { ok: false, reason: 'not-a-post' };
    }
    // The post's own link first (the timestamp: posts/permalink), then its media links.
    const links = [...post.querySelectorAll('a[href]')].map((a) => postOf(attr(a, 'href')));
    const own =
      links.find((l) => l && !/photo|watch|reel/.test(l.permalink)) ?? links.find(Boolean);
    const name = first(post, [
      'div[data-ad-rendering-role="profile_name"] a',
      'h2 a',
      'h3 a',
      'h4 a',
    ]);
    const { media, tier } = findMedia(
      post,
      [
        ['img[data-visualcompletion="media-vc-image"]', 'image', 'testid'],
        ['video', 'video', 'structure'],
        ['a[href*="/reel/"]', 'video', 'url'],
        ['a[href*="/videos/"]', 'video', 'url'],
        ['a[href*="/photo"] img', 'image', 'url'],
      ],
      'a[href*="l.facebook.com/"], div[data-ad-rendering-role="profile_name"]',
    );
    return reading(
      {
        kind: 'post',
        platform: 'facebook',
        permalink: own?.permalink,
        postId: own?.postId,
        author: { ...profileOf(attr(name, 'href')), displayName: excerpt(name, 200) },
        postedAt: isoTime(attr(post.querySelector('abbr[data-utime]'), 'data-utime')),
        text: excerpt(
          first(post, [
            'div[data-ad-rendering-role="story_message"]',
            'div[data-ad-preview="message"]',
            'div[data-ad-comet-preview="message"]',
          ]),
        ),
        media,
      },
      tier,
      media.length > 0,
    );
  },
  anchor: (post) => first(post, ['div[data-ad-rendering-role="profile_name"]', 'h2', 'h3', 'h4']),
  reportRoute: { menuPath: ['⋯', 'Report'], confirmed: true },
};
