import { emergencyFor, OFFERED_COUNTRIES } from '@/lib/directory';
import type { Entry } from '@/lib/directory/schema';
import type { Lang } from '@/lib/i18n';

/** "Another country": ISO 3166 user-assigned code, so the profile still holds a valid code. */
export const OTHER_COUNTRY = 'ZZ';

/** The offered countries in the reader's language and alphabet order, "another country" last. */
export function countryOptions(lang: Lang, otherLabel: string): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([lang], { type: 'region' });
  const offered = OFFERED_COUNTRIES.map((code) => ({ code, name: names.of(code) ?? code }));
  offered.sort((a, b) => a.name.localeCompare(b.name, lang));
  return [...offered, { code: OTHER_COUNTRY, name: otherLabel }];
}

/** A first guess from the browser's language tag ("fr-BE" → BE), when Beacon covers it. */
export function guessCountry(tag: string | undefined): string | undefined {
  const region = tag?.split(/[-_]/)[1]?.toUpperCase();
  return region && OFFERED_COUNTRIES.includes(region) ? region : undefined;
}

/** The emergency line of an offered country, or undefined ("call your local number"). */
export function emergencyLine(country: string | undefined): Entry | undefined {
  return country && country !== OTHER_COUNTRY ? emergencyFor(country) : undefined;
}

/** A tel: address from a displayed number (digits and + only). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}
