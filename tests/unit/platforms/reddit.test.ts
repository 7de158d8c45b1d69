// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { reddit } from '@/lib/platforms/reddit';
import { HOSTILE, load, mediaFlags, readAll, stripLinks } from './fixture';

const FEED = 'https://www.reddit.com/';
const harbor = { handle: 'harbor_view', profileUrl: 'https://www.reddit.com/user/harbor_view/' };
const sunset = {
  kind: 'post',
  platform: 'reddit',
  permalink: 'https://www.reddit.com/r/pics/comments/1abcde/sunset_over_the_bay/',
  postId: '1abcde',
  author: harbor,
  postedAt: '2025-10-28T07:30:15.123Z',
  text: 'Sunset over the bay',
  media: [{ kind: 'image', address: 'https://i.redd.it/abc123sunset.jpeg' }],
};

describe('reddit adapter (shreddit)', () => {
  it('feed: image, video, gallery and image posts get shortcuts; text and link posts do not', () => {
    const posts = readAll(reddit, 'reddit/feed.html', FEED);
    expect(mediaFlags(posts)).toEqual([true, false, false, true, true, true]);
    expect(posts[0]?.reading).toEqual({ ok: true, tier: 'testid', capture: sunset });
    expect(posts[3]?.reading).toEqual({
      ok: true,
      tier: 'testid',
      capture: {
        kind: 'post',
        platform: 'reddit',
        permalink: 'https://www.reddit.com/r/aww/comments/1abcdh/my_cat_learned_a_trick/',
        postId: '1abcdh',
        author: harbor,
        postedAt: '2025-10-27T22:10:00.000Z',
        text: 'My cat learned a trick',
        media: [{ kind: 'video', address: 'https://v.redd.it/xyz789cat' }],
      },
    });
    expect(posts[4]?.reading).toEqual({
      ok: true,
      tier: 'testid',
      capture: {
        kind: 'post',
        platform: 'reddit',
        permalink: 'https://www.reddit.com/r/travel/comments/1abcdi/trip_photos/',
        postId: '1abcdi',
        author: { handle: 'wander_k', profileUrl: 'https://www.reddit.com/user/wander_k/' },
        postedAt: '2025-10-27T20:00:00.000Z',
        text: 'Trip photos',
        media: [{ kind: 'image', address: 'https://www.reddit.com/gallery/1abcdi' }],
      },
    });
    const hostile = posts[5]?.reading;
    expect(hostile?.ok && hostile.capture.text).toBe(`${HOSTILE} look`);
  });

  it('single post page: one post, comments are not posts', () => {
    const posts = readAll(reddit, 'reddit/post.html', sunset.permalink);
    expect(posts.map((p) => p.reading)).toEqual([{ ok: true, tier: 'testid', capture: sunset }]);
    expect(reddit.anchor(posts[0]?.el as Element)?.getAttribute('slot')).toBe('credit-bar');
  });

  it('media lightbox open: the post is read the same, the lightbox is no post', () => {
    const posts = readAll(reddit, 'reddit/modal.html', FEED);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.reading.ok).toBe(true);
  });

  it('no permalink attribute gives no-permalink', () => {
    const [post] = readAll(reddit, 'reddit/feed.html', FEED);
    expect(reddit.readPost(stripLinks(post?.el as Element), { url: new URL(FEED) })).toEqual({
      ok: false,
      reason: 'no-permalink',
    });
  });

  it('user page: account capture', () => {
    const doc = load('reddit/profile.html');
    const page = reddit.readPage?.(doc, {
      url: new URL('https://www.reddit.com/user/harbor_view/'),
    });
    expect(page?.capture).toEqual({
      kind: 'account',
      platform: 'reddit',
      permalink: 'https://www.reddit.com/user/harbor_view/',
      subject: '@harbor_view',
      author: harbor,
    });
    expect(page?.anchor?.tagName).toBe('H1');
    expect(
      reddit.readPage?.(doc, { url: new URL('https://www.reddit.com/u/harbor_view') })?.capture
        .subject,
    ).toBe('@harbor_view');
    expect(reddit.readPage?.(doc, { url: new URL('https://www.reddit.com/r/pics/') })).toBeNull();
  });
});

describe('reddit adapter (old Reddit)', () => {
  it('an i.redd.it link post gets a shortcut, a self post does not', () => {
    const posts = readAll(reddit, 'reddit/old.html', 'https://old.reddit.com/');
    expect(posts.map((p) => p.reading)).toEqual([
      { ok: true, tier: 'url', capture: sunset },
      { ok: false, reason: 'no-media' },
    ]);
  });
});

describe('reddit adapter (new Reddit, post-container)', () => {
  const NEW = 'https://new.reddit.com/';

  it('video and image posts get shortcuts, a text post does not; links, authors by test id', () => {
    const posts = readAll(reddit, 'reddit/new.html', NEW);
    expect(posts.map((p) => p.el.getAttribute('data-testid'))).toEqual([
      'post-container',
      'post-container',
      'post-container',
    ]);
    expect(posts.map((p) => p.reading)).toEqual([
      {
        ok: true,
        tier: 'testid',
        capture: {
          kind: 'post',
          platform: 'reddit',
          permalink: 'https://www.reddit.com/r/aww/comments/1nwvid/my_cat_learned_a_trick/',
          postId: '1nwvid',
          author: harbor,
          text: 'My cat learned a trick',
          // The stream address is signed and per session: the kind alone.
          media: [{ kind: 'video' }],
        },
      },
      {
        ok: true,
        tier: 'testid',
        capture: {
          kind: 'post',
          platform: 'reddit',
          permalink: 'https://www.reddit.com/r/travel/comments/1nwimg/harbour_at_dawn/',
          postId: '1nwimg',
          author: { handle: 'wander_k', profileUrl: 'https://www.reddit.com/user/wander_k/' },
          text: 'Harbour at dawn',
          media: [
            {
              kind: 'image',
              address: 'https://preview.redd.it/dawn1nwimg.jpeg?width=640&auto=webp',
            },
          ],
        },
      },
      { ok: false, reason: 'no-media' },
    ]);
    expect(reddit.anchor(posts[0]?.el as Element)?.getAttribute('data-adclicklocation')).toBe(
      'top_bar',
    );
  });

  it('a shreddit page never falls back to a post-container inside it (tiers are ordered)', () => {
    const posts = readAll(reddit, 'reddit/feed.html', FEED);
    expect(posts.every((p) => p.el.tagName === 'SHREDDIT-POST')).toBe(true);
  });

  it('no post link gives no-permalink', () => {
    const [post] = readAll(reddit, 'reddit/new.html', NEW);
    expect(reddit.readPost(stripLinks(post?.el as Element), { url: new URL(NEW) })).toEqual({
      ok: false,
      reason: 'no-permalink',
    });
  });
});
