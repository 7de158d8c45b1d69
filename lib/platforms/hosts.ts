/**
 * The hosts Beacon's feed content script runs on, one entry per platform adapter.
 * Kept apart from the adapters so the build config can import it without pulling DOM code.
 */
export const PLATFORM_HOSTS = {
  x: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  instagram: ['www.instagram.com', 'instagram.com'],
  facebook: ['www.facebook.com', 'facebook.com', 'm.facebook.com', 'web.facebook.com'],
  threads: ['www.threads.com', 'threads.com', 'www.threads.net', 'threads.net'],
  reddit: ['www.reddit.com', 'reddit.com', 'old.reddit.com', 'new.reddit.com'],
  tiktok: ['www.tiktok.com', 'tiktok.com'],
  youtube: ['www.youtube.com', 'youtube.com', 'm.youtube.com'],
  bluesky: ['bsky.app'],
  tumblr: ['www.tumblr.com', 'tumblr.com'],
  // Pinterest serves country domains; the ones for Beacon's languages and the largest markets.
  pinterest: [
    'www.pinterest.com',
    'pinterest.com',
    'www.pinterest.co.uk',
    'www.pinterest.ca',
    'www.pinterest.fr',
    'www.pinterest.es',
    'www.pinterest.com.mx',
    'www.pinterest.de',
  ],
  discord: ['discord.com'],
  // Web K lives under /k/, Web A under /a/ (the older hosts redirect there).
  telegram: ['web.telegram.org'],
  twitch: ['www.twitch.tv', 'twitch.tv', 'clips.twitch.tv', 'm.twitch.tv'],
} as const satisfies Record<string, readonly string[]>;

export type PlatformId = keyof typeof PLATFORM_HOSTS;

export const PLATFORM_IDS = Object.keys(PLATFORM_HOSTS) as PlatformId[];

/** The content-script match patterns of one platform (https only). */
export function matchesFor(id: PlatformId): string[] {
  return PLATFORM_HOSTS[id].map((host) => `https://${host}/*`);
}

export const FEED_MATCHES: readonly string[] = PLATFORM_IDS.flatMap(matchesFor);

/** Which platform a hostname belongs to, or null when Beacon has no adapter for it. */
export function platformForHost(hostname: string): PlatformId | null {
  const host = hostname.toLowerCase();
  for (const id of PLATFORM_IDS) {
    if ((PLATFORM_HOSTS[id] as readonly string[]).includes(host)) return id;
  }
  return null;
}
