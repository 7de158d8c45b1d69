// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readPageState } from '@/lib/feed/page-state';
import { WATCH_RULES } from '@/lib/platforms/gone';
import { PLATFORM_HOSTS, PLATFORM_IDS, type PlatformId } from '@/lib/platforms/hosts';
import { html, load } from '../platforms/fixture';

const ROOT = join(__dirname, '../../fixtures/platforms');

/** The item page each "online" fixture is served at. */
const ONLINE: Record<PlatformId, [file: string, url: string]> = {
  x: ['x/status.html', 'https://x.com/placeholder/status/1'],
  instagram: ['instagram/post.html', 'https://www.instagram.com/p/AbC/'],
  facebook: ['facebook/post.html', 'https://www.facebook.com/story.php'],
  threads: ['threads/post.html', 'https://www.threads.com/@a/post/B'],
  reddit: ['reddit/post.html', 'https://www.reddit.com/r/pics/comments/1abc234/'],
  tiktok: ['tiktok/post.html', 'https://www.tiktok.com/@dance.daily/video/7430000000000000001'],
  youtube: ['youtube/post.html', 'https://www.youtube.com/watch?v=AAAAAAAAAAA'],
  bluesky: ['bluesky/post.html', 'https://bsky.app/profile/a/post/b'],
  tumblr: ['tumblr/post.html', 'https://www.tumblr.com/a/1'],
  pinterest: ['pinterest/post.html', 'https://www.pinterest.com/pin/1000000000000000001/'],
  discord: [
    'discord/channel.html',
    'https://discord.com/channels/1100000000000000001/1100000000000000002/1100000000000000010',
  ],
  telegram: ['telegram/k-channel.html', 'https://web.telegram.org/k/#-1001300000001'],
  twitch: ['twitch/vod.html', 'https://www.twitch.tv/videos/2100000001'],
};

const goneFixtures = PLATFORM_IDS.flatMap((id) =>
  readdirSync(join(ROOT, id))
    .filter((f) => f.startsWith('gone-'))
    // gone-<state>.html, or gone-<state>.<language/variant>.html for the same state in another
    // interface language.
    .map((f) => [id, f, f.slice(5, -5).split('.')[0]] as const),
);

describe('removal watch: page state', () => {
  it('every platform has at least one "gone" fixture', () => {
    expect(new Set(goneFixtures.map(([id]) => id))).toEqual(new Set(PLATFORM_IDS));
  });

  it.each(goneFixtures)('%s %s reads as its state', (id, file, state) => {
    const url = new URL(`https://${PLATFORM_HOSTS[id][0]}/item`);
    expect(readPageState(load(`${id}/${file}`), WATCH_RULES[id], url)).toBe(state);
  });

  it.each(PLATFORM_IDS)('%s: the item on its own page reads as online', (id) => {
    const [file, url] = ONLINE[id];
    expect(readPageState(load(file), WATCH_RULES[id], new URL(url))).toBe('online');
  });

  it('discord: a message link reads online only when that very message is on the page', () => {
    const other =
      'https://discord.com/channels/1100000000000000001/1100000000000000002/1100000000000000099';
    expect(
      readPageState(load('discord/channel.html'), WATCH_RULES.discord, new URL(other)),
    ).toBeNull();
  });

  it('a post whose text quotes a "gone" message is still online', () => {
    const doc = html(
      '<main><shreddit-post permalink="/r/a/comments/1/"><div slot="text-body">This account has been suspended — post was removed by Reddit lol</div></shreddit-post></main>',
    );
    expect(
      readPageState(doc, WATCH_RULES.reddit, new URL('https://www.reddit.com/r/a/comments/1/')),
    ).toBe('online');
    const tweet = html(
      '<article data-testid="tweet"><div data-testid="tweetText">Hmm...this page doesn’t exist. Account suspended. withheld in France</div></article>',
    );
    expect(readPageState(tweet, WATCH_RULES.x, new URL('https://x.com/a/status/1'))).toBe('online');
  });

  it('a page still loading, a blank page or another language: can’t tell (null)', () => {
    for (const markup of [
      '',
      '<div id="react-root"></div>',
      '<main><p>Cette page n’existe pas.</p></main>',
    ]) {
      for (const id of PLATFORM_IDS) {
        expect(readPageState(html(markup), WATCH_RULES[id], new URL(ONLINE[id][1]))).toBeNull();
      }
    }
  });

  it('queries each selector once per read, however many rules share it', () => {
    // X's rules share their empty-state and error containers; a page that matches none of them
    // (still loading) runs every rule, so each shared selector would be queried again.
    for (const id of PLATFORM_IDS) {
      const doc = html('<div id="react-root"><div data-testid="emptyState">Loading</div></div>');
      const query = vi.spyOn(doc, 'querySelectorAll');
      expect(readPageState(doc, WATCH_RULES[id], new URL(ONLINE[id][1]))).toBeNull();
      const selectors = query.mock.calls.map(([selector]) => selector);
      expect(selectors.length, id).toBeGreaterThan(0);
      expect(new Set(selectors).size, `${id}: ${selectors.join(' | ')}`).toBe(selectors.length);
    }
  });
});
