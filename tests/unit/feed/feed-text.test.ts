import { feedText } from '@/lib/feed/i18n';

describe('the feed’s own words, with no answer from the background', () => {
  it('the failure card’s "account" label is translated, not shown as its key', () => {
    // A failed capture has no background answer (no `words`): the card still lists the account.
    expect(feedText('en')('feed.account')).toBe('Account');
    expect(feedText('fr')('feed.account')).toBe('Compte');
    expect(feedText('es')('feed.account')).toBe('Cuenta');
  });
});
