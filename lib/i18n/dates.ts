import type { Lang } from './types';

/**
 * Every date Beacon writes, in one place: the case file, the next steps' reasons and the
 * workspace screens. Formatting is pure: the time zone is a parameter (absent: the browser's
 * own zone), never read from the machine here. Day-month-year order and a 24-hour clock in
 * English too (en-GB), because the same case file may be read in several countries.
 */
const LOCALES: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };

/** The BCP 47 locale Beacon formats a language's dates and numbers with. */
export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

const cache = new Map<string, Intl.DateTimeFormat>();
/** Each option set's part of the cache key, made once: list rows format thousands of dates. */
const optionKeys = new WeakMap<Intl.DateTimeFormatOptions, string>();
/**
 * One Intl.DateTimeFormat per locale, zone and options: building one costs more than using it.
 * `options` is one of the constant sets below (its key is remembered by the object).
 */
function formatter(
  locale: string,
  timeZone: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let optionsKey = optionKeys.get(options);
  if (optionsKey === undefined) {
    optionsKey = JSON.stringify(options);
    optionKeys.set(options, optionsKey);
  }
  const key = `${locale}|${timeZone ?? ''}|${optionsKey}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    cache.set(key, f);
  }
  return f;
}

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const LOCAL: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};
const DAY_PARTS: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };
const DAY_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long' };
const DAY_MONTH_TIME: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
};
const LONG_DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' };
const LONG_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'long' };

// ---------------------------------------------------------------------------------------------
// The case file: every moment in the user's zone (what they remember) and in UTC (what
// platforms, hotlines and police logs use).

/** "3 March 2026" in the given zone. */
export function formatDate(iso: string | Date, lang: Lang, timeZone: string): string {
  return formatter(LOCALES[lang], timeZone, DATE).format(new Date(iso));
}

/** "3 Mar 2026, 14:05" in the given zone (24-hour clock in every language). */
export function formatLocal(iso: string | Date, lang: Lang, timeZone: string): string {
  return formatter(LOCALES[lang], timeZone, LOCAL).format(new Date(iso));
}

/** "2026-03-03 13:05 UTC": one unambiguous form whatever the language. */
export function formatUtc(iso: string | Date): string {
  const d = new Date(iso);
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}

/** The calendar day ("2026-03-03") of a moment in a time zone: what a date range compares. */
export function dayIn(iso: string | Date, timeZone: string): string {
  const parts = formatter('en', timeZone, DAY_PARTS).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A day ("2026-03-03") written in full in the output language. */
export function formatDay(day: string, lang: Lang): string {
  return formatDate(`${day}T12:00:00Z`, lang, 'UTC');
}

/** A valid IANA zone name, or UTC when the machine reports none. */
export function safeTimeZone(zone: string | undefined): string {
  if (!zone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}

// ---------------------------------------------------------------------------------------------
// Next steps: short dates inside sentences.

/** "3 March" / "3 mars" / "3 de marzo": day and month, as people say them. */
export function formatDayMonth(iso: string, lang: Lang, timeZone?: string): string {
  return formatter(LOCALES[lang], timeZone, DAY_MONTH).format(new Date(iso));
}

/** "5 March, 14:00": for deadlines, where the hour matters. */
export function formatDayMonthTime(iso: string, lang: Lang, timeZone?: string): string {
  return formatter(LOCALES[lang], timeZone, DAY_MONTH_TIME).format(new Date(iso));
}

// ---------------------------------------------------------------------------------------------
// Workspace screens: the reader's own locale (navigator.language), the browser's zone. An
// empty value gives an empty string; a value that is not a date is shown as it was stored.

/** "3 March 2026 at 14:05" / "March 3, 2026 at 2:05 PM", in the reader's locale. */
export function formatLongDateTime(iso: string | undefined, locale: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return formatter(locale, undefined, LONG_DATE_TIME).format(d);
}

/** "3 March 2026", in the reader's locale. */
export function formatLongDate(iso: string | undefined, locale: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return formatter(locale, undefined, LONG_DATE).format(d);
}
