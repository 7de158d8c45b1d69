import { describe, expect, it } from 'vitest';
import { feedText } from '@/lib/feed/i18n';
import { feed as en } from '@/lib/i18n/catalog/feed.en';
import { feed as es } from '@/lib/i18n/catalog/feed.es';
import { feed as fr } from '@/lib/i18n/catalog/feed.fr';

describe('the feed catalog', () => {
  const keys = Object.keys(en).sort();
  it.each([
    ['fr', fr],
    ['es', es],
  ] as const)(
    '%s has every English key, no empty string, and the same placeholders',
    (_l, table) => {
      expect(Object.keys(table).sort()).toEqual(keys);
      for (const key of keys) {
        const value = (table as Record<string, string>)[key] ?? '';
        expect(value.trim(), key).toBeTruthy();
        const wanted = ((en as Record<string, string>)[key]?.match(/\{\w+\}/g) ?? []).sort();
        expect((value.match(/\{\w+\}/g) ?? []).sort(), key).toEqual(wanted);
      }
    },
  );

  it('names the shortcut as the brief says in each language', () => {
    expect(feedText('en')('feed.shortcut.post')).toBe('Report this post');
    expect(feedText('fr')('feed.shortcut.post')).toBe('Signaler cette publication');
    expect(feedText('es')('feed.shortcut.post')).toBe('Denunciar esta publicación');
  });

  it('fills placeholders', () => {
    expect(feedText('en')('feed.card.route', { platform: 'Reddit' })).toBe(
      'To report it on Reddit:',
    );
  });
});
