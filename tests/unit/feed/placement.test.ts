// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedText } from '@/lib/feed/i18n';
import { createPlacement, FULL_RESCAN, type Placement, postsIn } from '@/lib/feed/placement';
import type { Adapter } from '@/lib/platforms/adapter';
import { post, shortcuts, testAdapter } from './helpers';

let placement: Placement | undefined;
let url = 'https://x.com/home';

function start(adapter: Adapter = testAdapter): Placement {
  placement = createPlacement({
    doc: document,
    adapter,
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

  it('a flat adapter finds every post of an added container, and the post around an added element', () => {
    const p = start({ ...testAdapter, flat: true });
    const cells = ['1', '2', '3'].map((id) => `<div class="cell"><div>${post(id)}</div></div>`);
    document.body.innerHTML = `<section>${cells.join('')}<div>${post('4', { media: false })}</div></section>`;
    p.flush([document.querySelector('section') as Element]);
    expect(shortcuts()).toHaveLength(3);
    const last = document.querySelectorAll('article')[3] as Element;
    last.insertAdjacentHTML('beforeend', '<img alt="" src="data:,">');
    p.flush([last.querySelector('img') as Element]);
    expect(shortcuts()).toHaveLength(4);
    expect(p.targetOf(shortcuts()[3] as Element)).toBe(last);
  });

  it('an adapter whose posts nest (not flat) still finds the post inside a post', () => {
    const p = start();
    document.body.innerHTML = `<div>${post('1').replace('</article>', `${post('2')}</article>`)}</div>`;
    p.flush([document.body.firstElementChild as Element]);
    const [outer, inner] = document.querySelectorAll('article');
    expect(shortcuts().map((host) => p.targetOf(host))).toEqual([outer, inner]);
  });

  it('copies one prepared button per label: each shortcut has its own, labelled', () => {
    const p = start();
    document.body.innerHTML = post('1') + post('2');
    p.rescan();
    const [a, b] = shortcuts().map((host) => p.buttonOf(host));
    expect(a).not.toBe(b);
    for (const button of [a, b]) {
      expect(button?.type).toBe('button');
      expect(button?.getAttribute('aria-label')).toBe('Report this post');
      expect(button?.title).toBe('Report this post');
    }
  });
});

describe('postsIn (posts that never nest)', () => {
  const find = (markup: string, root = 'main') => {
    document.body.innerHTML = markup;
    const at = document.querySelector(root) as Element;
    return { found: postsIn(at, 'article'), all: [...at.querySelectorAll('article')] };
  };

  it('finds what querySelectorAll finds, in the same order, at any depth', () => {
    const { found, all } = find(
      '<main><div><div><article id="a"><p>x</p></article></div><i></i></div><article id="b"></article><section><div></div><div><div><article id="c"></article></div><article id="d"></article></div></section><article id="e"></article></main>',
    );
    expect(all).toHaveLength(5);
    expect(found).toEqual(all);
  });

  it('finds nothing in a container without posts, and never the container itself', () => {
    expect(find('<main><div><p></p></div></main>').found).toEqual([]);
    expect(find('<article><div></div></article>', 'article').found).toEqual([]);
  });

  it('does not look inside a post it found (so a nested one is not listed)', () => {
    const { found } = find('<main><article id="a"><article id="b"></article></article></main>');
    expect(found.map((el) => el.id)).toEqual(['a']);
  });
});
