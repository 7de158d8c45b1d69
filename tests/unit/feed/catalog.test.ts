import { describe, expect, it } from 'vitest';
import { feedText } from '@/lib/feed/i18n';
import { cardWords } from '@/lib/i18n/card-words';
import { card as cardEn } from '@/lib/i18n/catalog/card.en';
import { card as cardEs } from '@/lib/i18n/catalog/card.es';
import { card as cardFr } from '@/lib/i18n/catalog/card.fr';
import { feed as feedEn } from '@/lib/i18n/catalog/feed.en';
import { feed as feedEs } from '@/lib/i18n/catalog/feed.es';
import { feed as feedFr } from '@/lib/i18n/catalog/feed.fr';

// The feed script's own words and the card's post-capture words (sent by the background).
const en = { ...feedEn, ...cardEn };
const fr = { ...feedFr, ...cardFr };
const es = { ...feedEs, ...cardEs };

describe('the feed catalog', () => {
  const keys = Object.keys(en).sort();
  it('the card words are not in the feed script catalog (they come with the answer)', () => {
    for (const key of Object.keys(cardEn)) expect(Object.keys(feedEn)).not.toContain(key);
    expect(feedText('en')('feed.card.undo')).toBe('feed.card.undo');
    expect(feedText('es', cardWords('es'))('feed.card.undo')).toBe('Deshacer');
  });
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
    expect(feedText('en', cardWords('en'))('feed.card.route', { platform: 'Reddit' })).toBe(
      'To report it on Reddit:',
    );
  });
});
