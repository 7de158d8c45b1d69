// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { tumblr } from '@/lib/platforms/tumblr';
import { HOSTILE, mediaFlags, readAll, stripLinks } from './fixture';

const DASH = 'https://www.tumblr.com/dashboard';
const harbor = { handle: 'quietharbor', profileUrl: 'https://www.tumblr.com/quietharbor' };
const base = {
  kind: 'post',
  platform: 'tumblr',
  permalink: 'https://www.tumblr.com/quietharbor/765432109876543210',
  postId: '765432109876543210',
  author: harbor,
  text: 'Harbor at dusk',
} as const;

describe('tumblr adapter', () => {
  it('dashboard: photo and video posts get shortcuts, a text post does not', () => {
    const posts = readAll(tumblr, 'tumblr/feed.html', DASH);
    expect(mediaFlags(posts)).toEqual([true, false, true]);
    expect(posts.map((p) => p.reading)).toEqual([
      {
        ok: true,
        tier: 'structure',
        capture: {
          ...base,
          media: [
            { kind: 'image', address: 'https://64.media.tumblr.com/abc123/s640x960/harbor.jpg' },
          ],
        },
      },
      { ok: false, reason: 'no-media' },
      {
        ok: true,
        tier: 'structure',
        capture: {
          kind: 'post',
          platform: 'tumblr',
          // A reblog: its own id (data-id) picks its own link over the reblogged post's.
          permalink: 'https://www.tumblr.com/wordsmith-j/765432109876543212',
          postId: '765432109876543212',
          author: { handle: 'wordsmith-j', profileUrl: 'https://www.tumblr.com/wordsmith-j' },
          text: `${HOSTILE} waves`,
          media: [{ kind: 'video', address: 'https://va.media.tumblr.com/tumblr_waves.mp4' }],
        },
      },
    ]);
    expect(tumblr.anchor(posts[0]?.el as Element)?.tagName).toBe('FOOTER');
  });

  it('post page: blog.tumblr.com/post/id links give the same permalink', () => {
    const media = [
      { kind: 'image', address: 'https://64.media.tumblr.com/abc123/s1280x1920/harbor.jpg' },
      { kind: 'image', address: 'https://64.media.tumblr.com/abc124/s1280x1920/pier.jpg' },
    ];
    const expected = [{ ok: true, tier: 'structure', capture: { ...base, media } }];
    expect(readAll(tumblr, 'tumblr/post.html', base.permalink).map((p) => p.reading)).toEqual(
      expected,
    );
    // Lightbox open: the viewer is no post, the post reads the same.
    expect(readAll(tumblr, 'tumblr/modal.html', base.permalink).map((p) => p.reading)).toEqual(
      expected,
    );
  });

  it('no post link gives no-permalink', () => {
    const [post] = readAll(tumblr, 'tumblr/feed.html', DASH);
    expect(tumblr.readPost(stripLinks(post?.el as Element), { url: new URL(DASH) })).toEqual({
      ok: false,
      reason: 'no-permalink',
    });
  });
});
