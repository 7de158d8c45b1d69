import { feed as en } from '../i18n/catalog/feed.en';
import { feed as es } from '../i18n/catalog/feed.es';
import { feed as fr } from '../i18n/catalog/feed.fr';
import { format, type Lang } from '../i18n/types';

export type FeedKey = keyof typeof en;
export type FeedText = (key: FeedKey, params?: Record<string, string | number>) => string;

const catalogs: Record<Lang, Record<FeedKey, string>> = { en, fr, es };

/** The feed's words in one language (the content script's own tiny catalog). */
export function feedText(lang: Lang): FeedText {
  return (key, params) => format(catalogs[lang][key] ?? en[key], params);
}
