export type Refusal = 'zero-size' | 'hidden' | 'transparent' | 'covered';

/** Minimum effective opacity, as KeePassXC-Browser refuses below it (clickjacking, DEF CON 33). */
export const MIN_OPACITY = 0.7;
const MIN_SIZE = 8;

function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * Why a click on Beacon's element should not count, or null when it is really visible where the
 * user clicked: not zero-sized, not hidden, not see-through (the product of its ancestors'
 * opacity), and the topmost element at the click point. Keyboard activation has no pointer
 * position (`point` null): the element's centre is checked instead.
 */
export function visibilityRefusal(
  host: Element,
  point: { x: number; y: number } | null,
): Refusal | null {
  const view = host.ownerDocument.defaultView;
  if (!view || !host.isConnected) return 'hidden';
  const rect = host.getBoundingClientRect();
  if (rect.width < MIN_SIZE || rect.height < MIN_SIZE) return 'zero-size';
  const own = view.getComputedStyle(host);
  if (own.visibility === 'hidden' || own.visibility === 'collapse') return 'hidden';
  let opacity = 1;
  for (let el: Element | null = host; el; el = parentOf(el)) {
    const style = view.getComputedStyle(el);
    if (style.display === 'none') return 'hidden';
    const value = Number.parseFloat(style.opacity);
    if (Number.isFinite(value)) opacity *= value;
    if (opacity < MIN_OPACITY) return 'transparent';
  }
  const inside =
    point &&
    point.x >= rect.left &&
    point.x <= rect.right &&
    point.y >= rect.top &&
    point.y <= rect.bottom;
  const x = inside ? point.x : rect.left + rect.width / 2;
  const y = inside ? point.y : rect.top + rect.height / 2;
  // From the host's own root (document or the page's shadow root), the topmost element there
  // must be the host itself: anything else lies over it.
  const root = host.getRootNode() as Document | ShadowRoot;
  const hit = root.elementFromPoint?.(x, y);
  return hit === host ? null : 'covered';
}
