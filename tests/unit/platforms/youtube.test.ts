// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { youtube } from '@/lib/platforms/youtube';
import { HOSTILE, mediaFlags, readAll, stripLinks } from './fixture';

const HOME = 'https://www.youtube.com/';
const coastal = {
  handle: 'CoastalKitchen',
  displayName: 'Coastal Kitchen',
  profileUrl: 'https://www.youtube.com/@CoastalKitchen',
};

describe('youtube adapter', () => {
  it('home: videos, a Short and an image post get shortcuts; a text post does not', () => {
    const posts = readAll(youtube, 'youtube/feed.html', HOME);
    // Five rich items; the two community posts inside them are read through their item.
    expect(mediaFlags(posts)).toEqual([true, true, true, false, false, true, false]);
    expect(posts.map((p) => p.reading)).toEqual([
      {
        ok: true,
        tier: 'testid',
        capture: {
          kind: 'post',
          platform: 'youtube',
          permalink: 'https://www.youtube.com/watch?v=Ab3dE5gH1jK',
          postId: 'Ab3dE5gH1jK',
          author: coastal,
          text: 'Ten minute fish stew',
          media: [
            {
              kind: 'video',
              address: 'https://i.ytimg.com/vi/Ab3dE5gH1jK/hqdefault.jpg?sqp=-oaymw',
            },
          ],
        },
      },
      {
        ok: true,
        tier: 'testid',
        capture: {
          kind: 'post',
          platform: 'youtube',
          permalink: 'https://www.youtube.com/watch?v=Zz9yX8wV7uT',
          postId: 'Zz9yX8wV7uT',
          author: {
            handle: 'TrickShotTeam',
            displayName: 'Trick Shot Team',
            profileUrl: 'https://www.youtube.com/@TrickShotTeam',
          },
          text: `${HOSTILE} trick shots`,
          media: [{ kind: 'video', address: 'https://i.ytimg.com/vi/Zz9yX8wV7uT/hqdefault.jpg' }],
        },
      },
      {
        ok: true,
        tier: 'url',
        capture: {
          kind: 'post',
          platform: 'youtube',
          permalink: 'https://www.youtube.com/shorts/Sh0rtVid01a',
          postId: 'Sh0rtVid01a',
          text: 'Quick pancake flip',
          media: [{ kind: 'video', address: 'https://i.ytimg.com/vi/Sh0rtVid01a/oar2.jpg' }],
        },
      },
      { ok: false, reason: 'no-media' },
      { ok: false, reason: 'not-a-post' },
      {
        ok: true,
        tier: 'testid',
        capture: {
          kind: 'post',
          platform: 'youtube',
          permalink: 'https://www.youtube.com/post/UgkxImage00002',
          postId: 'UgkxImage00002',
          author: coastal,
          text: 'Behind the scenes',
          media: [{ kind: 'image', address: 'https://yt3.ggpht.com/post_image_1=s640' }],
        },
      },
      { ok: false, reason: 'not-a-post' },
    ]);
  });

  it('watch page: the video (not its side column or comments) and the side items', () => {
    const posts = readAll(
      youtube,
      'youtube/post.html',
      'https://www.youtube.com/watch?v=Ab3dE5gH1jK&t=10s',
    );
    expect(posts.map((p) => p.reading)).toEqual([
      {
        ok: true,
        tier: 'testid',
        capture: {
          kind: 'post',
          platform: 'youtube',
          permalink: 'https://www.youtube.com/watch?v=Ab3dE5gH1jK',
          postId: 'Ab3dE5gH1jK',
          author: coastal,
          text: 'Ten minute fish stew',
          media: [{ kind: 'video' }],
        },
      },
      {
        ok: true,
        tier: 'testid',
        capture: {
          kind: 'post',
          platform: 'youtube',
          permalink: 'https://www.youtube.com/watch?v=Qq1wE2rT3yU',
          postId: 'Qq1wE2rT3yU',
          text: 'Stock from scraps',
          media: [{ kind: 'video', address: 'https://i.ytimg.com/vi/Qq1wE2rT3yU/hqdefault.jpg' }],
        },
      },
    ]);
    expect(youtube.anchor(posts[0]?.el as Element)?.id).toBe('top-level-buttons-computed');
  });

  it('Shorts player: the active Short, named by the address', () => {
    const posts = readAll(
      youtube,
      'youtube/modal.html',
      'https://www.youtube.com/shorts/Sh0rtVid01a',
    );
    expect(posts.map((p) => p.reading)).toEqual([
      {
        ok: true,
        tier: 'structure',
        capture: {
          kind: 'post',
          platform: 'youtube',
          permalink: 'https://www.youtube.com/shorts/Sh0rtVid01a',
          postId: 'Sh0rtVid01a',
          author: {
            handle: 'PancakeLab',
            displayName: '@PancakeLab',
            profileUrl: 'https://www.youtube.com/@PancakeLab',
          },
          text: 'Quick pancake flip',
          media: [{ kind: 'video' }],
        },
      },
    ]);
  });

  it('no video link gives no-permalink', () => {
    const [post] = readAll(youtube, 'youtube/feed.html', HOME);
    expect(youtube.readPost(stripLinks(post?.el as Element), { url: new URL(HOME) })).toEqual({
      ok: false,
      reason: 'no-permalink',
    });
  });
});

describe('youtube adapter: lockup view models on their own', () => {
  it('history page and Shorts shelf: lockups are the posts (second tier)', () => {
    const posts = readAll(
      youtube,
      'youtube/layout-lockup.html',
      'https://www.youtube.com/feed/history',
    );
    expect(posts.map((p) => p.el.localName)).toEqual([
      'yt-lockup-view-model',
      'yt-lockup-view-model',
      'ytm-shorts-lockup-view-model',
    ]);
    expect(posts.map((p) => p.reading)).toEqual([
      {
        ok: true,
        tier: 'testid',
        capture: {
          kind: 'post',
          platform: 'youtube',
          permalink: 'https://www.youtube.com/watch?v=Ab3dE5gH1jK',
          postId: 'Ab3dE5gH1jK',
          author: {
            handle: 'CoastalKitchen',
            displayName: 'Coastal Kitchen',
            profileUrl: 'https://www.youtube.com/@CoastalKitchen',
          },
          text: 'Ten minute fish stew',
          media: [{ kind: 'video', address: 'https://i.ytimg.com/vi/Ab3dE5gH1jK/hqdefault.jpg' }],
        },
      },
      { ok: false, reason: 'no-permalink' },
      {
        ok: true,
        tier: 'url',
        capture: {
          kind: 'post',
          platform: 'youtube',
          permalink: 'https://www.youtube.com/shorts/Sh0rtVid01a',
          postId: 'Sh0rtVid01a',
          text: 'Quick pancake flip',
          media: [{ kind: 'video', address: 'https://i.ytimg.com/vi/Sh0rtVid01a/oar2.jpg' }],
        },
      },
    ]);
  });
});
