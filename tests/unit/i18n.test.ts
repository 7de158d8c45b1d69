import { describe, expect, it } from 'vitest';
import { catalogs, LANGS, langFromTag, t } from '@/lib/i18n';

describe('i18n catalogs', () => {
  const english = Object.keys(catalogs.en).sort();
  it.each(LANGS.filter((l) => l !== 'en'))('%s has every English key and no extra', (lang) => {
    expect(Object.keys(catalogs[lang]).sort()).toEqual(english);
  });
  it.each(LANGS)('%s has no empty string and keeps the placeholders', (lang) => {
    const table = catalogs[lang] as Record<string, string>;
    for (const key of english) {
      expect(table[key]?.trim(), `${lang}:${key}`).toBeTruthy();
      const wanted = ((catalogs.en as Record<string, string>)[key]?.match(/\{\w+\}/g) ?? []).sort();
      expect((table[key]?.match(/\{\w+\}/g) ?? []).sort(), `${lang}:${key}`).toEqual(wanted);
    }
  });
  it('formats placeholders and picks languages from tags', () => {
    expect(t('fr', 'common.error', { message: 'disque plein' })).toContain('disque plein');
    expect(langFromTag('fr-CA')).toBe('fr');
    expect(langFromTag('de-DE')).toBe('en');
    expect(langFromTag(undefined)).toBe('en');
  });
});
