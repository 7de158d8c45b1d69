import { platformName } from '../directory';
import { type Lang, type MessageKey, t } from '../i18n';
import type { Reason } from './types';

export type RenderOptions = {
  /** IANA zone for dates; the browser's own zone when absent (tests pass 'UTC'). */
  timeZone?: string;
};

const LOCALES: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };

/** "3 March" / "3 mars" / "3 de marzo": day and month, as people say them. */
export function formatDay(iso: string, lang: Lang, options: RenderOptions = {}): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'long',
    timeZone: options.timeZone,
  }).format(new Date(iso));
}

/** "5 March, 14:00": for deadlines, where the hour matters. */
export function formatDayTime(iso: string, lang: Lang, options: RenderOptions = {}): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: options.timeZone,
  }).format(new Date(iso));
}

/**
 * The sentence(s) explaining a step: first what happened on the platform (with the case's
 * dates), then why this step helps. Plain words; never the victim's name.
 */
export function renderReason(why: Reason, lang: Lang, options: RenderOptions = {}): string {
  const platform = why.platform ? platformName(why.platform) : '';
  const date = why.reportedAt ? formatDay(why.reportedAt, lang, options) : '';
  const params: Record<string, string | number> = {
    platform,
    date,
    hours: why.hours ?? 0,
    service: why.service ?? '',
    number: why.number ?? '',
    reference: why.reference ?? '',
    answered: why.answeredAt ? formatDay(why.answeredAt, lang, options) : '',
    due: why.dueAt ? formatDayTime(why.dueAt, lang, options) : '',
  };

  const parts: string[] = [];
  const ignored = why.proofIgnored;
  if (ignored) {
    const values = {
      platform: platformName(ignored.platform),
      answered: ignored.answeredAt ? formatDay(ignored.answeredAt, lang, options) : '',
      sent: ignored.proofSentAt ? formatDay(ignored.proofSentAt, lang, options) : '',
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
  }

  let code: MessageKey = `steps.why.${why.code}`;
  if (why.code === 'immediate-danger' && !why.number) code = 'steps.why.immediate-danger-local';
  if (why.code === 'reappeared' && why.reference) code = 'steps.why.reappeared-ref';
  parts.push(t(lang, code, params));
  return parts.join(' ');
}
