import { card as en } from './catalog/card.en';
import { card as es } from './catalog/card.es';
import { card as fr } from './catalog/card.fr';
import type { Lang } from './types';

/** The in-page card's post-capture words in one language (sent with each capture's answer). */
export function cardWords(lang: Lang): Record<string, string> {
  return { ...{ en, fr, es }[lang] };
}
