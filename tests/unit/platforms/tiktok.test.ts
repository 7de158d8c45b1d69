// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { tiktok } from '@/lib/platforms/tiktok';
import { HOSTILE, load, mediaFlags, readAll, stripLinks } from './fixture';

const FEED = 'https://www.tiktok.com/foryou';
const VIDEO_PAGE = 'https://www.tiktok.com/@dance.daily/video/7430000000000000001';
const dance = { handle: 'dance.daily', profileUrl: 'https://www.tiktok.com/@dance.daily' };
const cover = 'https://p16-sign.tiktokcdn-us.com/obj/cover_7430000000000000001.jpeg';
const base = {
  kind: 'post',
  platform: 'tiktok',
  permalink: VIDEO_PAGE,
  postId: '7430000000000000001',
} as const;

describe('tiktok adapter', () => {
  it('feed: videos and a photo post get shortcuts; a LIVE card does not', () => {
    const posts = readAll(tiktok, 'tiktok/feed.html', FEED);
    expect(mediaFlags(posts)).toEqual([true, false, true, true]);
    expect(posts.map((p) => p.reading)).toEqual([
      {
        ok: true,
        tier: 'structure',
        capture: {
          ...base,
          author: { ...dance, displayName: 'Dance Daily' },
          text: 'New routine for the weekend #dance',
          media: [
            {
              kind: 'video',
              address:
                'https://v16-webapp-prime.tiktok.com/video/tos/useast2a/clip_7430000000000000001/?mime_type=video_mp4',
            },
          ],
        },
      },
      // A LIVE card links to no video: nothing to capture as a post.
      { ok: false, reason: 'no-permalink' },
      {
        ok: true,
        tier: 'url',
        capture: {
          kind: 'post',
          platform: 'tiktok',
          permalink: 'https://www.tiktok.com/@cook.nina/photo/7430000000000000002',
          postId: '7430000000000000002',
          author: {
            handle: 'cook.nina',
            displayName: 'Nina Cooks',
            profileUrl: 'https://www.tiktok.com/@cook.nina',
          },
          text: 'Three steps to bread',
          media: [
            {
              kind: 'image',
              address: 'https://p16-sign.tiktokcdn-us.com/obj/photo_7430000000000000002.jpeg',
            },
          ],
        },
      },
      {
        ok: true,
        tier: 'structure',
        capture: {
          kind: 'post',
          platform: 'tiktok',
          // Query (is_from_webapp, sender_device) dropped.
          permalink: 'https://www.tiktok.com/@dance.daily/video/7430000000000000003',
          postId: '7430000000000000003',
          author: { ...dance, displayName: 'Dance Daily' },
          text: `${HOSTILE} spin`,
          media: [{ kind: 'video' }],
        },
      },
    ]);
  });

  it('video page: the player is the post, named by the address', () => {
    const posts = readAll(tiktok, 'tiktok/post.html', `${VIDEO_PAGE}?lang=en`);
    expect(posts.map((p) => p.reading)).toEqual([
      {
        ok: true,
        tier: 'url',
        capture: { ...base, author: dance, media: [{ kind: 'video', address: cover }] },
      },
    ]);
  });

  it('video modal over a profile grid: grid item and modal player are both posts', () => {
    const posts = readAll(tiktok, 'tiktok/modal.html', VIDEO_PAGE);
    expect(posts.map((p) => p.reading)).toEqual([
      {
        ok: true,
        tier: 'url',
        capture: { ...base, author: dance, media: [{ kind: 'video', address: cover }] },
      },
      {
        ok: true,
        tier: 'url',
        capture: {
          ...base,
          author: dance,
          text: 'New routine for the weekend #dance',
          media: [{ kind: 'video', address: cover }],
        },
      },
    ]);
  });

  it('no video link on a feed page gives no-permalink', () => {
    const [post] = readAll(tiktok, 'tiktok/feed.html', FEED);
    expect(tiktok.readPost(stripLinks(post?.el as Element), { url: new URL(FEED) })).toEqual({
      ok: false,
      reason: 'no-permalink',
    });
  });

  it('profile page: account capture by the name', () => {
    expect(
      mediaFlags(readAll(tiktok, 'tiktok/profile.html', 'https://www.tiktok.com/@dance.daily')),
    ).toEqual([true, true]);
    const doc = load('tiktok/profile.html');
    const page = tiktok.readPage?.(doc, {
      url: new URL('https://www.tiktok.com/@dance.daily?lang=en'),
    });
    expect(page?.capture).toEqual({
      kind: 'account',
      platform: 'tiktok',
      permalink: 'https://www.tiktok.com/@dance.daily',
      subject: '@dance.daily',
      author: { ...dance, displayName: 'Dance Daily' },
      text: 'Moves every weekend',
    });
    expect(page?.anchor?.getAttribute('data-e2e')).toBe('user-title');
    expect(tiktok.readPage?.(doc, { url: new URL(VIDEO_PAGE) })).toBeNull();
  });
});

describe('tiktok adapter: layout variants', () => {
  it('list items served as div are read like the article ones', () => {
    const posts = readAll(tiktok, 'tiktok/layout-div.html', FEED);
    expect(posts.map((p) => p.el.tagName)).toEqual(['DIV', 'DIV']);
    expect(posts.map((p) => p.reading)).toEqual([
      {
        ok: true,
        tier: 'structure',
        capture: {
          ...base,
          author: { ...dance, displayName: 'Dance Daily' },
          text: 'New routine for the weekend',
          // The blob: source means nothing outside the tab: the poster names the video.
          media: [{ kind: 'video', address: cover }],
        },
      },
      { ok: false, reason: 'no-permalink' },
    ]);
  });

  it('second tier: feed-video wrappers with no list item around them', () => {
    const posts = readAll(tiktok, 'tiktok/layout-feed-video.html', FEED);
    expect(posts.map((p) => p.el.getAttribute('data-e2e'))).toEqual(['feed-video', 'feed-video']);
    expect(posts.map((p) => p.reading)).toEqual([
      {
        ok: true,
        tier: 'structure',
        capture: {
          kind: 'post',
          platform: 'tiktok',
          permalink: 'https://www.tiktok.com/@surf.sam/video/7430000000000000005',
          postId: '7430000000000000005',
          author: { handle: 'surf.sam', profileUrl: 'https://www.tiktok.com/@surf.sam' },
          media: [
            {
              kind: 'video',
              address: 'https://p16-sign.tiktokcdn-us.com/obj/cover_7430000000000000005.jpeg',
            },
          ],
        },
      },
      // A player with no link to its video on a feed address: nothing names the post.
      { ok: false, reason: 'no-permalink' },
    ]);
  });
});
