// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bluesky } from '@/lib/platforms/bluesky';
import { HOSTILE, load, mediaFlags, readAll, stripLinks } from './fixture';

const HOME = 'https://bsky.app/';
const alice = {
  handle: 'alice.bsky.social',
  displayName: 'Alice Example',
  profileUrl: 'https://bsky.app/profile/alice.bsky.social',
};
const garden = (size: string) => ({
  kind: 'post',
  platform: 'bluesky',
  permalink: 'https://bsky.app/profile/alice.bsky.social/post/3lkq2abcde22x',
  postId: '3lkq2abcde22x',
  author: alice,
  text: 'Garden in bloom',
  media: [
    {
      kind: 'image',
      address: `https://cdn.bsky.app/img/${size}/plain/did:plc:alice000000000000000000/bafkreitulips@jpeg`,
    },
  ],
});

describe('bluesky adapter', () => {
  it('feed: photo, quote of a photo post and video get shortcuts; text and link card do not', () => {
    const posts = readAll(bluesky, 'bluesky/feed.html', HOME);
    expect(mediaFlags(posts)).toEqual([true, false, false, true, true]);
    expect(posts[0]?.reading).toEqual({ ok: true, tier: 'url', capture: garden('feed_thumbnail') });
    expect(posts[2]?.reading).toEqual({ ok: false, reason: 'no-media' });
    expect(posts[3]?.reading).toEqual({
      ok: true,
      tier: 'url',
      capture: {
        kind: 'post',
        platform: 'bluesky',
        permalink: 'https://bsky.app/profile/carol.example.com/post/3lkq2quote003',
        postId: '3lkq2quote003',
        author: {
          handle: 'carol.example.com',
          displayName: 'Carol',
          profileUrl: 'https://bsky.app/profile/carol.example.com',
        },
        text: 'This one is lovely',
        media: [
          {
            kind: 'image',
            address:
              'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:bob00000000000000000000/bafkreiharbour@jpeg',
          },
        ],
        quoted: {
          permalink: 'https://bsky.app/profile/bob.test/post/3lkp9zyxwv11a',
          handle: 'bob.test',
          postId: '3lkp9zyxwv11a',
        },
      },
    });
    expect(posts[4]?.reading).toEqual({
      ok: true,
      tier: 'structure',
      capture: {
        kind: 'post',
        platform: 'bluesky',
        permalink: 'https://bsky.app/profile/alice.bsky.social/post/3lkq2video004',
        postId: '3lkq2video004',
        author: alice,
        text: `${HOSTILE} bees`,
        media: [
          {
            kind: 'video',
            address:
              'https://video.bsky.app/watch/did%3Aplc%3Aalice000000000000000000/bafkreibees/thumbnail.jpg',
          },
        ],
      },
    });
    expect(
      bluesky.anchor(posts[0]?.el as Element)?.querySelector('[data-testid="likeBtn"]'),
    ).not.toBeNull();
  });

  it('thread page: the post and a text reply', () => {
    const posts = readAll(bluesky, 'bluesky/post.html', garden('').permalink);
    expect(posts.map((p) => p.reading)).toEqual([
      { ok: true, tier: 'url', capture: garden('feed_fullsize') },
      { ok: false, reason: 'no-media' },
    ]);
  });

  it('image viewer open: the thread reads the same, the viewer is no post', () => {
    const page = readAll(bluesky, 'bluesky/post.html', garden('').permalink).map((p) => p.reading);
    expect(
      readAll(bluesky, 'bluesky/modal.html', garden('').permalink).map((p) => p.reading),
    ).toEqual(page);
  });

  it('no post link gives no-permalink', () => {
    const [post] = readAll(bluesky, 'bluesky/feed.html', HOME);
    expect(bluesky.readPost(stripLinks(post?.el as Element), { url: new URL(HOME) })).toEqual({
      ok: false,
      reason: 'no-permalink',
    });
  });

  it('profile page: account capture by the display name', () => {
    const url = 'https://bsky.app/profile/alice.bsky.social';
    expect(mediaFlags(readAll(bluesky, 'bluesky/profile.html', url))).toEqual([true]);
    const doc = load('bluesky/profile.html');
    const page = bluesky.readPage?.(doc, { url: new URL(url) });
    expect(page?.capture).toEqual({
      kind: 'account',
      platform: 'bluesky',
      permalink: url,
      subject: '@alice.bsky.social',
      author: alice,
      text: 'Gardens and bees.',
    });
    expect(page?.anchor?.getAttribute('data-testid')).toBe('profileHeaderDisplayName');
    expect(bluesky.readPage?.(doc, { url: new URL(`${url}/post/3lkq2abcde22x`) })).toBeNull();
  });
});
