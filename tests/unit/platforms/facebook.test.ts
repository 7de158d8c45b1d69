// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { facebook } from '@/lib/platforms/facebook';
import { HOSTILE, mediaFlags, readAll, stripLinks } from './fixture';

const FEED = 'https://www.facebook.com/';
const maria = {
  handle: 'maria.lopez.123',
  displayName: 'Maria Lopez',
  profileUrl: 'https://www.facebook.com/maria.lopez.123',
};
const beachPost = {
  kind: 'post',
  platform: 'facebook',
  // Tracking parameters (__cft__, __tn__) dropped; the pfbid in the path is the id.
  permalink: 'https://www.facebook.com/maria.lopez.123/posts/pfbid02AbCdEfGh/',
  postId: 'pfbid02AbCdEfGh',
  author: maria,
  text: 'Beach day with the cousins',
  media: [
    {
      kind: 'image',
      address: 'https://scontent.xx.fbcdn.net/v/t39.30808-6/beach_day.jpg?stp=dst-jpg',
    },
  ],
};

describe('facebook adapter', () => {
  it('feed: photo, reel and photo posts get shortcuts; text and link-card posts do not', () => {
    const posts = readAll(facebook, 'facebook/feed.html', FEED);
    expect(posts).toHaveLength(5);
    expect(mediaFlags(posts)).toEqual([true, false, false, true, true]);
    expect(posts[0]?.reading).toEqual({ ok: true, tier: 'testid', capture: beachPost });
    expect(posts[1]?.reading).toEqual({ ok: false, reason: 'no-media' });
    expect(posts[2]?.reading).toEqual({ ok: false, reason: 'no-media' });
    expect(posts[3]?.reading).toEqual({
      ok: true,
      tier: 'structure',
      capture: {
        kind: 'post',
        platform: 'facebook',
        permalink: 'https://www.facebook.com/reel/1234567890123456/',
        postId: '1234567890123456',
        author: maria,
        text: 'Surf lesson',
        media: [{ kind: 'video' }],
      },
    });
    expect(posts[4]?.reading).toEqual({
      ok: true,
      tier: 'testid',
      capture: {
        kind: 'post',
        platform: 'facebook',
        permalink: 'https://www.facebook.com/maria.lopez.123/posts/pfbid0Hostile99/',
        postId: 'pfbid0Hostile99',
        author: maria,
        text: `${HOSTILE} sunset`,
        media: [
          { kind: 'image', address: 'https://scontent.xx.fbcdn.net/v/t39.30808-6/sunset.jpg' },
        ],
      },
    });
  });

  it('reads profile.php ids and permalink.php addresses', () => {
    const posts = readAll(facebook, 'facebook/modal.html', FEED);
    const textPost = facebook.readPost(posts[0]?.el as Element, { url: new URL(FEED) });
    expect(textPost).toEqual({ ok: false, reason: 'no-media' });
    // Same markup with a photo added: the ids come through.
    const el = posts[0]?.el as Element;
    el.insertAdjacentHTML(
      'beforeend',
      '<a href="https://www.facebook.com/photo.php?fbid=1&amp;set=a.2"><img data-visualcompletion="media-vc-image" src="https://scontent.xx.fbcdn.net/p.jpg"></a>',
    );
    const reading = facebook.readPost(el, { url: new URL(FEED) });
    expect(reading.ok && reading.capture).toMatchObject({
      permalink:
        'https://www.facebook.com/permalink.php?story_fbid=pfbid0TextOnly77&id=100012345678901',
      postId: 'pfbid0TextOnly77',
      author: {
        handle: '100012345678901',
        displayName: 'Jon Park',
        profileUrl: 'https://www.facebook.com/profile.php?id=100012345678901',
      },
    });
  });

  it('single post page: the post is read, its comment is not a post', () => {
    const posts = readAll(facebook, 'facebook/post.html', beachPost.permalink);
    expect(posts.map((p) => p.reading)).toEqual([
      { ok: true, tier: 'testid', capture: beachPost },
      { ok: false, reason: 'not-a-post' },
    ]);
    expect(facebook.anchor(posts[0]?.el as Element)?.getAttribute('data-ad-rendering-role')).toBe(
      'profile_name',
    );
  });

  it('post dialog over the feed: both the feed post and the dialog post are found', () => {
    const posts = readAll(facebook, 'facebook/modal.html', FEED);
    expect(posts.map((p) => p.reading)).toEqual([
      { ok: false, reason: 'no-media' },
      { ok: true, tier: 'testid', capture: beachPost },
      { ok: false, reason: 'not-a-post' },
    ]);
  });

  it('a media post without any post link gives no-permalink', () => {
    const [post] = readAll(facebook, 'facebook/feed.html', FEED);
    expect(facebook.readPost(stripLinks(post?.el as Element), { url: new URL(FEED) })).toEqual({
      ok: false,
      reason: 'no-permalink',
    });
  });

  it('has no account-page capture', () => {
    expect(facebook.readPage).toBeUndefined();
  });
});
