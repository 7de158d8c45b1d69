import { platformName } from '../directory';
import { type Lang, type MessageKey, t } from '../i18n';
import { formatDayMonth, formatDayMonthTime } from '../i18n/dates';
import type { Reason } from './types';

export type RenderOptions = {
  /** IANA zone for dates; the browser's own zone when absent (tests pass 'UTC'). */
  timeZone?: string;
};

/**
 * The sentence(s) explaining a step: first what happened on the platform (with the case's
 * dates), then why this step helps. Plain words; never the victim's name.
 */
export function renderReason(why: Reason, lang: Lang, options: RenderOptions = {}): string {
  const platform = why.platform ? platformName(why.platform) : '';
  const date = why.reportedAt ? formatDayMonth(why.reportedAt, lang, options.timeZone) : '';
  const params: Record<string, string | number> = {
    platform,
    date,
    hours: why.hours ?? 0,
    service: why.service ?? '',
    number: why.number ?? '',
    reference: why.reference ?? '',
    answered: why.answeredAt ? formatDayMonth(why.answeredAt, lang, options.timeZone) : '',
    due: why.dueAt ? formatDayMonthTime(why.dueAt, lang, options.timeZone) : '',
    removed: why.removedAt ? formatDayMonth(why.removedAt, lang, options.timeZone) : '',
    seen: why.seenAt ? formatDayMonth(why.seenAt, lang, options.timeZone) : '',
    stillHours: why.stillOnlineHours ?? 0,
  };

  const parts: string[] = [];
  const ignored = why.proofIgnored;
  if (ignored) {
    const values = {
      platform: platformName(ignored.platform),
      answered: ignored.answeredAt
        ? formatDayMonth(ignored.answeredAt, lang, options.timeZone)
        : '',
      sent: ignored.proofSentAt ? formatDayMonth(ignored.proofSentAt, lang, options.timeZone) : '',
    };
    parts.push(
      t(lang, ignored.proofSentAt ? 'steps.proofIgnored' : 'steps.proofIgnored-unsent', values),
    );
  }
  if (why.state && why.reportedAt) {
    const key: MessageKey =
      why.state === 'refused' && !why.answeredAt
        ? 'steps.state.refused-undated'
        : `steps.state.${why.state}`;
    parts.push(t(lang, key, params));
    // What the user's own visit saw after the report: the platform cannot say it did not know.
    if (why.seenAt && why.stillOnlineHours !== undefined) {
      parts.push(t(lang, 'steps.stillOnline', params));
    }
  }

  let code: MessageKey = `steps.why.${why.code}`;
  if (why.code === 'immediate-danger' && !why.number) code = 'steps.why.immediate-danger-local';
  if (why.code === 'reappeared' && why.reference) code = 'steps.why.reappeared-ref';
  parts.push(t(lang, code, params));
  return parts.join(' ');
}
