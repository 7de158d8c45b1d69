import { background as en } from './catalog/background.en';
import { background as es } from './catalog/background.es';
import { background as fr } from './catalog/background.fr';
import { format, type Lang } from './types';

export * from './types';

/**
 * The only words the service worker shows itself (context menu, reminder notifications). It
 * imports this, not lib/i18n/index.ts: that one spreads every page's catalog (~200 KB), all of
 * which a cold worker would have to parse before it can save the first capture. The same area
 * is in the page catalogs too, so tests/unit/i18n.test.ts checks it is complete in every language.
 */
const backgroundCatalogs = { en, fr, es } as const;

export type BackgroundKey = keyof typeof en;

export function backgroundText(
  lang: Lang,
  key: BackgroundKey,
  params?: Record<string, string | number>,
): string {
  return format(backgroundCatalogs[lang][key] ?? en[key], params);
}
