import { reportFromItsPage } from '@/lib/watch/address';

describe('a watch report must name the page it came from', () => {
  const post = 'https://x.com/someone/status/1234567890';

  it('accepts the sender’s own page, with tracking query or another host of the platform', () => {
    expect(reportFromItsPage(post, `${post}?s=20`)).toBe(true);
    expect(reportFromItsPage(post, 'https://twitter.com/someone/status/1234567890')).toBe(true);
  });

  it('refuses another item of the same platform (a script on one post marking another)', () => {
    expect(reportFromItsPage('https://x.com/someone/status/999', post)).toBe(false);
    expect(reportFromItsPage('https://x.com/victim', post)).toBe(false);
  });

  it('refuses a missing sender address, another platform, and addresses with no key', () => {
    expect(reportFromItsPage(post, undefined)).toBe(false);
    expect(reportFromItsPage(post, 'https://www.instagram.com/p/abc/')).toBe(false);
    expect(reportFromItsPage('javascript:alert(1)', 'javascript:alert(1)')).toBe(false);
    expect(reportFromItsPage('http://x.com/a/status/1', 'http://x.com/a/status/1')).toBe(false);
  });

  it('leaves the fragment out (a browser need not give it with the sender)', () => {
    expect(
      reportFromItsPage('https://web.telegram.org/k/#@channel', 'https://web.telegram.org/k/'),
    ).toBe(true);
  });
});
