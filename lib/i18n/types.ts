export const LANGS = ['en', 'fr', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language in its own words, as a language picker shows it to someone who reads only it. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
};

/** A catalog in another language must have exactly the keys of the English one. */
export type Catalog<T extends Record<string, string>> = { readonly [K in keyof T]: string };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Best language for a BCP 47 tag ("fr-CA" -> "fr"), English when Beacon has none. */
export function langFromTag(tag: string | undefined | null): Lang {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return isLang(base) ? base : 'en';
}

/** Replace `{name}` placeholders; unknown placeholders stay visible so a test can catch them. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
