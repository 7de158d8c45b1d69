import type { Lang } from '../i18n';
import { platformAppeal } from './appeal';
import type { Notice, NoticeContext, NoticeResult } from './define';
import { dmca512 } from './dmca-512';
import { dsaArticle16 } from './dsa-article-16';
import { hashtagAccount } from './hashtag-account';
import { hotlineSummary } from './hotline-summary';
import type { NoticeId } from './ids';
import { platformChildSafety } from './platform-child-safety';
import { policeLetter } from './police-letter';
import { takeItDownAct } from './take-it-down-act';

export type { ElementSpec, Filled, Notice, NoticeContext, NoticeResult, Signer } from './define';
export { defineNotice, elementLabel, missingHeader, missingMarker } from './define';
export { NOTICE_IDS, type NoticeId } from './ids';

export const NOTICES: Record<NoticeId, Notice> = {
  'platform-child-safety': platformChildSafety,
  'take-it-down-act': takeItDownAct,
  'dsa-article-16': dsaArticle16,
  'dmca-512': dmca512,
  'hotline-summary': hotlineSummary,
  'police-letter': policeLetter,
  'platform-appeal': platformAppeal,
  'hashtag-account': hashtagAccount,
};

/** Fill a notice from the case: text to copy/print, what is missing, mailto where email is the channel. */
export function buildNotice(id: NoticeId, ctx: NoticeContext, lang: Lang): NoticeResult {
  return NOTICES[id].build(ctx, lang);
}

/** The elements a notice needs, in order, with whether each is required for this case. */
export function noticeElements(
  id: NoticeId,
  ctx: NoticeContext,
): { id: string; required: boolean }[] {
  return NOTICES[id].elements.map((e) => ({
    id: e.id,
    required: typeof e.required === 'function' ? e.required(ctx) : e.required,
  }));
}
