// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type Harness,
  layOut,
  post,
  realClick,
  shadow,
  shortcuts,
  startTestFeed,
  testAdapter,
  topElementIs,
  trusted,
} from './helpers';

let h: Harness | undefined;

function feedWith(html: string): HTMLElement {
  const feed = document.createElement('main');
  feed.innerHTML = html;
  document.body.append(feed);
  return feed;
}

function buttonOf(host: Element): HTMLButtonElement {
  return shadow(host).querySelector('button') as HTMLButtonElement;
}

/** The card layer's host while it shows a card (the layer itself is there from the start). */
function card(): Element | null {
  const host = document.querySelector('beacon-card');
  return host && shadow(host).querySelector('[role="dialog"]') ? host : null;
}

beforeEach(() => {
  document.body.replaceChildren();
});
afterEach(() => {
  h?.feed.stop();
  h = undefined;
  vi.restoreAllMocks();
});

describe('shortcuts on posts', () => {
  it('puts one shortcut in the action bar of each media post already there, none on text posts', () => {
    feedWith(post('1') + post('2', { media: false }) + post('3'));
    h = startTestFeed();
    const found = shortcuts();
    expect(found).toHaveLength(2);
    const articles = [...document.querySelectorAll('article')];
    expect(articles[0]?.querySelector('.actions beacon-shortcut')).toBe(found[0]);
    expect(articles[1]?.querySelector('beacon-shortcut')).toBeNull();
    expect(articles[2]?.querySelector('.actions beacon-shortcut')).toBe(found[1]);
  });

  it('labels the button "Report this post" in the UI language, in a closed shadow root', () => {
    feedWith(post('1'));
    h = startTestFeed({ uiLang: 'fr' });
    const [host] = shortcuts();
    expect(host?.shadowRoot).toBeNull();
    expect(buttonOf(host as Element).getAttribute('aria-label')).toBe('Signaler cette publication');
    h.feed.stop();
    document.body.replaceChildren();
    feedWith(post('1'));
    h = startTestFeed({ uiLang: 'es' });
    expect(buttonOf(shortcuts()[0] as Element).getAttribute('aria-label')).toBe(
      'Denunciar esta publicación',
    );
  });

  it('adds shortcuts to posts appended later in one frame, after the observer only queued', async () => {
    const feed = feedWith('');
    h = startTestFeed();
    feed.insertAdjacentHTML('beforeend', post('1') + post('2', { media: false }));
    feed.insertAdjacentHTML('beforeend', post('3'));
    await new Promise((r) => setTimeout(r, 0));
    expect(shortcuts()).toHaveLength(0); // queued, not processed
    expect(h.frames).toHaveLength(1); // one frame for both insertions
    for (const cb of h.frames.splice(0)) cb();
    expect(shortcuts()).toHaveLength(2);
  });

  it('shares one stylesheet among all shortcuts', () => {
    feedWith(post('1') + post('2'));
    h = startTestFeed();
    const [a, b] = shortcuts() as [Element, Element];
    expect(shadow(a).adoptedStyleSheets).toHaveLength(1);
    expect(shadow(a).adoptedStyleSheets[0]).toBe(shadow(b).adoptedStyleSheets[0]);
  });

  it('keeps exactly one shortcut when the page re-renders the post or its action bar', async () => {
    const feed = feedWith(post('1'));
    h = startTestFeed();
    const article = feed.querySelector('article') as HTMLElement;
    // React-style re-render of the action bar: our element is dropped, new nodes come in.
    (article.querySelector('.actions') as HTMLElement).replaceChildren(
      document.createElement('button'),
    );
    await h.frame();
    expect(article.querySelectorAll('beacon-shortcut')).toHaveLength(1);
    // The whole post's content replaced.
    article.innerHTML = post('1').replace(/^<article[^>]*>|<\/article>$/g, '');
    await h.frame();
    expect(article.querySelectorAll('beacon-shortcut')).toHaveLength(1);
    // Same post node moved elsewhere (virtual list).
    feed.prepend(article);
    await h.frame();
    expect(document.querySelectorAll('beacon-shortcut')).toHaveLength(1);
  });

  it('follows a recycled post node: new permalink is captured, lost media loses the shortcut', async () => {
    const feed = feedWith(post('1'));
    h = startTestFeed();
    const article = feed.querySelector('article') as HTMLElement;
    const host = shortcuts()[0] as Element;
    article.querySelector('a.permalink')?.setAttribute('href', 'https://x.com/u/status/99');
    await h.frame();
    expect(shortcuts()).toEqual([host]);
    layOut();
    topElementIs(() => host);
    realClick(buttonOf(host));
    await vi.waitFor(() => expect(h?.captures).toHaveLength(1));
    expect(h.captures[0]?.permalink).toBe('https://x.com/u/status/99');
    article.querySelector('img')?.remove();
    article.append(document.createElement('span'));
    await h.frame();
    expect(shortcuts()).toHaveLength(0);
  });

  it("uses the adapter's cheap hasMedia when it has one, and reads the post only on click", async () => {
    feedWith(post('1') + post('2', { media: false }));
    const readPost = vi.fn(testAdapter.readPost);
    const hasMedia = (el: Element) => el.querySelector('img, video') !== null;
    h = startTestFeed({ adapter: { ...testAdapter, readPost, hasMedia } as typeof testAdapter });
    expect(shortcuts()).toHaveLength(1);
    expect(readPost).not.toHaveBeenCalled();
    layOut();
    const host = shortcuts()[0] as Element;
    topElementIs(() => host);
    realClick(buttonOf(host));
    await vi.waitFor(() => expect(h?.captures).toHaveLength(1));
    expect(readPost).toHaveBeenCalledTimes(1);
  });

  it('removes a stray shortcut nobody owns (e.g. left by an old copy of the script)', async () => {
    const feed = feedWith(post('1'));
    const stray = document.createElement('beacon-shortcut');
    feed.querySelector('.actions')?.append(stray);
    h = startTestFeed();
    expect(stray.isConnected).toBe(false);
    expect(shortcuts()).toHaveLength(1);
  });
});

describe('teardown', () => {
  it('stop() disconnects and removes every shortcut, the page shortcut and the card', async () => {
    document.body.insertAdjacentHTML('beforeend', '<h2 class="profile">Someone</h2>');
    const feed = feedWith(post('1') + post('2'));
    h = startTestFeed({ url: 'https://x.com/@someone' });
    expect(shortcuts()).toHaveLength(3);
    layOut();
    const host = shortcuts()[0] as Element;
    topElementIs(() => host);
    realClick(buttonOf(host));
    await vi.waitFor(() => expect(card()).not.toBeNull());
    h.feed.stop();
    expect(shortcuts()).toHaveLength(0);
    expect(card()).toBeNull();
    feed.insertAdjacentHTML('beforeend', post('3'));
    await h.frame();
    expect(shortcuts()).toHaveLength(0);
    expect(h.frames).toHaveLength(0);
    // Nothing else of Beacon's is left in the page.
    expect(document.body.innerHTML).not.toMatch(/beacon/i);
  });

  it('SPA navigation drops the old page shortcut and leaves one shortcut per post', async () => {
    document.body.insertAdjacentHTML('beforeend', '<h2 class="profile">Someone</h2>');
    const feed = feedWith(post('1'));
    h = startTestFeed({ url: 'https://x.com/@someone' });
    const heading = document.querySelector('h2.profile') as Element;
    expect(heading.nextElementSibling?.localName).toBe('beacon-shortcut');
    expect(buttonOf(heading.nextElementSibling as Element).getAttribute('aria-label')).toBe(
      'Report this account',
    );
    // Navigate to a status page: new content, the old one removed.
    h.setUrl('https://x.com/u/status/2');
    heading.remove();
    feed.replaceChildren();
    feed.insertAdjacentHTML('beforeend', post('2'));
    h.feed.locationChanged();
    await h.frame();
    expect(shortcuts()).toHaveLength(1);
    expect(feed.querySelector('article beacon-shortcut')).not.toBeNull();
    h.feed.locationChanged();
    await h.frame();
    expect(shortcuts()).toHaveLength(1);
  });
});

describe('clicks', () => {
  beforeEach(() => {
    layOut();
  });

  it('captures on a trusted click: the adapter reading plus via, times, page and adapter', async () => {
    feedWith(post('1', { handle: 'alice' }));
    h = startTestFeed();
    const host = shortcuts()[0] as Element;
    topElementIs(() => host);
    const click = realClick(buttonOf(host));
    expect(click.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(h?.captures).toHaveLength(1));
    expect(h.captures[0]).toEqual({
      kind: 'post',
      platform: 'x',
      permalink: 'https://x.com/u/status/1',
      author: { handle: 'alice' },
      text: 'Post 1',
      media: [{ kind: 'image' }],
      via: 'shortcut',
      capturedAt: '2025-03-03T10:00:00.000Z',
      pageUrl: 'https://x.com/home',
      adapter: { id: 'x', version: 7, tier: 'testid' },
    });
  });

  it("doesn't let the click reach the post (which would open it)", async () => {
    const feed = feedWith(post('1'));
    h = startTestFeed();
    const host = shortcuts()[0] as Element;
    topElementIs(() => host);
    const onPost = vi.fn();
    feed.querySelector('article')?.addEventListener('click', onPost);
    realClick(buttonOf(host));
    expect(onPost).not.toHaveBeenCalled();
  });

  it('ignores untrusted clicks: element.click(), dispatched events, on the host or inside', async () => {
    feedWith(post('1'));
    h = startTestFeed();
    const host = shortcuts()[0] as HTMLElement;
    topElementIs(() => host);
    host.click();
    host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    buttonOf(host).click();
    buttonOf(host).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 10));
    expect(h.captures).toHaveLength(0);
    expect(card()).toBeNull();
  });

  it.each([
    ['an ancestor with opacity 0.5', (a: HTMLElement) => (a.style.opacity = '0.5')],
    [
      'two ancestors whose opacities multiply below 0.7',
      (a: HTMLElement) => {
        a.style.opacity = '0.8';
        (a.querySelector('.actions') as HTMLElement).style.opacity = '0.8';
      },
    ],
    ['visibility hidden', (a: HTMLElement) => (a.style.visibility = 'hidden')],
  ])('refuses when the shortcut is made invisible: %s', async (_name, hide) => {
    const feed = feedWith(post('1'));
    h = startTestFeed();
    const host = shortcuts()[0] as Element;
    topElementIs(() => host);
    hide(feed.querySelector('article') as HTMLElement);
    realClick(buttonOf(host));
    await new Promise((r) => setTimeout(r, 10));
    expect(h.captures).toHaveLength(0);
    const status = shadow(card() as Element).querySelector('.status');
    expect(status?.textContent).toMatch(/^Not saved: this button was hidden or covered/);
  });

  it('refuses when something else is on top at the click point', async () => {
    const feed = feedWith(post('1'));
    h = startTestFeed();
    const host = shortcuts()[0] as Element;
    const cover = document.createElement('div');
    feed.append(cover);
    topElementIs(() => cover);
    realClick(buttonOf(host));
    await new Promise((r) => setTimeout(r, 10));
    expect(h.captures).toHaveLength(0);
    expect(shadow(card() as Element).querySelector('.status')?.textContent).toMatch(/^Not saved/);
  });

  it('refuses when the shortcut has no size', async () => {
    feedWith(post('1'));
    h = startTestFeed();
    const host = shortcuts()[0] as Element;
    topElementIs(() => host);
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(
      () => ({ x: 0, y: 0, left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 }) as DOMRect,
    );
    realClick(buttonOf(host));
    await new Promise((r) => setTimeout(r, 10));
    expect(h.captures).toHaveLength(0);
    expect(shadow(card() as Element).querySelector('.status')?.textContent).toMatch(/^Not saved/);
  });

  it('captures the account on the page shortcut', async () => {
    document.body.insertAdjacentHTML('beforeend', '<h2 class="profile">Someone</h2>');
    h = startTestFeed({ url: 'https://x.com/@someone' });
    const host = shortcuts()[0] as Element;
    topElementIs(() => host);
    realClick(buttonOf(host));
    await vi.waitFor(() => expect(h?.captures).toHaveLength(1));
    expect(h.captures[0]).toMatchObject({
      kind: 'account',
      subject: '@someone',
      permalink: 'https://x.com/@someone',
      via: 'shortcut',
      adapter: { id: 'x', version: 7, tier: 'url' },
    });
  });
});

describe('the card', () => {
  beforeEach(() => {
    layOut();
  });

  async function openCardFor(
    opts: Parameters<typeof startTestFeed>[0] = {},
  ): Promise<{ host: Element; root: ShadowRoot }> {
    feedWith(post('1', { handle: 'alice' }));
    h = startTestFeed(opts);
    const host = shortcuts()[0] as Element;
    topElementIs(() => host);
    realClick(buttonOf(host));
    await vi.waitFor(() => expect(card()).not.toBeNull());
    return { host, root: shadow(card() as Element) };
  }

  it('shows saved, handle, permalink as text, the report path and the actions; focus moves in', async () => {
    const { root } = await openCardFor();
    const dialog = root.querySelector('[role="dialog"]') as HTMLElement;
    expect(dialog.getAttribute('aria-label')).toBe('Beacon: capture and report');
    expect(root.activeElement).toBe(dialog);
    const text = dialog.textContent ?? '';
    expect(text).toContain('Saved for now. Open Beacon to set up your case and keep it.');
    expect(text).toContain('alice');
    expect(text).toContain('https://x.com/u/status/1');
    expect(root.querySelector('a')).toBeNull(); // the permalink is text, not a live link
    expect(root.querySelector('.path')?.textContent).toBe('⋯ → Report post');
    expect(text).toContain('To report it on X:');
    const labels = [...root.querySelectorAll('button')].map(
      (b) => b.getAttribute('aria-label') ?? b.textContent,
    );
    expect(labels).toEqual([
      'Copy link and open the report form',
      'Open my case',
      'Get help now',
      'Close',
    ]);
    expect(text).toContain('Don’t save or share the images — Beacon keeps only the link.');
  });

  it('copies the permalink, opens the form, opens the case and help — on trusted clicks only', async () => {
    const { root } = await openCardFor();
    const [primary, openCase, help] = [...root.querySelectorAll('button')] as HTMLButtonElement[];
    primary?.click();
    expect(h?.copied).toEqual([]);
    realClick(primary as HTMLButtonElement);
    realClick(openCase as HTMLButtonElement);
    realClick(help as HTMLButtonElement);
    expect(h?.copied).toEqual(['https://x.com/u/status/1']);
    expect(h?.opened).toEqual(['https://example.org/form']);
    expect(h?.workspace).toEqual(['home', 'help']);
    await vi.waitFor(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toBe(
        'Link copied. Paste it into the report form.',
      ),
    );
  });

  it('speaks the language the background answers with', async () => {
    const { root } = await openCardFor({
      result: { saved: true, where: 'case', caseTitle: 'Mon dossier', lang: 'fr' },
    });
    expect(root.textContent).toContain('Enregistré dans « Mon dossier ».');
    expect(root.textContent).toContain('Copier le lien et ouvrir le formulaire de signalement');
  });

  it('says calmly that nothing was saved when the message fails, and nothing else', async () => {
    const { root } = await openCardFor({ result: new Error('Could not establish connection.') });
    expect(root.querySelector('.status')?.textContent).toBe(
      'Not saved. Right-click the post and choose “Capture with Beacon” instead.',
    );
    expect(root.querySelector('.primary')).toBeNull();
  });

  it('Esc closes it and focus returns to the shortcut; untrusted Esc does nothing', async () => {
    const { host, root } = await openCardFor();
    const dialog = root.querySelector('[role="dialog"]') as HTMLElement;
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card()).not.toBeNull();
    // The page's own key listener never hears it (it would learn that a card is open).
    const pageHeard = vi.fn();
    window.addEventListener('keydown', pageHeard, true);
    trusted(dialog, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    window.removeEventListener('keydown', pageHeard, true);
    expect(pageHeard).not.toHaveBeenCalled();
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(host);
    expect(shadow(host).activeElement).toBe(buttonOf(host));
  });

  it('the close button closes it; a second capture replaces the card instead of adding one', async () => {
    const { host, root } = await openCardFor();
    const first = root.querySelector('[role="dialog"]');
    realClick(buttonOf(host));
    await vi.waitFor(() => expect(h?.captures).toHaveLength(2));
    await vi.waitFor(() => expect(root.querySelector('[role="dialog"]')).not.toBe(first));
    expect(first?.isConnected).toBe(false);
    expect(document.querySelectorAll('beacon-card')).toHaveLength(1);
    expect(root.querySelectorAll('[role="dialog"]')).toHaveLength(1);
    const close = shadow(card() as Element).querySelector('.close') as HTMLButtonElement;
    realClick(close);
    expect(card()).toBeNull();
  });

  it('puts page text in as text, never as markup', async () => {
    feedWith(post('1', { handle: '<img src=x onerror=alert(1)>' }));
    h = startTestFeed();
    const host = shortcuts()[0] as Element;
    topElementIs(() => host);
    realClick(buttonOf(host));
    await vi.waitFor(() => expect(card()).not.toBeNull());
    const root = shadow(card() as Element);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('address changes', () => {
  it('coalesce: any number of changes before a frame cost one rescan in that frame', async () => {
    feedWith(post('1') + post('2'));
    const hasMedia = vi.fn((el: Element) => el.querySelector('img, video') !== null);
    h = startTestFeed({ adapter: { ...testAdapter, hasMedia } as typeof testAdapter });
    hasMedia.mockClear();
    for (let i = 0; i < 50; i++) {
      h.setUrl(`https://x.com/home?n=${i}`);
      h.feed.locationChanged();
    }
    expect(h.frames).toHaveLength(1);
    await h.frame();
    expect(hasMedia).toHaveBeenCalledTimes(2); // one rescan: each post read once
    expect(shortcuts()).toHaveLength(2);
    // The next burst gets its own (single) frame.
    h.feed.locationChanged();
    h.feed.locationChanged();
    expect(h.frames).toHaveLength(1);
    await h.frame();
    expect(hasMedia).toHaveBeenCalledTimes(4);
  });
});
