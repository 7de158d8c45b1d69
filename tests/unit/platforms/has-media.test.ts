// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORM_HOSTS } from '@/lib/platforms/hosts';
import { anyMedia } from '@/lib/platforms/read';
import { ADAPTERS, findPosts } from '@/lib/platforms/registry';
import { load } from './fixture';

/**
 * An adapter's cheap `hasMedia` decides which posts get a shortcut on the feed's hot path, and
 * `readPost` runs at click time: they must agree on every post of every fixture, or a media
 * post would get no shortcut (or a text post one).
 */
const ROOT = join(__dirname, '../../fixtures/platforms');

describe.each(ADAPTERS.filter((a) => a.hasMedia).map((a) => [a.id, a] as const))(
  '%s hasMedia',
  (id, adapter) => {
    const files = readdirSync(join(ROOT, id)).filter((f) => f.endsWith('.html'));
    const page = { url: new URL(`https://${PLATFORM_HOSTS[adapter.id][0]}/`) };
    it.each(files)('agrees with readPost on %s', (file) => {
      const posts = findPosts(adapter, load(`${id}/${file}`));
      for (const post of posts) {
        const reading = adapter.readPost(post, page);
        // readPost answers "no-permalink" before it looks at media (lib/platforms/read.ts
        // `reading`), so that answer says nothing about media: a video whose link is gone and a
        // playlist card with neither (youtube/layout-lockup.html) both give it. Those posts are
        // pinned one by one below.
        if (!reading.ok && reading.reason === 'no-permalink') continue;
        expect(adapter.hasMedia?.(post), `${file}: ${post.outerHTML.slice(0, 120)}`).toBe(
          reading.ok,
        );
      }
    });
  },
);

describe('posts whose link cannot be read', () => {
  const youtube = ADAPTERS.find((a) => a.id === 'youtube');
  it('a YouTube playlist lockup with no link and no thumbnail gets no shortcut', () => {
    const posts = findPosts(youtube as never, load('youtube/layout-lockup.html'));
    const page = { url: new URL('https://www.youtube.com/feed/history') };
    const bare = posts.filter((p) => {
      const r = youtube?.readPost(p, page);
      return r && !r.ok && r.reason === 'no-permalink';
    });
    expect(bare).toHaveLength(1);
    expect(youtube?.hasMedia?.(bare[0] as Element)).toBe(false);
  });

  it('a YouTube video whose links were removed keeps its shortcut (the click then says why)', () => {
    const [post] = findPosts(youtube as never, load('youtube/feed.html'));
    const stripped = post?.cloneNode(true) as Element;
    for (const a of stripped.querySelectorAll('a[href]')) a.removeAttribute('href');
    const r = youtube?.readPost(stripped, { url: new URL('https://www.youtube.com/') });
    expect(r).toEqual({ ok: false, reason: 'no-permalink' });
    expect(youtube?.hasMedia?.(stripped)).toBe(true);
  });
});

describe('anyMedia', () => {
  const RULES = [
    ['[data-testid="tweetPhoto"]', 'image', 'testid'],
    ['video', 'video', 'structure'],
  ] as const;
  const CARD = '[data-testid="card.wrapper"]';
  const post = (html: string) => {
    const el = document.createElement('article');
    el.innerHTML = html;
    return el;
  };

  it('finds media of any rule, in any order in the post', () => {
    expect(anyMedia(post('<p>text</p><video></video>'), RULES, CARD)).toBe(true);
    expect(anyMedia(post('<div data-testid="tweetPhoto"></div>'), RULES, CARD)).toBe(true);
    expect(anyMedia(post('<p>text only</p>'), RULES, CARD)).toBe(false);
  });

  it('looks past a first match inside the link card to the post’s own media', () => {
    const html = `<div data-testid="card.wrapper"><div data-testid="tweetPhoto"></div></div>
      <div data-testid="tweetPhoto"></div>`;
    expect(anyMedia(post(html), RULES, CARD)).toBe(true);
    const cardVideoThenOwn = `<div data-testid="card.wrapper"><video></video></div><video></video>`;
    expect(anyMedia(post(cardVideoThenOwn), RULES, CARD)).toBe(true);
  });

  it('does not count media that is only inside the link card', () => {
    const html = `<div data-testid="card.wrapper"><div data-testid="tweetPhoto"></div><video></video></div>`;
    expect(anyMedia(post(html), RULES, CARD)).toBe(false);
    expect(anyMedia(post(html), RULES)).toBe(true);
  });
});
