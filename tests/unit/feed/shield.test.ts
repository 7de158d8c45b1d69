// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SHIELDED, type Shield, shieldShortcuts } from '@/lib/feed/shield';
import { createShortcut } from '@/lib/feed/shortcut';

let shield: Shield | undefined;
afterEach(() => {
  shield?.stop();
  document.body.replaceChildren();
});

describe('the shield', () => {
  it("stops every shortcut event before the page's window, document and post listeners", () => {
    shield = shieldShortcuts(window); // registered first, as at document_start
    const seenByPage = vi.fn();
    for (const type of SHIELDED) {
      window.addEventListener(type, seenByPage, true);
      document.addEventListener(type, seenByPage, true);
    }
    const { host, button } = createShortcut(document, 'Report this post');
    const post = document.createElement('article');
    post.append(host);
    document.body.append(post);
    post.addEventListener('click', seenByPage);
    const handed: string[] = [];
    shield.listen((event) => handed.push(event.type));
    for (const type of SHIELDED) {
      host.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
    }
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(seenByPage).not.toHaveBeenCalled();
    expect(handed).toEqual([...SHIELDED, 'click']);
    for (const type of SHIELDED) {
      window.removeEventListener(type, seenByPage, true);
      document.removeEventListener(type, seenByPage, true);
    }
  });

  it('leaves the page its own events, and everything after stop', () => {
    shield = shieldShortcuts(window);
    const seen = vi.fn();
    window.addEventListener('click', seen, true);
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(seen).toHaveBeenCalledTimes(1);
    shield.stop();
    const host = document.createElement('beacon-shortcut');
    document.body.append(host);
    host.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(seen).toHaveBeenCalledTimes(2);
    window.removeEventListener('click', seen, true);
  });

  it('a handler replaced or unsubscribed gets nothing more', () => {
    shield = shieldShortcuts(window);
    const first = vi.fn();
    const unlisten = shield.listen(first);
    unlisten();
    const host = document.createElement('beacon-shortcut');
    document.body.append(host);
    host.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(first).not.toHaveBeenCalled();
  });
});
