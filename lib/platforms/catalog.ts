/**
 * Each platform's entry (display name, hosts), one constant each: a feed content script
 * imports only its own (the 25 KB budget); the catalog below gathers them. Brand names are the
 * same in every language.
 */
export const X_PLATFORM = {
  name: 'X',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
} as const;
export const INSTAGRAM_PLATFORM = {
  name: 'Instagram',
  hosts: ['www.instagram.com', 'instagram.com'],
} as const;
export const FACEBOOK_PLATFORM = {
  name: 'Facebook',
  hosts: ['www.facebook.com', 'facebook.com', 'm.facebook.com', 'web.facebook.com'],
} as const;
export const THREADS_PLATFORM = {
  name: 'Threads',
  hosts: ['www.threads.com', 'threads.com', 'www.threads.net', 'threads.net'],
} as const;
export const REDDIT_PLATFORM = {
  name: 'Reddit',
  hosts: ['www.reddit.com', 'reddit.com', 'old.reddit.com', 'new.reddit.com'],
} as const;
export const TIKTOK_PLATFORM = { name: 'TikTok', hosts: ['www.tiktok.com', 'tiktok.com'] } as const;
export const YOUTUBE_PLATFORM = {
  name: 'YouTube',
  hosts: ['www.youtube.com', 'youtube.com', 'm.youtube.com'],
} as const;
export const BLUESKY_PLATFORM = { name: 'Bluesky', hosts: ['bsky.app'] } as const;
export const TUMBLR_PLATFORM = { name: 'Tumblr', hosts: ['www.tumblr.com', 'tumblr.com'] } as const;
export const SNAPCHAT_PLATFORM = { name: 'Snapchat', hosts: [] } as const;
// Pinterest serves country domains; the ones for Beacon's languages and the largest markets.
export const PINTEREST_PLATFORM = {
  name: 'Pinterest',
  hosts: [
    'www.pinterest.com',
    'pinterest.com',
    'www.pinterest.co.uk',
    'www.pinterest.ca',
    'www.pinterest.fr',
    'www.pinterest.es',
    'www.pinterest.com.mx',
    'www.pinterest.de',
  ],
} as const;
export const DISCORD_PLATFORM = { name: 'Discord', hosts: ['discord.com'] } as const;
// Web K lives under /k/, Web A under /a/ (the older hosts redirect there).
export const TELEGRAM_PLATFORM = { name: 'Telegram', hosts: ['web.telegram.org'] } as const;
export const TWITCH_PLATFORM = {
  name: 'Twitch',
  hosts: ['www.twitch.tv', 'twitch.tv', 'clips.twitch.tv', 'm.twitch.tv'],
} as const;
export const WHATSAPP_PLATFORM = { name: 'WhatsApp', hosts: [] } as const;

/**
 * Every platform Beacon knows by name: the one list that the feed, the evidence form, the
 * directory, the next steps and the case file all read their platform ids, display names and
 * hosts from. Plain data and two small lookups, nothing else: the feed content scripts and the
 * build config import it, so it must stay free of DOM code and of other modules.
 *
 * Adding a platform is its entry constant above and one line here. An entry with `hosts` gets a feed content script (it then
 * also needs an adapter in ./registry.ts and an `entrypoints/feed-<id>.content.ts`); an entry
 * with no hosts is still offered in the evidence form and named in documents.
 */
export const PLATFORM_CATALOG = {
  x: X_PLATFORM,
  instagram: INSTAGRAM_PLATFORM,
  facebook: FACEBOOK_PLATFORM,
  threads: THREADS_PLATFORM,
  reddit: REDDIT_PLATFORM,
  tiktok: TIKTOK_PLATFORM,
  youtube: YOUTUBE_PLATFORM,
  bluesky: BLUESKY_PLATFORM,
  tumblr: TUMBLR_PLATFORM,
  snapchat: SNAPCHAT_PLATFORM,
  pinterest: PINTEREST_PLATFORM,
  discord: DISCORD_PLATFORM,
  telegram: TELEGRAM_PLATFORM,
  twitch: TWITCH_PLATFORM,
  whatsapp: WHATSAPP_PLATFORM,
} as const satisfies Record<string, { name: string; hosts: readonly string[] }>;

/** Any platform Beacon knows by name. */
export type KnownPlatformId = keyof typeof PLATFORM_CATALOG;

/** The platforms whose pages the feed runs on: the catalog entries that list hosts. */
export type FeedPlatformId = {
  [K in KnownPlatformId]: (typeof PLATFORM_CATALOG)[K]['hosts'] extends readonly [] ? never : K;
}[KnownPlatformId];

// The /*#__PURE__*/ marks let the bundler drop these lists from the feed content scripts, which
// read only their own host constant and PLATFORM_NAMES (the 25 KB budget).
export const KNOWN_PLATFORM_IDS = /*#__PURE__*/ Object.keys(PLATFORM_CATALOG) as KnownPlatformId[];

export const FEED_PLATFORM_IDS = /*#__PURE__*/ KNOWN_PLATFORM_IDS.filter(
  (id) => PLATFORM_CATALOG[id].hosts.length > 0,
) as FeedPlatformId[];

/**
 * The id stored for evidence from any other site. The workspace shows it in the reader's
 * language; documents write "Web", which reads the same in English, French and Spanish.
 */
export const OTHER_SITE_ID = 'web';

/**
 * How a platform id is written for people. Brand names are not translated; an id Beacon doesn't
 * know (an old vault, an imported case) is shown as it was stored.
 */
export function platformName(id: string): string {
  const key = id.toLowerCase();
  if (key === OTHER_SITE_ID) return 'Web';
  return Object.hasOwn(PLATFORM_CATALOG, key) ? PLATFORM_CATALOG[key as KnownPlatformId].name : id;
}

/** The report channels that go to a platform itself (its in-app report or its own form). */
export const PLATFORM_REPORT_CHANNELS = ['platform-in-app', 'platform-form'] as const;

/** Whether a report channel is the platform's own (rather than a hotline, police, …). */
export function isPlatformChannel(channel: string): boolean {
  return (PLATFORM_REPORT_CHANNELS as readonly string[]).includes(channel);
}
