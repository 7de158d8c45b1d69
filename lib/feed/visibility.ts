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
 * How much of an element a `filter` value lets through, 0..1 (1: unchanged). Fades and darkens
 * multiply; a `url(...)` SVG filter can do anything, so it counts as hiding; a wide blur too,
 * and a half inversion (flat grey). Brightening whites out the red flag on the white disc
 * (`brightness(20)`: all white): it counts as fading by its square root, so brightness 2 in
 * all (one function, a chain, or over ancestors, as the factors multiply) is the most that
 * passes (1/√2 ≈ 0.71 ≥ MIN_OPACITY). High contrast, saturate, hue-rotate, grayscale and sepia
 * pass: each keeps white white and the flag far from it (contrast pushes the flag's channels
 * to pure red, saturate leaves greys alone, the others keep its darkness), so only with
 * brightening can they hide the button, and the brightening is what is counted.
 */
export function filterVisibility(filter: string): number {
  if (/url\(/i.test(filter)) return 0;
  let factor = 1;
  for (const [, name, arg = ''] of filter.matchAll(/([a-z-]+)\(([^)]*)\)/gi)) {
    const raw = Number.parseFloat(arg);
    if (!Number.isFinite(raw)) continue;
    const amount = Math.max(0, arg.includes('%') ? raw / 100 : raw);
    const value = Math.min(1, amount);
    const fn = name?.toLowerCase();
    if (fn === 'brightness' && amount > 1) factor /= Math.sqrt(amount);
    else if (fn === 'opacity' || fn === 'brightness' || fn === 'contrast') factor *= value;
    else if (fn === 'invert') factor *= Math.min(1, Math.abs(1 - 2 * value) + 0.3);
    else if (fn === 'blur' && raw >= 3) factor = 0;
  }
  return factor;
}

/** The area scale of a computed `transform` (a matrix), 1 when there is none. */
export function transformScale(transform: string): number {
  if (!transform || transform === 'none') return 1;
  const m = /^matrix(3d)?\(([^)]*)\)/.exec(transform);
  if (!m) return 1;
  const v = (m[2] ?? '').split(',').map(Number);
  // 2D: a b c d; 3D: the x and y columns' first two rows (what lands on the screen).
  const [a, b, c, d] = m[1] ? [v[0], v[1], v[4], v[5]] : [v[0], v[1], v[2], v[3]];
  const det = Math.abs((a ?? 1) * (d ?? 1) - (b ?? 0) * (c ?? 0));
  return Number.isFinite(det) ? det : 0;
}

type StyleLike = Pick<
  CSSStyleDeclaration,
  'display' | 'visibility' | 'opacity' | 'filter' | 'mixBlendMode' | 'transform'
> & { [key: string]: unknown };

/**
 * What one element's computed style does to what is drawn inside it, as a factor 0..1 (0: hides
 * it): opacity, filter functions, masks (a mask can cut out exactly the button), blend modes
 * (can make it vanish into the background), `content-visibility: hidden`, a transform that
 * scales to almost nothing; 0 when it hides outright (display none, visibility hidden).
 */
export function styleVisibility(style: StyleLike): number {
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse')
    return 0;
  if (style.contentVisibility === 'hidden') return 0;
  for (const mask of [style.maskImage, style.webkitMaskImage]) {
    if (typeof mask === 'string' && mask !== '' && mask !== 'none') return 0;
  }
  if (style.mixBlendMode && style.mixBlendMode !== 'normal') return 0;
  let factor = Number.parseFloat(style.opacity);
  if (!Number.isFinite(factor)) factor = 1;
  factor *= filterVisibility(style.filter);
  if (transformScale(style.transform) < 0.25) return 0;
  return factor;
}

/** Points of a rectangle hit-tested: the centre and four points inset from the corners. */
export function probePoints(rect: DOMRect): Array<{ x: number; y: number }> {
  const { left, top, width, height } = rect;
  const inset = Math.min(4, width / 4, height / 4);
  // Fractions of the inner rectangle (inset from each edge): centre, then the four corners.
  return [0.5, 0, 1].flatMap((fx, i) =>
    (i ? [0, 1] : [0.5]).map((fy) => ({
      x: left + inset + fx * (width - 2 * inset),
      y: top + inset + fy * (height - 2 * inset),
    })),
  );
}

/**
 * Why Beacon's element should not count as seen, by the computed styles of it and every
 * ancestor: hidden, faded, masked, blended or shrunk (see styleVisibility). Browsers with
 * IntersectionObserver v2 know this better (guard.ts), so only the others need it.
 */
export function styleRefusal(host: Element): Refusal | null {
  const view = host.ownerDocument.defaultView;
  if (!view) return 'hidden';
  let opacity = 1;
  for (let el: Element | null = host; el; el = parentOf(el)) {
    const factor = styleVisibility(view.getComputedStyle(el) as unknown as StyleLike);
    if (factor === 0) return 'hidden';
    opacity *= factor;
    if (opacity < MIN_OPACITY) return 'transparent';
  }
  return null;
}

/**
 * A mask on the shortcut or an ancestor, which can cut out exactly the button. Chromium's
 * IntersectionObserver v2 doesn't count masks among the effects that make an element not
 * visible (tests/e2e/hostile.e2e.ts caught it), so every browser checks them here.
 */
export function maskRefusal(host: Element): Refusal | null {
  const view = host.ownerDocument.defaultView;
  for (let el: Element | null = host; el && view; el = parentOf(el)) {
    // -webkit-mask-image is an alias of mask-image in both engines.
    const mask = view.getComputedStyle(el).maskImage;
    if (mask && mask !== 'none') return 'hidden';
  }
  return null;
}

/**
 * Why a click on Beacon's element should not count, by where it is: not tiny, inside the
 * viewport (a point outside it hits nothing), and the topmost element at the click point and at
 * five points across it (a cover over part of it, or a clip, shows there). Hit-testing can't see an overlay that lets clicks
 * through (`pointer-events: none`): IntersectionObserver v2 does (guard.ts). Keyboard activation
 * has no pointer (`point` null).
 */
export function visibilityRefusal(
  host: Element,
  point: { x: number; y: number } | null,
): Refusal | null {
  const view = host.ownerDocument.defaultView;
  if (!view || !host.isConnected) return 'hidden';
  const rect = host.getBoundingClientRect();
  if (rect.width < MIN_SIZE || rect.height < MIN_SIZE) return 'zero-size';
  const inside =
    point &&
    point.x >= rect.left &&
    point.x <= rect.right &&
    point.y >= rect.top &&
    point.y <= rect.bottom;
  const probes = probePoints(rect);
  if (inside) probes.unshift(point);
  // From the host's own root (document or the page's shadow root), the topmost element there
  // must be the host itself: anything else lies over it.
  const root = host.getRootNode() as Document | ShadowRoot;
  for (const { x, y } of probes) {
    if (root.elementFromPoint?.(x, y) !== host) return 'covered';
  }
  return null;
}
