/**
 * How platform ids are written in a document. Brand names are not translated; an id Beacon
 * doesn't know is shown as it was stored.
 */
const NAMES: Record<string, string> = {
  x: 'X',
  instagram: 'Instagram',
  facebook: 'Facebook',
  threads: 'Threads',
  reddit: 'Reddit',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  bluesky: 'Bluesky',
  tumblr: 'Tumblr',
  pinterest: 'Pinterest',
  discord: 'Discord',
  telegram: 'Telegram',
  twitch: 'Twitch',
  snapchat: 'Snapchat',
  whatsapp: 'WhatsApp',
  web: 'Web',
};

export function platformName(id: string): string {
  return NAMES[id.toLowerCase()] ?? id;
}
