// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { threads } from '@/lib/platforms/threads';
import { HOSTILE, mediaFlags, readAll, stripLinks } from './fixture';

const FEED = 'https://www.threads.com/';
const river = { handle: 'river.art', profileUrl: 'https://www.threads.com/@river.art' };
const sketchPost = {
  kind: 'post',
  platform: 'threads',
  permalink: 'https://www.threads.com/@river.art/post/DAbC123xYz',
  postId: 'DAbC123xYz',
  author: river,
  postedAt: '2025-10-28T08:00:00.000Z',
  text: 'New sketches from the studio',
};

describe('threads adapter', () => {
  it('feed: photo, quote of a video and photo get shortcuts; text, link card and the quoted part do not', () => {
    const posts = readAll(threads, 'threads/feed.html', FEED);
    expect(posts).toHaveLength(6);
    expect(mediaFlags(posts)).toEqual([true, false, false, true, false, true]);
    expect(posts[0]?.reading).toEqual({
      ok: true,
      tier: 'structure',
      capture: {
        ...sketchPost,
        media: [
          {
            kind: 'image',
            address: 'https://scontent.cdninstagram.com/v/t51.2885-15/sketch_one.jpg',
          },
        ],
      },
    });
    expect(posts[1]?.reading).toEqual({ ok: false, reason: 'no-media' });
    expect(posts[2]?.reading).toEqual({ ok: false, reason: 'no-media' });
    expect(posts[3]?.reading).toEqual({
      ok: true,
      tier: 'structure',
      capture: {
        kind: 'post',
        platform: 'threads',
        permalink: 'https://www.threads.com/@mo.writes/post/DAquote0003',
        postId: 'DAquote0003',
        author: { handle: 'mo.writes', profileUrl: 'https://www.threads.com/@mo.writes' },
        postedAt: '2025-10-28T05:00:00.000Z',
        text: 'Look at this',
        // The video is in the quoted post; its blob: source is dropped, its poster kept.
        media: [
          {
            kind: 'video',
            address: 'https://scontent.cdninstagram.com/v/t51.2885-15/mural_poster.jpg',
          },
        ],
        quoted: {
          permalink: 'https://www.threads.com/@river.art/post/DAvideo0004',
          handle: 'river.art',
          postId: 'DAvideo0004',
        },
      },
    });
    expect(posts[4]?.reading).toEqual({ ok: false, reason: 'not-a-post' });
    const hostile = posts[5]?.reading;
    expect(hostile?.ok && hostile.capture.text).toBe(`${HOSTILE} ink study`);
  });

  it('single post page: the post and a text reply', () => {
    const posts = readAll(threads, 'threads/post.html', sketchPost.permalink);
    expect(posts.map((p) => p.reading)).toEqual([
      {
        ok: true,
        tier: 'structure',
        capture: {
          ...sketchPost,
          media: [
            {
              kind: 'image',
              address: 'https://scontent.cdninstagram.com/v/t51.2885-15/sketch_one.jpg',
            },
            {
              kind: 'image',
              address: 'https://scontent.cdninstagram.com/v/t51.2885-15/sketch_two.jpg',
            },
          ],
        },
      },
      { ok: false, reason: 'no-media' },
    ]);
    expect(threads.anchor(posts[0]?.el as Element)?.querySelector('time')).not.toBeNull();
  });

  it('media viewer open: the post under it is read the same, the viewer is no post', () => {
    const page = readAll(threads, 'threads/post.html', sketchPost.permalink);
    const modal = readAll(threads, 'threads/modal.html', sketchPost.permalink);
    expect(modal).toHaveLength(1);
    expect(modal[0]?.reading).toEqual(page[0]?.reading);
  });

  it('no post link gives no-permalink', () => {
    const [post] = readAll(threads, 'threads/feed.html', FEED);
    expect(threads.readPost(stripLinks(post?.el as Element), { url: new URL(FEED) })).toEqual({
      ok: false,
      reason: 'no-permalink',
    });
  });
});
