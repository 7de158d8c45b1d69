// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedText } from '@/lib/feed/i18n';
import { createPlacement, FULL_RESCAN, type Placement } from '@/lib/feed/placement';
import { post, shortcuts, testAdapter } from './helpers';

let placement: Placement | undefined;
let url = 'https://x.com/home';

function start(): Placement {
  placement = createPlacement({
    doc: document,
    adapter: testAdapter,
    label: feedText('en'),
    pageInfo: () => ({ url: new URL(url) }),
  });
  return placement;
}

beforeEach(() => {
  document.body.replaceChildren();
  url = 'https://x.com/home';
});
afterEach(() => placement?.stop());

describe('placement', () => {
  it('rescan places one shortcut per media post and knows which post each captures', () => {
    document.body.innerHTML = post('1') + post('2', { media: false });
    const p = start();
    p.rescan();
    const [host] = shortcuts();
    expect(shortcuts()).toHaveLength(1);
    expect(p.targetOf(host as Element)).toBe(document.querySelector('article'));
    expect(p.buttonOf(host as Element)?.getAttribute('aria-label')).toBe('Report this post');
    p.rescan();
    expect(shortcuts()).toHaveLength(1);
  });

  it('flush looks only at the posts the batch touches', () => {
    const p = start();
    document.body.innerHTML = post('1');
    const article = document.querySelector('article') as Element;
    p.flush([]);
    expect(shortcuts()).toHaveLength(0);
    p.flush([article.querySelector('img') as Element]);
    expect(shortcuts()).toHaveLength(1);
  });

  it('a batch over the full-rescan threshold re-reads the whole document', () => {
    const p = start();
    document.body.innerHTML = post('1') + post('2');
    const filler = Array.from({ length: FULL_RESCAN + 1 }, () => document.createElement('i'));
    p.flush(filler);
    expect(shortcuts()).toHaveLength(2);
  });

  it('survives an adapter that throws on odd markup', () => {
    document.body.innerHTML = post('1');
    placement = createPlacement({
      doc: document,
      adapter: {
        ...testAdapter,
        hasMedia: () => {
          throw new Error('odd markup');
        },
      },
      label: feedText('en'),
      pageInfo: () => ({ url: new URL(url) }),
    });
    expect(() => placement?.rescan()).not.toThrow();
    expect(shortcuts()).toHaveLength(0);
  });

  it('places the page shortcut after the account name, and drops it on navigation', () => {
    url = 'https://x.com/@someone';
    document.body.innerHTML = '<h2 class="profile">Someone</h2>';
    const p = start();
    p.rescan();
    const heading = document.querySelector('h2') as Element;
    const host = heading.nextElementSibling as Element;
    expect(host.localName).toBe('beacon-shortcut');
    expect(p.targetOf(host)).toBeNull();
    p.dropPageShortcut();
    expect(host.isConnected).toBe(false);
    expect(p.targetOf(host)).toBeNull(); // still known, but gone from the page
  });

  it('dropOrphans removes shortcuts whose post left or no longer holds them', () => {
    document.body.innerHTML = post('1') + post('2');
    const p = start();
    p.rescan();
    const [a, b] = shortcuts() as [Element, Element];
    document.body.append(a); // moved out of its post
    document.querySelectorAll('article')[1]?.remove();
    p.dropOrphans();
    expect(a.isConnected).toBe(false);
    expect(b.isConnected).toBe(false);
  });

  it('stop removes every shortcut and places no more', () => {
    document.body.innerHTML = post('1');
    const p = start();
    p.rescan();
    p.stop();
    expect(shortcuts()).toHaveLength(0);
    p.rescan();
    p.flush([document.querySelector('article') as Element]);
    expect(shortcuts()).toHaveLength(0);
  });

  it('tells the caller about each shortcut it creates', () => {
    document.body.innerHTML = post('1') + post('2');
    const created: Element[] = [];
    placement = createPlacement({
      doc: document,
      adapter: testAdapter,
      label: feedText('en'),
      pageInfo: () => ({ url: new URL(url) }),
      created: (host) => created.push(host),
    });
    placement.rescan();
    expect(created).toEqual(shortcuts());
  });
});
