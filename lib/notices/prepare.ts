import type { Case } from '../case/model';
import type { NextStep } from '../escalation/types';
import type { Lang } from '../i18n';
import { elementLabel, missingHeader, missingMarker } from './define';
import type { NoticeId } from './ids';
import { buildNotice } from './index';

/** A step's notice ready to send: the user's own version if they edited it, else the prepared one. */
export type PreparedNotice = {
  id: NoticeId;
  subject: string;
  /** The text to send: the user's edit when there is one, else the prepared text. */
  text: string;
  /** The prepared text (what "reset" brings back), without the MISSING header. */
  prepared: string;
  /** The user edited the text (kept, encrypted, in `Case.noticeEdits`). */
  edited: boolean;
  /** Ids of the required elements the prepared text lacks (recheck with `missingIn`). */
  missingIds: string[];
  /** Labels of the required elements still missing from `text`. */
  missing: string[];
  /** The language the text is written in (English for the US-law notices). */
  textLang: Lang;
  /** Only where email is the channel; it carries `text`. Beacon never sends anything itself. */
  mailto?: string;
  /** Things to know before sending (not part of the text). */
  warnings: string[];
  /** Set when the text is not in the user's language. */
  fellBackTo?: Lang;
  /** A faithful version in the user's language, to read, not to send (US-law notices). */
  readerText?: string;
};

/**
 * The required elements still missing from a text: those whose "[missing: …]" marker is still
 * there. Run on every edit, so replacing a marker with the real value clears it at once.
 */
export function missingIn(text: string, ids: readonly string[], textLang: Lang): string[] {
  return ids.filter((id) => text.includes(missingMarker(textLang, id)));
}

/**
 * The step's notice, filled from what the escalation engine already resolved for the step (its
 * directory entry, its evidence items, the report it cites), with the user's edit if any.
 * Undefined when the step has no notice.
 */
export function prepareNotice(
  step: NextStep,
  kase: Case,
  lang: Lang,
  now: Date,
): PreparedNotice | undefined {
  if (!step.notice) return undefined;
  const resolved = step.resolved;
  const result = buildNotice(
    step.notice,
    {
      kase,
      now,
      platform: step.platform,
      target: resolved?.entry,
      evidence: resolved?.evidence.length ? resolved.evidence : undefined,
      earlierReport: resolved?.earlierReport,
    },
    lang,
  );
  const textLang = result.fellBackTo ?? lang;
  const header = missingHeader(textLang, result.missing);
  const prepared = result.text.startsWith(header) ? result.text.slice(header.length) : result.text;
  const edit = kase.noticeEdits[step.id];
  const text = edit?.text ?? prepared;
  const missingIds = result.missing;
  const email = resolved?.entry?.channel.email;
  return {
    id: step.notice,
    subject: result.subject,
    text,
    prepared,
    edited: !!edit,
    missingIds,
    missing: missingIn(text, missingIds, textLang).map((id) => elementLabel(lang, id)),
    textLang,
    mailto: email
      ? `mailto:${email}?subject=${encodeURIComponent(result.subject)}&body=${encodeURIComponent(text)}`
      : undefined,
    warnings: result.warnings,
    fellBackTo: result.fellBackTo,
    readerText: result.readerText,
  };
}
