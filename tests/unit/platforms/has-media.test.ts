// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORM_HOSTS } from '@/lib/platforms/hosts';
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
        const carriesMedia = reading.ok || reading.reason === 'no-permalink';
        expect(adapter.hasMedia?.(post), `${file}: ${post.outerHTML.slice(0, 120)}`).toBe(
          carriesMedia,
        );
      }
    });
  },
);
