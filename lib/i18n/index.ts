import { background as backgroundEn } from './catalog/background.en';
import { background as backgroundEs } from './catalog/background.es';
import { background as backgroundFr } from './catalog/background.fr';
import { caseDetails as caseDetailsEn } from './catalog/case.en';
import { caseDetails as caseDetailsEs } from './catalog/case.es';
import { caseDetails as caseDetailsFr } from './catalog/case.fr';
import { casefile as casefileEn } from './catalog/casefile.en';
import { casefile as casefileEs } from './catalog/casefile.es';
import { casefile as casefileFr } from './catalog/casefile.fr';
import { casework as caseworkEn } from './catalog/casework.en';
import { casework as caseworkEs } from './catalog/casework.es';
import { casework as caseworkFr } from './catalog/casework.fr';
import { common as commonEn } from './catalog/common.en';
import { common as commonEs } from './catalog/common.es';
import { common as commonFr } from './catalog/common.fr';
import { directory as directoryEn } from './catalog/directory.en';
import { directory as directoryEs } from './catalog/directory.es';
import { directory as directoryFr } from './catalog/directory.fr';
import { files as filesEn } from './catalog/files.en';
import { files as filesEs } from './catalog/files.es';
import { files as filesFr } from './catalog/files.fr';
import { notices as noticesEn } from './catalog/notices.en';
import { notices as noticesEs } from './catalog/notices.es';
import { notices as noticesFr } from './catalog/notices.fr';
import { steps as stepsEn } from './catalog/steps.en';
import { steps as stepsEs } from './catalog/steps.es';
import { steps as stepsFr } from './catalog/steps.fr';
import { watch as watchEn } from './catalog/watch.en';
import { watch as watchEs } from './catalog/watch.es';
import { watch as watchFr } from './catalog/watch.fr';
import { workspace as workspaceEn } from './catalog/workspace.en';
import { workspace as workspaceEs } from './catalog/workspace.es';
import { workspace as workspaceFr } from './catalog/workspace.fr';
import { format, type Lang } from './types';

export * from './types';

/**
 * The page catalogs (popup, workspace, case file). Add an area by importing its three files
 * here; French and Spanish are typed against English, so a missing key fails `npm run typecheck`
 * and tests/unit/i18n.test.ts. The background's own words are an area too, but the service
 * worker reads them through lib/i18n/background.ts, never this file (it would bundle every area).
 */
export const catalogs = {
  en: {
    ...commonEn,
    ...caseworkEn,
    ...casefileEn,
    ...directoryEn,
    ...stepsEn,
    ...workspaceEn,
    ...noticesEn,
    ...watchEn,
    ...filesEn,
    ...caseDetailsEn,
    ...backgroundEn,
  },
  fr: {
    ...commonFr,
    ...caseworkFr,
    ...casefileFr,
    ...directoryFr,
    ...stepsFr,
    ...workspaceFr,
    ...noticesFr,
    ...watchFr,
    ...filesFr,
    ...caseDetailsFr,
    ...backgroundFr,
  },
  es: {
    ...commonEs,
    ...caseworkEs,
    ...casefileEs,
    ...directoryEs,
    ...stepsEs,
    ...workspaceEs,
    ...noticesEs,
    ...watchEs,
    ...filesEs,
    ...caseDetailsEs,
    ...backgroundEs,
  },
} as const;

export type MessageKey = keyof (typeof catalogs)['en'];

export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const text = (catalogs[lang] as Record<string, string>)[key] ?? catalogs.en[key];
  return format(text, params);
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params);
}
