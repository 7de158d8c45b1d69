// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { twitch } from '@/lib/platforms/twitch';
import { load, readAll } from './fixture';

const CLIP = 'https://www.twitch.tv/pixel_garden/clip/GreenhouseClipSlug-xyz';
const VOD = 'https://www.twitch.tv/videos/2100000001';
const pixel = {
  handle: 'pixel_garden',
  displayName: 'pixel_garden',
  profileUrl: 'https://www.twitch.tv/pixel_garden',
};

describe('twitch adapter', () => {
  it('clip page: the player (named by the address) and a related clip card', () => {
    const posts = readAll(twitch, 'twitch/clip.html', `${CLIP}?filter=clips`);
    expect(posts.map((p) => p.reading)).toEqual([
      {
        ok: true,
        tier: 'testid',
        capture: {
          kind: 'post',
          platform: 'twitch',
          permalink: CLIP,
          postId: 'GreenhouseClipSlug-xyz',
          author: pixel,
          text: 'Building a greenhouse',
          media: [
            {
              kind: 'video',
              address:
                'https://production.assets.clips.twitchcdn.net/v2/media/placeholder-clip/video.mp4',
            },
          ],
        },
      },
      {
        ok: true,
        tier: 'testid',
        capture: {
          kind: 'post',
          platform: 'twitch',
          permalink: 'https://www.twitch.tv/pixel_garden/clip/OtherClipSlugAbc-123',
          postId: 'OtherClipSlugAbc-123',
          author: pixel,
          text: 'Another moment',
          media: [
            {
              kind: 'video',
              address: 'https://static-cdn.jtvnw.net/twitch-clips/placeholder-other-480x272.jpg',
            },
          ],
        },
      },
    ]);
  });

  it('clips.twitch.tv address names the clip on its own', () => {
    const [player] = readAll(
      twitch,
      'twitch/clip.html',
      'https://clips.twitch.tv/GreenhouseClipSlug-xyz',
    );
    expect(player?.reading).toMatchObject({
      ok: true,
      capture: {
        permalink: 'https://clips.twitch.tv/GreenhouseClipSlug-xyz',
        postId: 'GreenhouseClipSlug-xyz',
      },
    });
  });

  it('VOD page: the player; its blob address is dropped', () => {
    const [post] = readAll(twitch, 'twitch/vod.html', VOD);
    expect(post?.reading).toEqual({
      ok: true,
      tier: 'testid',
      capture: {
        kind: 'post',
        platform: 'twitch',
        permalink: VOD,
        postId: '2100000001',
        author: pixel,
        text: 'Sunday stream <b>bold</b>',
        media: [{ kind: 'video' }],
      },
    });
  });

  it('videos list: a VOD card gets a shortcut; a live card and other articles do not', () => {
    const posts = readAll(
      twitch,
      'twitch/videos.html',
      'https://www.twitch.tv/pixel_garden/videos',
    );
    expect(posts.map((p) => p.reading.ok)).toEqual([true, false, false]);
    expect(posts[0]?.reading).toMatchObject({ capture: { permalink: VOD, author: pixel } });
    expect(posts.slice(1).map((p) => p.reading)).toEqual([
      { ok: false, reason: 'no-permalink' },
      { ok: false, reason: 'not-a-post' },
    ]);
  });

  it('a live channel page: the player has no clip or VOD to name', () => {
    const [post] = readAll(twitch, 'twitch/vod.html', 'https://www.twitch.tv/pixel_garden');
    expect(post?.reading).toEqual({ ok: false, reason: 'no-permalink' });
  });

  it('channel page: account capture; Twitch’s own pages and clip hosts are not accounts', () => {
    const doc = load('twitch/videos.html');
    for (const path of ['/pixel_garden', '/pixel_garden/videos', '/Pixel_Garden/about']) {
      expect(
        twitch.readPage?.(doc, { url: new URL(`https://www.twitch.tv${path}`) })?.capture,
      ).toEqual({
        kind: 'account',
        platform: 'twitch',
        permalink: 'https://www.twitch.tv/pixel_garden',
        subject: '@pixel_garden',
        author: pixel,
      });
    }
    for (const url of [
      'https://www.twitch.tv/directory',
      'https://www.twitch.tv/videos/2100000001',
      'https://www.twitch.tv/search',
      'https://clips.twitch.tv/GreenhouseClipSlug-xyz',
      CLIP,
    ]) {
      expect(twitch.readPage?.(doc, { url: new URL(url) })).toBeNull();
    }
  });

  it('report route: in-app labels from 2018, unconfirmed; no form', () => {
    expect(twitch.reportRoute).toEqual({
      menuPath: ['⋮', 'Report'],
      confirmed: false,
      noForm: true,
    });
  });
});
