import { maskRefusal, type Refusal, visibilityRefusal } from './visibility';

/** The style checks for browsers without IntersectionObserver v2 (visibility.ts styleRefusal). */
export type StyleCheck = (host: Element) => Refusal | null;

/** How long (ms) a shortcut must have been visible and still before a click on it counts. */
export const MIN_VISIBLE_MS = 500;
/** Movement (px) that restarts the clock: the page moved it under the pointer. */
const MOVED = 1;
/**
 * How often (ms) the shortcuts in view are measured again while nothing scrolls or moves the
 * pointer. Without it the rectangle recorded when one came into view goes stale as the page's
 * layout settles (an avatar that fails to load shrinks to its alt text and lifts the post, as on
 * the Threads fixture in Firefox), and the first look, at the click, counts that old move.
 */
export const SAMPLE_MS = 200;

export type GuardRefusal = Refusal | 'too-soon';

export type Guard = {
  /** Start tracking a new shortcut. */
  watch(host: Element): void;
  /** Why an activation now must not count, or null. */
  refusal(host: Element, point: { x: number; y: number } | null): GuardRefusal | null;
  stop(): void;
};

type Seen = { since: number | null; x: number; y: number; w: number; h: number };

type IO = typeof IntersectionObserver;
type V2Init = IntersectionObserverInit & { trackVisibility?: boolean; delay?: number };

/**
 * Clickjacking guard: a click (or Enter/Space) counts only if the shortcut has been really
 * visible and unmoved for MIN_VISIBLE_MS before it.
 *
 * "Visible" comes from IntersectionObserver v2 where the browser has it (Chromium:
 * `trackVisibility`, which accounts for opacity, filters, transforms, masks and anything drawn
 * over the element, even content that lets clicks through). Tracking visibility is costly, so
 * the v2 observer holds only shortcuts within a screen of the viewport (a plain observer, shared
 * by all shortcuts, hands them over). Elsewhere (Firefox) "visible since" is when it entered the
 * viewport, and the click-time checks of visibility.ts do the rest: `styleCheck`, handed in only
 * to the Firefox build (so Chromium's feed script doesn't carry it), and hit-testing.
 *
 * "Unmoved": the rectangle recorded when it became visible is compared at every scroll, resize
 * and pointer move (once per frame, just after it is drawn), every SAMPLE_MS while it is in
 * view (layout that settles on its own) and at the click; any movement restarts the clock, so
 * a page that slides the button under the pointer, or scrolls it there, gets a refusal, while a
 * move long before the click — the page's own layout settling — has been seen and timed when it
 * happened.
 */
export function createGuard(doc: Document, clock: () => number, styleCheck?: StyleCheck): Guard {
  const view = doc.defaultView;
  const seen = new WeakMap<Element, Seen>();
  const near = new Set<Element>();
  const Observer = (view as (Window & { IntersectionObserver?: IO }) | null)?.IntersectionObserver;
  const v2 =
    !!Observer &&
    'isVisible' in
      (view as unknown as { IntersectionObserverEntry: IO }).IntersectionObserverEntry.prototype;

  const record = (host: Element, since: number | null, rect: DOMRectReadOnly) => {
    seen.set(host, { since, x: rect.left, y: rect.top, w: rect.width, h: rect.height });
  };

  const visibility = v2
    ? new (Observer as IO)(
        (entries) => {
          for (const e of entries) {
            const visible = (e as IntersectionObserverEntry & { isVisible: boolean }).isVisible;
            record(e.target, visible ? clock() : null, e.boundingClientRect);
          }
        },
        { trackVisibility: true, delay: 100 } as V2Init,
      )
    : null;

  /** Every visible shortcut in view (with v2: within a screen) is measured again. */
  const sample = () => {
    for (const host of near) if (seen.get(host)?.since != null) resample(host);
  };
  let timer: number | undefined;

  const presence = Observer
    ? new Observer(
        (entries) => {
          for (const e of entries) {
            if (e.isIntersecting) {
              near.add(e.target);
              if (visibility) visibility.observe(e.target);
              else record(e.target, clock(), e.boundingClientRect);
            } else {
              near.delete(e.target);
              visibility?.unobserve(e.target);
              record(e.target, null, e.boundingClientRect);
            }
          }
          // A timer only while some shortcut is near: a page without one in view costs nothing.
          if (!near.size) timer = void view?.clearInterval(timer);
          // The tick only asks for a measure after the next frame (onMove): the layout it reads
          // is the frame's own, never one forced halfway through a page's update.
          else timer ??= view?.setInterval(onMove, SAMPLE_MS);
        },
        // With v2, hand over a screen ahead so its first report (100 ms) is in before the user
        // gets there; without it, "seen" means in the viewport itself.
        { rootMargin: v2 ? '100% 0px' : '0px' },
      )
    : null;

  /** Movement restarts the clock. True when it moved. */
  function resample(host: Element): boolean {
    const state = seen.get(host);
    const rect = host.getBoundingClientRect();
    if (!state) {
      record(host, clock(), rect);
      return false;
    }
    const moved = [
      rect.left - state.x,
      rect.top - state.y,
      rect.width - state.w,
      rect.height - state.h,
    ].some((d) => Math.abs(d) > MOVED);
    if (moved) record(host, state.since === null ? null : clock(), rect);
    return moved;
  }

  let pending = false;
  /**
   * A measure once per frame, taken just after the frame is drawn: a task queued from the frame
   * callback runs once the browser has laid out and painted, so the rectangles read are the ones
   * on screen and reading them normally forces no layout of its own (read in the frame callback,
   * they made the browser lay out mid-update, then again after the page's own changes that
   * frame). A click measures at once (`refusal`), so nothing is missed in between.
   */
  let frame: number | undefined;
  let task: number | undefined;
  const measured = () => {
    pending = false;
    task = undefined;
    sample();
  };
  const onMove = () => {
    if (pending || !view) return;
    pending = true;
    frame = view.requestAnimationFrame(() => {
      frame = undefined;
      task = view.setTimeout(measured, 0);
    });
  };
  const MOVES = ['scroll', 'resize', 'pointermove'] as const;
  const options = { capture: true, passive: true };
  for (const type of MOVES) view?.addEventListener(type, onMove, options);

  return {
    watch(host) {
      if (presence) presence.observe(host);
      else record(host, clock(), host.getBoundingClientRect()); // No observer at all: from now.
    },
    refusal(host, point) {
      // Firefox has no IntersectionObserver v2: its style check (which sees masks too) stands
      // in, and the mask check stays out of its feed scripts (their 25 KB budget).
      const seenRefusal =
        visibilityRefusal(host, point) ??
        (v2 && !import.meta.env.FIREFOX ? maskRefusal(host) : (styleCheck?.(host) ?? null));
      if (seenRefusal) return seenRefusal;
      if (resample(host)) return 'too-soon';
      const since = seen.get(host)?.since;
      if (since == null) return 'hidden';
      return clock() - since < MIN_VISIBLE_MS ? 'too-soon' : null;
    },
    stop() {
      presence?.disconnect();
      visibility?.disconnect();
      near.clear();
      view?.clearInterval(timer);
      if (frame !== undefined) view?.cancelAnimationFrame(frame);
      view?.clearTimeout(task);
      for (const type of MOVES) view?.removeEventListener(type, onMove, options);
    },
  };
}
