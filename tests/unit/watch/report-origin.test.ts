import { reportFromItsPage, reportFromItsTab } from '@/lib/watch/address';

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

describe('the sender’s page after an in-app navigation (pushState)', () => {
  const post = 'https://x.com/someone/status/1234567890';
  const home = 'https://x.com/home';

  it('Chromium: the tab’s current address counts, though the document’s is the one it loaded', () => {
    // What Chromium gives after pushState: `url` stays the load address, `tab.url` is current.
    expect(reportFromItsTab(post, { url: home, tab: { url: post } })).toBe(true);
    // The load address the tab has left no longer counts.
    expect(reportFromItsTab(home, { url: home, tab: { url: post } })).toBe(false);
    // With the tab's address known, another item is refused, whatever the load address was.
    expect(
      reportFromItsTab('https://x.com/victim/status/999', { url: home, tab: { url: post } }),
    ).toBe(false);
  });

  it('Firefox (no tab address without the "tabs" permission): the same origin as the document', () => {
    expect(reportFromItsTab(post, { url: home, tab: {} })).toBe(true);
    expect(reportFromItsTab(post, { url: home })).toBe(true);
    // Another site, another host of the same platform, or an address with no key: refused.
    expect(reportFromItsTab(post, { url: 'https://www.instagram.com/' })).toBe(false);
    expect(reportFromItsTab(post, { url: 'https://twitter.com/home' })).toBe(false);
    expect(reportFromItsTab('https://x.com:8443/a/status/1', { url: home })).toBe(false);
    expect(reportFromItsTab('http://x.com/a/status/1', { url: 'http://x.com/home' })).toBe(false);
    expect(reportFromItsTab(post, {})).toBe(false);
    expect(reportFromItsTab('not a url', { url: home })).toBe(false);
  });
});
