// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pinterest } from '@/lib/platforms/pinterest';
import { HOSTILE, load, mediaFlags, readAll, stripLinks } from './fixture';

const HOME = 'https://www.pinterest.com/';
const PIN = 'https://www.pinterest.com/pin/1000000000000000001/';
const green = {
  handle: 'greenthumbs',
  displayName: 'Green Thumbs',
  profileUrl: 'https://www.pinterest.com/greenthumbs/',
};
const garden = {
  kind: 'post',
  platform: 'pinterest',
  permalink: PIN,
  postId: '1000000000000000001',
  author: green,
  text: 'Garden path in spring',
} as const;

describe('pinterest adapter', () => {
  it('home grid: an image pin and a video pin get shortcuts; an ideas card does not', () => {
    const posts = readAll(pinterest, 'pinterest/feed.html', HOME);
    expect(posts.map((p) => p.reading)).toEqual([
      {
        ok: true,
        tier: 'testid',
        capture: {
          ...garden,
          // The creator's avatar is not the pin's media.
          media: [
            { kind: 'image', address: 'https://i.pinimg.com/236x/aa/bb/cc/placeholder-garden.jpg' },
          ],
        },
      },
      {
        ok: true,
        tier: 'testid',
        capture: {
          kind: 'post',
          platform: 'pinterest',
          permalink: 'https://www.pinterest.com/pin/1000000000000000002/',
          postId: '1000000000000000002',
          text: `Three steps to bread ${HOSTILE}`,
          // blob: plays only in that tab: the poster names the video.
          media: [
            {
              kind: 'video',
              address: 'https://i.pinimg.com/videos/thumbnails/originals/placeholder-bread.jpg',
            },
          ],
        },
      },
      { ok: false, reason: 'no-permalink' },
    ]);
  });

  it('pin page: the closeup (named by the address) and the related pins below it', () => {
    const posts = readAll(pinterest, 'pinterest/post.html', `${PIN}?source=feed`);
    expect(mediaFlags(posts)).toEqual([true, true]);
    expect(posts[0]?.reading).toEqual({
      ok: true,
      tier: 'testid',
      capture: {
        ...garden,
        media: [
          { kind: 'image', address: 'https://i.pinimg.com/736x/aa/bb/cc/placeholder-garden.jpg' },
        ],
      },
    });
    expect(pinterest.anchor(posts[0]?.el as Element)?.getAttribute('data-test-id')).toBe(
      'closeup-action-bar',
    );
  });

  it('layout variant: grid items without data-test-id="pin" are read by the second tier', () => {
    const posts = readAll(pinterest, 'pinterest/grid.html', HOME);
    expect(posts.map((p) => p.reading)).toEqual([
      {
        ok: true,
        tier: 'url',
        capture: {
          kind: 'post',
          platform: 'pinterest',
          permalink: 'https://www.pinterest.com/pin/1000000000000000004/',
          postId: '1000000000000000004',
          text: 'Old grid card',
          media: [{ kind: 'image', address: 'https://i.pinimg.com/236x/placeholder-old-grid.jpg' }],
        },
      },
      { ok: false, reason: 'no-permalink' },
    ]);
  });

  it('a pin without its link gives no-permalink', () => {
    const [post] = readAll(pinterest, 'pinterest/feed.html', HOME);
    expect(pinterest.readPost(stripLinks(post?.el as Element), { url: new URL(HOME) })).toEqual({
      ok: false,
      reason: 'no-permalink',
    });
  });

  it('profile page: account capture; Pinterest’s own pages are not accounts', () => {
    const doc = load('pinterest/profile.html');
    const page = pinterest.readPage?.(doc, {
      url: new URL('https://www.pinterest.com/greenthumbs/'),
    });
    expect(page?.capture).toEqual({
      kind: 'account',
      platform: 'pinterest',
      permalink: 'https://www.pinterest.com/greenthumbs/',
      subject: '@greenthumbs',
      author: green,
    });
    expect(page?.anchor?.getAttribute('data-test-id')).toBe('profile-name');
    for (const path of [
      '/pin/1000000000000000001/',
      '/search/',
      '/ideas/',
      '/',
      '/a/',
      `/${'x'.repeat(31)}/`,
    ]) {
      expect(
        pinterest.readPage?.(doc, { url: new URL(`https://www.pinterest.com${path}`) }),
      ).toBeNull();
    }
  });

  it('report route: in-app only, and the card says there is no form', () => {
    expect(pinterest.reportRoute).toEqual({
      menuPath: ['⋯', 'Report'],
      confirmed: true,
      noForm: true,
    });
  });
});
