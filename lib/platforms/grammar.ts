import type { PlatformId } from './hosts';

/**
 * What a handle and a post id look like on each platform (next to the host list). A captured
 * value that doesn't fit is left out of the capture and noted, so a page can't slip a second
 * address or a line of text into a field that is printed as an id.
 */
export const PLATFORM_GRAMMAR: Record<PlatformId | 'web', { handle: RegExp; postId: RegExp }> = {
  x: { handle: /^@?[A-Za-z0-9_]{1,50}$/, postId: /^\d{1,25}$/ },
  instagram: { handle: /^@?[A-Za-z0-9._]{1,60}$/, postId: /^[A-Za-z0-9_-]{1,64}$/ },
  facebook: { handle: /^@?[A-Za-z0-9._-]{1,100}$/, postId: /^[A-Za-z0-9_-]{1,100}$/ },
  threads: { handle: /^@?[A-Za-z0-9._]{1,60}$/, postId: /^[A-Za-z0-9_-]{1,64}$/ },
  reddit: { handle: /^(?:u\/|\/u\/)?[A-Za-z0-9_-]{1,40}$/, postId: /^(?:t3_)?[A-Za-z0-9]{1,16}$/ },
  tiktok: { handle: /^@?[A-Za-z0-9._]{1,60}$/, postId: /^\d{1,25}$/ },
  youtube: { handle: /^@?[\p{L}\p{N}._·-]{1,100}$/u, postId: /^[A-Za-z0-9_-]{1,64}$/ },
  bluesky: {
    handle: /^(?:did:[a-z]+:[A-Za-z0-9._:%-]{1,200}|@?[A-Za-z0-9.-]{1,253})$/,
    postId: /^[A-Za-z0-9]{1,64}$/,
  },
  tumblr: { handle: /^@?[A-Za-z0-9-]{1,64}$/, postId: /^\d{1,25}$/ },
  pinterest: { handle: /^@?[A-Za-z0-9_.-]{1,60}$/, postId: /^\d{1,25}$/ },
  discord: { handle: /^@?[\p{L}\p{N}._-]{1,64}$/u, postId: /^\d{1,25}$/ },
  // Telegram has no per-message id on its own: chat id and message id, "-1001300000001/4021".
  telegram: { handle: /^@?[A-Za-z0-9_]{1,64}$/, postId: /^-?\d{1,25}\/\d{1,15}$/ },
  // Clips are slugs, VODs are numbers.
  twitch: { handle: /^@?[A-Za-z0-9_]{1,40}$/, postId: /^[A-Za-z0-9_-]{1,120}$/ },
  web: { handle: /^@?[\p{L}\p{N}._-]{1,100}$/u, postId: /^[A-Za-z0-9_.:-]{1,200}$/ },
};

/**
 * Hosts a platform's own content addresses live on besides the pages its feed runs on: Telegram
 * Web shows messages whose shareable address is on t.me. A capture's addresses must be on the
 * feed hosts or these.
 */
export const LINK_HOSTS: Partial<Record<PlatformId, readonly string[]>> = {
  telegram: ['t.me'],
};
