// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { instagram } from '@/lib/platforms/instagram';
import { HOSTILE, load, mediaFlags, readAll, stripLinks } from './fixture';

const lena = { handle: 'lena.photos', profileUrl: 'https://www.instagram.com/lena.photos/' };
const base = { kind: 'post', platform: 'instagram' } as const;
const photo = 'https://scontent.cdninstagram.com/v/t51.29350-15/photo_one.jpg';
const carousel = [
  { kind: 'image', address: 'https://scontent.cdninstagram.com/v/t51.29350-15/carousel_1.jpg' },
  { kind: 'image', address: 'https://scontent.cdninstagram.com/v/t51.29350-15/carousel_2.jpg' },
];

describe('instagram adapter', () => {
  it('feed: photo, reel and carousel get shortcuts; a post whose media is not there does not', () => {
    const posts = readAll(instagram, 'instagram/feed.html', 'https://www.instagram.com/');
    expect(mediaFlags(posts)).toEqual([true, true, true, false]);
    expect(posts.map((p) => p.reading)).toEqual([
      {
        ok: true,
        tier: 'structure',
        capture: {
          ...base,
          permalink: 'https://www.instagram.com/p/C8xYz12AbCd/',
          postId: 'C8xYz12AbCd',
          author: lena,
          postedAt: '2025-10-27T09:15:00.000Z',
          media: [{ kind: 'image', address: photo }],
        },
      },
      {
        ok: true,
        tier: 'structure',
        capture: {
          ...base,
          permalink: 'https://www.instagram.com/reel/C9ReelAbc12/',
          postId: 'C9ReelAbc12',
          author: { handle: 'studio.kai', profileUrl: 'https://www.instagram.com/studio.kai/' },
          postedAt: '2025-10-26T18:40:00.000Z',
          // The video plays from a blob: address, which names nothing outside the tab.
          media: [{ kind: 'video' }],
        },
      },
      {
        ok: true,
        tier: 'structure',
        capture: {
          ...base,
          permalink: 'https://www.instagram.com/p/C9Carousel01/',
          postId: 'C9Carousel01',
          author: lena,
          postedAt: '2025-10-25T12:00:00.000Z',
          media: carousel,
        },
      },
      { ok: false, reason: 'no-media' },
    ]);
  });

  it('single post page: caption markup stays text', () => {
    const posts = readAll(
      instagram,
      'instagram/post.html',
      'https://www.instagram.com/p/C8xYz12AbCd/',
    );
    expect(posts).toHaveLength(1);
    expect(posts[0]?.reading).toEqual({
      ok: true,
      tier: 'structure',
      capture: {
        ...base,
        permalink: 'https://www.instagram.com/p/C8xYz12AbCd/',
        postId: 'C8xYz12AbCd',
        author: lena,
        postedAt: '2025-10-27T09:15:00.000Z',
        text: `Morning light ${HOSTILE} at the lake`,
        media: [{ kind: 'image', address: photo }],
      },
    });
    expect(instagram.anchor(posts[0]?.el as Element)?.tagName).toBe('SECTION');
  });

  it('post dialog over a profile: the dialog post is read', () => {
    const posts = readAll(
      instagram,
      'instagram/modal.html',
      'https://www.instagram.com/p/C9Carousel01/',
    );
    expect(posts).toHaveLength(1);
    expect(posts[0]?.reading).toEqual({
      ok: true,
      tier: 'structure',
      capture: {
        ...base,
        permalink: 'https://www.instagram.com/p/C9Carousel01/',
        postId: 'C9Carousel01',
        author: lena,
        postedAt: '2025-10-25T12:00:00.000Z',
        text: 'Two from the weekend',
        media: carousel,
      },
    });
  });

  it('no post link and no post address: no-permalink; on a post page the address names it', () => {
    const [post] = readAll(instagram, 'instagram/feed.html', 'https://www.instagram.com/');
    stripLinks(post?.el as Element);
    expect(
      instagram.readPost(post?.el as Element, { url: new URL('https://www.instagram.com/') }),
    ).toEqual({
      ok: false,
      reason: 'no-permalink',
    });
    const onPage = instagram.readPost(post?.el as Element, {
      url: new URL('https://www.instagram.com/p/C8xYz12AbCd/'),
    });
    expect(onPage.ok && [onPage.capture.permalink, onPage.tier]).toEqual([
      'https://www.instagram.com/p/C8xYz12AbCd/',
      'url',
    ]);
  });

  it('profile, hashtag and other pages', () => {
    const doc = load('instagram/profile.html');
    const read = (url: string) => instagram.readPage?.(doc, { url: new URL(url) }) ?? null;
    expect(
      readAll(instagram, 'instagram/profile.html', 'https://www.instagram.com/lena.photos/'),
    ).toHaveLength(0);
    const profile = read('https://www.instagram.com/lena.photos/');
    expect(profile?.capture).toEqual({
      kind: 'account',
      platform: 'instagram',
      permalink: 'https://www.instagram.com/lena.photos/',
      subject: '@lena.photos',
      author: lena,
    });
    expect(profile?.anchor?.textContent).toBe('lena.photos');
    expect(read('https://www.instagram.com/explore/tags/summer/')?.capture).toEqual({
      kind: 'search',
      platform: 'instagram',
      permalink: 'https://www.instagram.com/explore/tags/summer/',
      subject: '#summer',
    });
    expect(read('https://www.instagram.com/explore/')).toBeNull();
    expect(read('https://www.instagram.com/p/C8xYz12AbCd/')).toBeNull();
    expect(read('https://www.instagram.com/reels/')).toBeNull();
  });
});
