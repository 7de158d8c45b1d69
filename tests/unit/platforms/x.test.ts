// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPosts } from '@/lib/platforms/registry';
import { x } from '@/lib/platforms/x';
import { load, mediaFlags, readAll } from './fixture';

const FEED = 'https://x.com/home';
const testUser = {
  handle: 'TestUser123',
  displayName: 'Test User Account',
  profileUrl: 'https://x.com/TestUser123',
};

// Read from tests/fixtures/platforms/x/*.html by hand.
const quotePost = {
  kind: 'post',
  platform: 'x',
  permalink: 'https://x.com/TestQuoter/status/1983130065320780162',
  postId: '1983130065320780162',
  author: {
    handle: 'TestQuoter',
    displayName: 'Test Quoter',
    profileUrl: 'https://x.com/TestQuoter',
  },
  postedAt: '2025-10-28T11:13:47.000Z',
  text: 'This is a quote tweet with additional commentary',
  // The photo sits inside the quoted post; it still makes this a media post.
  media: [{ kind: 'image', address: 'https://pbs.twimg.com/media/placeholder_image.jpg' }],
  quoted: {
    permalink: 'https://x.com/OriginalAuthor/status/1983129251856470493',
    handle: 'OriginalAuthor',
    postId: '1983129251856470493',
  },
};
const quoteVideoPost = {
  kind: 'post',
  platform: 'x',
  permalink: 'https://x.com/QuotingUser/status/1983128852952998358',
  postId: '1983128852952998358',
  author: {
    handle: 'QuotingUser',
    displayName: 'Quoting User',
    profileUrl: 'https://x.com/QuotingUser',
  },
  postedAt: '2025-10-28T11:08:57.000Z',
  text: 'How to share Example.com links',
  // tweetPhoto > videoPlayer > videoComponent > video: one video; its source is a blob:, so the
  // poster is the address kept.
  media: [
    {
      kind: 'video',
      address: 'https://pbs.twimg.com/amplify_video_thumb/placeholder/video_poster.jpg',
    },
  ],
  // The quoted post has no link of its own in this markup, only its author's @handle.
  quoted: { handle: 'OriginalPoster' },
};
const photoPost = {
  kind: 'post',
  platform: 'x',
  permalink: 'https://x.com/TestUser123/status/1981400000000000001',
  postId: '1981400000000000001',
  author: testUser,
  postedAt: '2025-10-23T16:34:09.000Z',
  text: 'Two photos from the weekend',
  media: [
    { kind: 'image', address: 'https://pbs.twimg.com/media/FeedPhotoOne?format=jpg&name=small' },
    { kind: 'image', address: 'https://pbs.twimg.com/media/FeedPhotoTwo?format=jpg&name=small' },
  ],
};

describe('x adapter on real X markup', () => {
  it('a text post with a link card gets no shortcut', () => {
    const [post] = readAll(
      x,
      'x/x-tweet-sample.html',
      'https://x.com/TestUser123/status/1981398750557065646',
    );
    expect(post?.reading).toEqual({ ok: false, reason: 'no-media' });
  });

  it('a quote of a photo post records the quoting post and the quoted permalink', () => {
    const [post] = readAll(x, 'x/x-tweet-quote.html', FEED);
    expect(post?.reading).toEqual({ ok: true, capture: quotePost, tier: 'testid' });
  });

  it('a quote of a video post records the quoted author handle', () => {
    const [post] = readAll(x, 'x/x-tweet-quote-video.html', FEED);
    expect(post?.reading).toEqual({ ok: true, capture: quoteVideoPost, tier: 'testid' });
  });
});

describe('x adapter on assembled pages', () => {
  it('feed: seven posts, shortcuts on the five media posts only', () => {
    const posts = readAll(x, 'x/feed.html', FEED);
    expect(posts).toHaveLength(7);
    expect(mediaFlags(posts)).toEqual([true, false, false, true, true, true, true]);
    expect(posts[0]?.reading).toEqual({ ok: true, capture: quotePost, tier: 'testid' });
    expect(posts[1]?.reading).toEqual({ ok: false, reason: 'no-media' });
    expect(posts[3]?.reading).toEqual({ ok: true, capture: photoPost, tier: 'testid' });
    expect(posts[4]?.reading).toEqual({ ok: true, capture: quoteVideoPost, tier: 'testid' });
    expect(posts[5]?.reading).toEqual({
      ok: true,
      tier: 'testid',
      capture: {
        kind: 'post',
        platform: 'x',
        permalink: 'https://x.com/TestUser123/status/1981400000000000003',
        postId: '1981400000000000003',
        author: testUser,
        postedAt: '2025-10-23T16:34:09.000Z',
        text: 'A short clip',
        media: [
          {
            kind: 'video',
            address: 'https://pbs.twimg.com/ext_tw_video_thumb/1981400000000000099/pu/img/clip.jpg',
          },
        ],
      },
    });
  });

  it('markup written as text in a post stays text', () => {
    const posts = readAll(x, 'x/feed.html', FEED);
    const hostile = posts[6]?.reading;
    expect(hostile?.ok && hostile.capture.text).toBe('Look <img src=x onerror="alert(1)"> here');
    expect(posts[6]?.el.querySelector('[data-testid="tweetText"] img')).toBeNull();
  });

  it('status page: the photo post and a text reply', () => {
    const posts = readAll(x, 'x/status.html', photoPost.permalink);
    expect(mediaFlags(posts)).toEqual([true, false]);
    expect(posts[0]?.reading).toEqual({ ok: true, capture: photoPost, tier: 'testid' });
  });

  it('photo modal: the post beside the viewer is found and read', () => {
    const posts = readAll(x, 'x/modal.html', `${photoPost.permalink}/photo/1`);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.el.closest('[aria-labelledby="modal-header"]')).not.toBeNull();
    expect(posts[0]?.reading).toEqual({ ok: true, capture: photoPost, tier: 'testid' });
  });

  it('a media post without a status link gives no-permalink', () => {
    const [post] = findPosts(x, load('x/status.html'));
    for (const a of post?.querySelectorAll('a[href*="/status/"]') ?? []) a.removeAttribute('href');
    expect(x.readPost(post as Element, { url: new URL(FEED) })).toEqual({
      ok: false,
      reason: 'no-permalink',
    });
  });

  it('the shortcut goes in the action bar', () => {
    const [post] = findPosts(x, load('x/x-tweet-quote.html'));
    const anchor = x.anchor(post as Element);
    expect(anchor?.getAttribute('role')).toBe('group');
    expect(anchor?.querySelector('[data-testid="like"]')).not.toBeNull();
  });
});

describe('x readPage', () => {
  const read = (url: string, file = 'x/profile.html') =>
    x.readPage?.(load(file), { url: new URL(url) }) ?? null;

  it('profile page: account capture by the profile name', () => {
    const page = read('https://x.com/TestUser123');
    expect(page?.capture).toEqual({
      kind: 'account',
      platform: 'x',
      permalink: 'https://x.com/TestUser123',
      subject: '@TestUser123',
      author: testUser,
      text: 'Posting photos and thoughts.',
    });
    expect(page?.anchor?.getAttribute('data-testid')).toBe('UserName');
    expect(read('https://x.com/TestUser123/media')?.capture.subject).toBe('@TestUser123');
  });

  it('hashtag and search pages', () => {
    expect(read('https://x.com/hashtag/example?src=hashtag_click', 'x/feed.html')?.capture).toEqual(
      {
        kind: 'search',
        platform: 'x',
        permalink: 'https://x.com/hashtag/example',
        subject: '#example',
      },
    );
    expect(
      read('https://x.com/search?q=some%20words&src=typed_query', 'x/feed.html')?.capture,
    ).toEqual({
      kind: 'search',
      platform: 'x',
      permalink: 'https://x.com/search?q=some%20words',
      subject: 'some words',
    });
  });

  it('home, a status page and settings are not account pages', () => {
    expect(read('https://x.com/home')).toBeNull();
    expect(read('https://x.com/TestUser123/status/1981400000000000001')).toBeNull();
    expect(read('https://x.com/settings/account')).toBeNull();
    expect(read('https://x.com/i/bookmarks')).toBeNull();
  });

  it('posts never hold other posts in any saved page (the adapter says so with flat)', () => {
    expect(x.flat).toBe(true);
    for (const file of readdirSync(join(__dirname, '../../fixtures/platforms/x'))) {
      if (!file.endsWith('.html')) continue;
      const doc = load(`x/${file}`);
      for (const selector of x.posts) {
        for (const post of doc.querySelectorAll(selector)) {
          expect(post.querySelector(selector), `${file}: ${selector}`).toBeNull();
        }
      }
    }
  });
});
