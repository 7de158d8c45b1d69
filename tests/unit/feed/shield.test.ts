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

  it('shields what a press, a touch and activation dispatch besides clicks (probed in Chromium)', () => {
    const extra = [
      'pointerrawupdate',
      'gotpointercapture',
      'lostpointercapture',
      'DOMActivate',
      'DOMFocusIn',
      'DOMFocusOut',
    ];
    expect(SHIELDED).toEqual(expect.arrayContaining(extra));
    shield = shieldShortcuts(window);
    const seenByPage = vi.fn();
    for (const type of extra) window.addEventListener(type, seenByPage, true);
    const { host } = createShortcut(document, 'Report this post');
    document.body.append(host);
    for (const type of extra)
      host.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
    expect(seenByPage).not.toHaveBeenCalled();
    for (const type of extra) window.removeEventListener(type, seenByPage, true);
  });

  it("hides the card's focus and key events from the page (the moment of a capture), not its clicks", () => {
    shield = shieldShortcuts(window);
    const focusSeen = vi.fn();
    const clickSeen = vi.fn();
    for (const type of ['focus', 'focusin', 'focusout', 'blur']) {
      window.addEventListener(type, focusSeen, true);
    }
    window.addEventListener('click', clickSeen, true);
    const card = document.createElement('beacon-card');
    document.body.append(card);
    const handed: string[] = [];
    shield.listen((event, host) => handed.push(`${event.type}:${host.localName}`));
    for (const type of ['focus', 'focusin', 'focusout', 'blur']) {
      card.dispatchEvent(new FocusEvent(type, { bubbles: true, composed: true }));
    }
    window.addEventListener('keydown', focusSeen, true);
    card.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    window.removeEventListener('keydown', focusSeen, true);
    card.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(focusSeen).not.toHaveBeenCalled();
    // Its keys go to the feed (Esc closes the card); its clicks stay with the card.
    expect(handed).toContain('keydown:beacon-card');
    expect(handed).not.toContain('click:beacon-card');
    expect(clickSeen).toHaveBeenCalledTimes(1);
    for (const type of ['focus', 'focusin', 'focusout', 'blur']) {
      window.removeEventListener(type, focusSeen, true);
    }
    window.removeEventListener('click', clickSeen, true);
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
