import type { Lang } from '../i18n';

/**
 * Dates for the case file. Every moment is shown twice: in the user's time zone (what they
 * remember) and in UTC (what platforms, hotlines and police logs use). Formatting is pure:
 * the time zone is a parameter, never read from the machine here.
 */
const LOCALES: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };

export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${lang}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone });
    cache.set(key, f);
  }
  return f;
}

/** "3 March 2026" in the given zone. */
export function formatDate(iso: string | Date, lang: Lang, timeZone: string): string {
  return formatter(lang, timeZone, { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(iso),
  );
}

/** "3 Mar 2026, 14:05" in the given zone (24-hour clock in every language). */
export function formatLocal(iso: string | Date, lang: Lang, timeZone: string): string {
  return formatter(lang, timeZone, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** "2026-03-03 13:05 UTC": one unambiguous form whatever the language. */
export function formatUtc(iso: string | Date): string {
  const d = new Date(iso);
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}

/** The calendar day ("2026-03-03") of a moment in a time zone: what a date range compares. */
export function dayIn(iso: string | Date, timeZone: string): string {
  const parts = formatter('en', timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(iso));
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
