import { common as commonEn } from '@/lib/i18n/catalog/common.en';
import { common as commonEs } from '@/lib/i18n/catalog/common.es';
import { common as commonFr } from '@/lib/i18n/catalog/common.fr';
import { workspace as workspaceEn } from '@/lib/i18n/catalog/workspace.en';
import { workspace as workspaceEs } from '@/lib/i18n/catalog/workspace.es';
import { workspace as workspaceFr } from '@/lib/i18n/catalog/workspace.fr';
import { format, type Lang } from '@/lib/i18n/types';

/**
 * The popup's words: only the common and workspace catalogs, not every area's (the popup must
 * open fast; docs/ARCHITECTURE.md budgets its first script). Its two words about the removal
 * watch live in the common catalog, so the watch's whole catalog (Diagnostics) stays out.
 */
const catalogs = {
  en: { ...commonEn, ...workspaceEn },
  fr: { ...commonFr, ...workspaceFr },
  es: { ...commonEs, ...workspaceEs },
} as const;

export type PopupKey = keyof (typeof catalogs)['en'];
export type PopupTranslate = (key: PopupKey, params?: Record<string, string | number>) => string;

export function popupTranslator(lang: Lang): PopupTranslate {
  return (key, params) =>
    format((catalogs[lang] as Record<string, string>)[key] ?? catalogs.en[key], params);
}
