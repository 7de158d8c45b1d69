import type { Adapter } from './adapter';
import { bluesky } from './bluesky';
import { discord } from './discord';
import { facebook } from './facebook';
import { platformForHost } from './hosts';
import { instagram } from './instagram';
import { pinterest } from './pinterest';
import { reddit } from './reddit';
import { telegram } from './telegram';
import { threads } from './threads';
import { tiktok } from './tiktok';
import { tumblr } from './tumblr';
import { twitch } from './twitch';
import { x } from './x';
import { youtube } from './youtube';

/** Every adapter the feed content script knows, one per platform in hosts.ts. */
export const ADAPTERS: readonly Adapter[] = [
  x,
  instagram,
  facebook,
  threads,
  reddit,
  tiktok,
  youtube,
  bluesky,
  tumblr,
  pinterest,
  discord,
  telegram,
  twitch,
];

/** The adapter for a page's hostname, or null when Beacon has none for it. */
export function adapterForHost(hostname: string): Adapter | null {
  const id = platformForHost(hostname);
  return ADAPTERS.find((adapter) => adapter.id === id) ?? null;
}

/** One selector for the watcher's `matches`/`closest` checks: all of the adapter's post tiers. */
export function feedSelector(adapter: Adapter): string {
  return adapter.posts.join(',');
}

/** Posts under `root`, by the adapter's ordered fallbacks: the first selector that finds any wins. */
export function findPosts(adapter: Adapter, root: ParentNode): Element[] {
  for (const selector of adapter.posts) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return [...found];
  }
  return [];
}
