// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGuard, type Guard, MIN_VISIBLE_MS } from '@/lib/feed/guard';
import { styleRefusal } from '@/lib/feed/visibility';

let guard: Guard | undefined;
let now = 0;
let rect = { left: 0, top: 0, right: 28, bottom: 28, width: 28, height: 28 };

function shortcut(): HTMLElement {
  const host = document.createElement('beacon-shortcut');
  document.body.append(host);
  vi.spyOn(host, 'getBoundingClientRect').mockImplementation(() => ({ ...rect }) as DOMRect);
  document.elementFromPoint = () => host;
  return host;
}

beforeEach(() => {
  now = 1000;
  rect = { left: 0, top: 0, right: 28, bottom: 28, width: 28, height: 28 };
  document.body.replaceChildren();
});
afterEach(() => {
  guard?.stop();
  vi.restoreAllMocks();
});

/**
 * happy-dom's IntersectionObserver never reports, like a browser before its first frame: the
 * guard's clock then starts at the first look (here, at the click) and the click is too soon.
 */
describe('the clickjacking guard', () => {
  it('refuses a click on a shortcut it has not yet seen still for long enough', () => {
    guard = createGuard(document, () => now);
    const host = shortcut();
    guard.watch(host);
    expect(guard.refusal(host, null)).toBe('too-soon');
    now += MIN_VISIBLE_MS - 1;
    expect(guard.refusal(host, null)).toBe('too-soon');
    now += 1;
    expect(guard.refusal(host, null)).toBeNull();
  });

  it('a move restarts the clock (the page slid it under the pointer)', () => {
    guard = createGuard(document, () => now);
    const host = shortcut();
    guard.watch(host);
    guard.refusal(host, null);
    now += 2000;
    rect = { ...rect, left: 40, right: 68 };
    expect(guard.refusal(host, null)).toBe('too-soon');
    now += MIN_VISIBLE_MS;
    expect(guard.refusal(host, null)).toBeNull();
  });

  it('a resize counts as a move; a sub-pixel shift does not', () => {
    guard = createGuard(document, () => now);
    const host = shortcut();
    guard.watch(host);
    guard.refusal(host, null);
    now += 2000;
    rect = { ...rect, left: 0.5, right: 28.5 };
    expect(guard.refusal(host, null)).toBeNull();
    rect = { ...rect, width: 60, right: 60.5 };
    expect(guard.refusal(host, null)).toBe('too-soon');
  });

  it('the click-time checks still apply after a long wait', () => {
    guard = createGuard(document, () => now, styleRefusal);
    const host = shortcut();
    guard.watch(host);
    guard.refusal(host, null);
    now += 5000;
    document.body.style.opacity = '0.1';
    expect(guard.refusal(host, null)).toBe('transparent');
    document.body.style.opacity = '';
    document.elementFromPoint = () => document.body;
    expect(guard.refusal(host, null)).toBe('covered');
  });

  it('without any IntersectionObserver the clock starts when the shortcut is made', () => {
    const saved = window.IntersectionObserver;
    // @ts-expect-error: a browser without the API
    delete window.IntersectionObserver;
    try {
      guard = createGuard(document, () => now);
      const host = shortcut();
      guard.watch(host);
      now += MIN_VISIBLE_MS;
      expect(guard.refusal(host, null)).toBeNull();
    } finally {
      window.IntersectionObserver = saved;
    }
  });
});
