// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGuard, type Guard, MIN_VISIBLE_MS, SAMPLE_MS } from '@/lib/feed/guard';
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

  /**
   * Firefox, Threads fixture: the shortcut comes into view while the avatar above it
   * is still loading (36 px tall); the avatar fails and shrinks to its alt text, lifting the
   * shortcut 21 px. No scroll, resize or pointer move follows, so before the periodic look the
   * rectangle recorded on entry was stale and the click, a second later, saw that old move as
   * "just moved" and was refused.
   */
  describe('layout that settles on its own (no IntersectionObserver v2)', () => {
    let report: ((entries: unknown[]) => void) | undefined;
    let tick: (() => void) | undefined;
    /** True while the frame callback runs (layout not yet done for that frame). */
    let inFrame = false;
    const afterFrame: Array<() => void> = [];
    const saved = window.IntersectionObserver;

    beforeEach(() => {
      class FakeObserver {
        constructor(callback: (entries: unknown[]) => void) {
          report = callback;
        }
        observe() {}
        unobserve() {}
        disconnect() {}
      }
      window.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
      vi.spyOn(window, 'setInterval').mockImplementation(((cb: () => void, ms: number) => {
        expect(ms).toBe(SAMPLE_MS);
        tick = cb;
        return 1;
      }) as typeof window.setInterval);
      // The tick asks for a measure just after the next frame: here the frame comes at once,
      // and the task queued from it runs at once too.
      vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => {
        inFrame = true;
        cb(0);
        inFrame = false;
        for (let next = afterFrame.shift(); next; next = afterFrame.shift()) next();
        return 1;
      });
      vi.spyOn(window, 'setTimeout').mockImplementation(((cb: () => void) => {
        afterFrame.push(cb);
        return 2;
      }) as typeof window.setTimeout);
    });
    afterEach(() => {
      window.IntersectionObserver = saved;
      report = tick = undefined;
      afterFrame.length = 0;
    });

    /** The shortcut enters the viewport at `top` 48 (avatar still 36 px tall). */
    function enteredView(): HTMLElement {
      rect = { left: 98.33, top: 48, right: 126.33, bottom: 76, width: 28, height: 28 };
      guard = createGuard(document, () => now);
      const host = shortcut();
      guard.watch(host);
      report?.([{ target: host, isIntersecting: true, boundingClientRect: { ...rect } }]);
      return host;
    }

    it('a move long before the click is seen when it happens: the click counts', () => {
      const host = enteredView();
      now += 50;
      rect = { ...rect, top: 27, bottom: 55 }; // The avatar failed: the post moved up.
      tick?.();
      now += 1000; // The user clicks a second later, the pointer arriving with the click.
      expect(guard?.refusal(host, { x: 112, y: 41 })).toBeNull();
    });

    it('a move just before the click is still refused, sampled or not', () => {
      const host = enteredView();
      now += 2000;
      tick?.();
      rect = { ...rect, top: 27, bottom: 55 }; // Moved under the pointer between two looks.
      expect(guard?.refusal(host, { x: 112, y: 41 })).toBe('too-soon');
      now += 100;
      tick?.();
      expect(guard?.refusal(host, { x: 112, y: 41 })).toBe('too-soon');
      now += MIN_VISIBLE_MS;
      expect(guard?.refusal(host, { x: 112, y: 41 })).toBeNull();
    });

    it('a move the sampler sees restarts the clock', () => {
      const host = enteredView();
      now += 2000;
      rect = { ...rect, left: 300, right: 328 };
      tick?.();
      now += MIN_VISIBLE_MS - 1;
      expect(guard?.refusal(host, { x: 314, y: 62 })).toBe('too-soon');
    });

    it('measures after the frame is drawn, never inside the frame callback', () => {
      const host = enteredView();
      const reads: boolean[] = [];
      vi.spyOn(host, 'getBoundingClientRect').mockImplementation(() => {
        reads.push(inFrame);
        return { ...rect, x: rect.left, y: rect.top, toJSON: () => rect } as DOMRect;
      });
      tick?.();
      expect(reads).toEqual([false]);
    });

    it('a look asked for just before stop() never runs', () => {
      const host = enteredView();
      const frames: Array<() => void> = [];
      vi.mocked(window.requestAnimationFrame).mockImplementation((cb) => {
        frames.push(() => cb(0));
        return 7;
      });
      const cancelled = vi.spyOn(window, 'cancelAnimationFrame');
      const read = vi.spyOn(host, 'getBoundingClientRect');
      tick?.();
      guard?.stop();
      guard = undefined;
      expect(cancelled).toHaveBeenCalledWith(7);
      for (const run of frames) run(); // Even if the browser ran it anyway.
      for (let next = afterFrame.shift(); next; next = afterFrame.shift()) next();
      expect(read).not.toHaveBeenCalled();
    });

    it('measures only while a shortcut is in view, and stops with the guard', () => {
      const cleared = vi.spyOn(window, 'clearInterval');
      const host = enteredView();
      expect(tick).toBeTypeOf('function');
      report?.([{ target: host, isIntersecting: false, boundingClientRect: { ...rect } }]);
      expect(cleared).toHaveBeenCalledWith(1);
      guard?.stop();
      guard = undefined;
    });
  });
});
