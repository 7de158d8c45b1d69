// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Activation, listenForActivation, shortcutHostOf } from '@/lib/feed/activation';
import { createShortcut } from '@/lib/feed/shortcut';
import { realClick, trusted } from './helpers';

let activation: Activation | undefined;

function setUp(refusal: string | null = null) {
  const { host, button } = createShortcut(document, 'Report this post');
  const post = document.createElement('article');
  post.append(host);
  document.body.append(post);
  const activate = vi.fn();
  const refused = vi.fn();
  activation = listenForActivation({
    doc: document,
    isShortcut: (el) => el === host,
    refusal: () => refusal,
    activate,
    refused,
  });
  return { host, button, post, activate, refused };
}

beforeEach(() => document.body.replaceChildren());
afterEach(() => activation?.stop());

describe('activation', () => {
  it('a trusted click on the button activates once and goes no further', () => {
    const { host, button, post, activate } = setUp();
    const onPost = vi.fn();
    post.addEventListener('click', onPost);
    const click = realClick(button);
    expect(activate).toHaveBeenCalledWith(host);
    expect(click.defaultPrevented).toBe(true);
    expect(onPost).not.toHaveBeenCalled();
  });

  it('untrusted clicks do nothing but are still stopped', () => {
    const { button, post, activate, refused } = setUp();
    const onPost = vi.fn();
    post.addEventListener('click', onPost);
    button.click();
    expect(activate).not.toHaveBeenCalled();
    expect(refused).not.toHaveBeenCalled();
    expect(onPost).not.toHaveBeenCalled();
  });

  it('pointerdown, mousedown and keydown on the shortcut do not reach the post', () => {
    const { button, post } = setUp();
    const seen = vi.fn();
    for (const type of ['pointerdown', 'mousedown', 'keydown']) post.addEventListener(type, seen);
    trusted(button, new Event('pointerdown', { bubbles: true, composed: true }));
    trusted(button, new MouseEvent('mousedown', { bubbles: true, composed: true }));
    trusted(button, new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(seen).not.toHaveBeenCalled();
  });

  it('hands the guard the click point, or null for a keyboard click (detail 0)', () => {
    const refusal = vi.fn(() => null);
    const { host, button } = setUp();
    activation?.stop();
    activation = listenForActivation({
      doc: document,
      isShortcut: (el) => el === host,
      refusal,
      activate: () => undefined,
      refused: () => undefined,
    });
    realClick(button, { x: 5, y: 7 });
    trusted(button, new MouseEvent('click', { bubbles: true, composed: true, detail: 0 }));
    expect(refusal.mock.calls).toEqual([
      [host, { x: 5, y: 7 }],
      [host, null],
    ]);
  });

  it('a refusal reaches `refused` with its reason, not `activate`', () => {
    const { host, button, activate, refused } = setUp('covered');
    realClick(button);
    expect(activate).not.toHaveBeenCalled();
    expect(refused).toHaveBeenCalledWith(host, 'covered');
  });

  it('ignores elements that are not live shortcuts, and everything after stop', () => {
    const { button, activate } = setUp();
    const other = document.createElement('beacon-shortcut');
    document.body.append(other);
    realClick(other);
    activation?.stop();
    realClick(button);
    expect(activate).not.toHaveBeenCalled();
  });

  it('finds the host of an event target inside the shortcut', () => {
    const { host, button } = setUp();
    expect(shortcutHostOf(button, document)).toBe(host);
    expect(shortcutHostOf(host, document)).toBe(host);
    expect(shortcutHostOf(document.body, document)).toBeNull();
    expect(shortcutHostOf(null, document)).toBeNull();
  });
});
