import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '@/components/base64';
import { LANG_NAMES, LANGS } from '@/lib/i18n';
import {
  dayIn,
  formatDate,
  formatDayMonth,
  formatDayMonthTime,
  formatLongDate,
  formatLongDateTime,
  localeOf,
  safeTimeZone,
} from '@/lib/i18n/dates';
import { BadBase64Error } from '@/lib/vault/bytes';

const MOMENT = '2026-03-05T13:05:00Z';

describe('dates, in one place for the case file, the next steps and the screens', () => {
  it('writes the same moment in each language, in the given zone', () => {
    expect(formatDate(MOMENT, 'en', 'UTC')).toBe('5 March 2026');
    expect(formatDate(MOMENT, 'fr', 'UTC')).toBe('5 mars 2026');
    expect(formatDate(MOMENT, 'es', 'UTC')).toBe('5 de marzo de 2026');
    expect(formatDayMonth(MOMENT, 'fr', 'UTC')).toBe('5 mars');
    expect(formatDayMonthTime(MOMENT, 'en', 'Europe/Paris')).toMatch(/^5 March.*14:05$/);
    expect(dayIn('2026-03-05T23:30:00Z', 'Asia/Tokyo')).toBe('2026-03-06');
  });

  it('uses one locale per language', () => {
    expect(LANGS.map(localeOf)).toEqual(['en-GB', 'fr-FR', 'es-ES']);
  });

  it('gives an empty string for nothing and the stored text for a value that is not a date', () => {
    expect(formatLongDate(undefined, 'en-GB')).toBe('');
    expect(formatLongDateTime('', 'en-GB')).toBe('');
    for (const hostile of ['not a date', '2026-13-45', '\u202Etxt.exe', 'x'.repeat(5000)]) {
      expect(formatLongDate(hostile, 'en-GB')).toBe(hostile);
      expect(formatLongDateTime(hostile, 'fr-FR')).toBe(hostile);
    }
    expect(formatLongDate(MOMENT, 'en-GB')).toBe('5 March 2026');
  });

  it('falls back to UTC for a zone the machine cannot name', () => {
    expect(safeTimeZone(undefined)).toBe('UTC');
    expect(safeTimeZone('Mars/Olympus_Mons')).toBe('UTC');
    expect(safeTimeZone('Europe/Paris')).toBe('Europe/Paris');
  });
});

describe('language names and base64, one definition each', () => {
  it('names each language in its own words', () => {
    expect(LANG_NAMES).toEqual({ en: 'English', fr: 'Français', es: 'Español' });
  });

  it('round-trips bytes and rejects what is not canonical base64', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255, 10]);
    expect([...base64ToBytes(bytesToBase64(bytes))]).toEqual([...bytes]);
    for (const bad of ['abc', 'ab c=', 'ab==cd==', '\u0000AAA', '****']) {
      expect(() => base64ToBytes(bad), bad).toThrow(BadBase64Error);
    }
  });
});
