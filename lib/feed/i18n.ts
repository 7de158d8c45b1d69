import type { card } from '../i18n/catalog/card.en';
import { feed as en } from '../i18n/catalog/feed.en';
import { feed as es } from '../i18n/catalog/feed.es';
import { feed as fr } from '../i18n/catalog/feed.fr';
import { format, type Lang } from '../i18n/types';

/** The card's words after a capture come from the background (CaptureResult.words). */
export type CardKey = keyof typeof card;
export type FeedKey = keyof typeof en | CardKey;
export type FeedText = (key: FeedKey, params?: Record<string, string | number>) => string;

const catalogs: Record<Lang, Record<string, string>> = { en, fr, es };

/**
 * The feed's words in one language: the content script's own tiny catalog (shortcut labels,
 * refusals), plus `words` — the card's post-capture words, sent by the background in the same
 * language — when there is an answer to show.
 */
export function feedText(lang: Lang, words?: Readonly<Record<string, string>>): FeedText {
  return (key, params) =>
    format(
      words?.[key] ?? catalogs[lang][key] ?? (en as Record<string, string>)[key] ?? key,
      params,
    );
}
