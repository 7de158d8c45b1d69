// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  filterVisibility,
  MIN_OPACITY,
  maskRefusal,
  probePoints,
  styleRefusal,
  styleVisibility,
  transformScale,
  visibilityRefusal,
} from '@/lib/feed/visibility';

const style = (over: Record<string, string>) =>
  ({
    display: 'block',
    visibility: 'visible',
    opacity: '1',
    filter: 'none',
    mixBlendMode: 'normal',
    transform: 'none',
    maskImage: 'none',
    contentVisibility: 'visible',
    ...over,
  }) as unknown as Parameters<typeof styleVisibility>[0];

describe('filterVisibility', () => {
  it.each([
    ['none', 1],
    ['opacity(0.5)', 0.5],
    ['opacity(50%)', 0.5],
    ['brightness(0)', 0],
    ['brightness(0.3) opacity(0.9)', 0.27],
    ['contrast(0.1)', 0.1],
    ['blur(10px)', 0],
    ['url("#hide")', 0],
    ['drop-shadow(0 0 2px red) hue-rotate(90deg)', 1],
  ])('%s lets through %s', (filter, expected) => {
    expect(filterVisibility(filter)).toBeCloseTo(expected, 5);
  });

  it('brightening whites the button out: more than brightness 2 in all is refused', () => {
    for (const filter of [
      'brightness(20)',
      'brightness(300%)',
      'brightness(2.5)',
      'brightness(1e300)',
    ]) {
      expect(filterVisibility(filter), filter).toBeLessThan(MIN_OPACITY);
    }
    // A chain multiplies, as the browser applies it: 1.5 × 1.5 = 2.25.
    expect(filterVisibility('brightness(1.5) brightness(1.5)')).toBeLessThan(MIN_OPACITY);
    expect(filterVisibility('contrast(3) brightness(4)')).toBeLessThan(MIN_OPACITY);
    // Up to 2 stays (a hover brightening on a site is common).
    expect(filterVisibility('brightness(2)')).toBeGreaterThanOrEqual(MIN_OPACITY);
    expect(filterVisibility('brightness(1.2)')).toBeGreaterThanOrEqual(MIN_OPACITY);
  });

  it('contrast, saturate and hue tricks keep the white disc and the red flag apart: they pass', () => {
    for (const filter of [
      'contrast(100)',
      'saturate(50)',
      'saturate(0)',
      'hue-rotate(180deg)',
      'grayscale(1)',
      'sepia(1)',
    ]) {
      expect(filterVisibility(filter), filter).toBe(1);
    }
  });

  it('half inversion (flat grey) counts as hidden; full inversion stays readable', () => {
    expect(filterVisibility('invert(0.5)')).toBeLessThan(0.7);
    expect(filterVisibility('invert(1)')).toBe(1);
  });

  it('survives malformed and hostile values', () => {
    expect(filterVisibility('opacity(')).toBe(1);
    expect(filterVisibility('opacity(abc)')).toBe(1);
    expect(filterVisibility('opacity(-3)')).toBe(0);
    expect(filterVisibility(`opacity(${'9'.repeat(5000)})`)).toBe(1);
    expect(filterVisibility('\u202Eopacity(0)')).toBe(0);
  });
});

describe('transformScale', () => {
  it.each([
    ['none', 1],
    ['matrix(1, 0, 0, 1, 40, 0)', 1],
    ['matrix(0.01, 0, 0, 0.01, 0, 0)', 0.0001],
    ['matrix(2, 0, 0, 2, 0, 0)', 4],
    ['matrix3d(1, 0, 0, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, 0, 1)', 0], // rotateX(90deg)
  ])('%s scales area by %s', (transform, expected) => {
    expect(transformScale(transform)).toBeCloseTo(expected, 5);
  });

  it('a malformed matrix counts as hiding', () => {
    expect(transformScale('matrix(a, b)')).toBe(0);
  });
});

describe('styleVisibility', () => {
  it.each([
    ['display none', { display: 'none' }],
    ['visibility hidden', { visibility: 'hidden' }],
    ['visibility collapse', { visibility: 'collapse' }],
    ['content-visibility hidden', { contentVisibility: 'hidden' }],
    ['a mask image', { maskImage: 'linear-gradient(transparent, transparent)' }],
    ['a -webkit- mask image', { webkitMaskImage: 'url(x.svg)' }],
    ['a blend mode', { mixBlendMode: 'multiply' }],
    ['scaled to almost nothing', { transform: 'matrix(0.1, 0, 0, 0.1, 0, 0)' }],
  ])('hides outright: %s', (_name, over) => {
    expect(styleVisibility(style(over))).toBe(0);
  });

  it('multiplies opacity and filter opacity', () => {
    expect(styleVisibility(style({ opacity: '0.8', filter: 'opacity(0.5)' }))).toBeCloseTo(0.4);
    expect(styleVisibility(style({}))).toBe(1);
    expect(styleVisibility(style({ contentVisibility: 'auto' }))).toBe(1);
  });
});

describe('probePoints', () => {
  it('the centre and four inset corners, all inside the rectangle', () => {
    const rect = { left: 10, top: 20, right: 38, bottom: 48, width: 28, height: 28 } as DOMRect;
    const points = probePoints(rect);
    expect(points[0]).toEqual({ x: 24, y: 34 });
    expect(points).toHaveLength(5);
    for (const p of points) {
      expect(p.x).toBeGreaterThan(10);
      expect(p.x).toBeLessThan(38);
      expect(p.y).toBeGreaterThan(20);
      expect(p.y).toBeLessThan(48);
    }
  });
});

describe('visibilityRefusal', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  function hostAt(rect: Partial<DOMRect>) {
    const host = document.createElement('beacon-shortcut');
    document.body.append(host);
    vi.spyOn(host, 'getBoundingClientRect').mockReturnValue({
      left: 0,
      top: 0,
      right: 28,
      bottom: 28,
      width: 28,
      height: 28,
      ...rect,
    } as DOMRect);
    return host;
  }

  it('refuses a shortcut outside the viewport (its points hit nothing)', () => {
    const host = hostAt({ left: -100, right: -72 });
    document.elementFromPoint = (x) => (x < 0 ? null : host);
    expect(visibilityRefusal(host, null)).toBe('covered');
  });

  it('maskRefusal finds a mask on any ancestor', () => {
    const host = hostAt({});
    expect(maskRefusal(host)).toBeNull();
    document.body.style.setProperty('mask-image', 'linear-gradient(transparent, transparent)');
    expect(maskRefusal(host)).toBe('hidden');
    document.body.style.removeProperty('mask-image');
  });

  it('refuses when any of the probe points is covered (a partial cover)', () => {
    const host = hostAt({});
    const cover = document.createElement('div');
    let calls = 0;
    document.elementFromPoint = () => (++calls === 3 ? cover : host);
    expect(visibilityRefusal(host, { x: 14, y: 14 })).toBe('covered');
  });

  it('refuses under an ancestor with a filter or mask', () => {
    const host = hostAt({});
    document.elementFromPoint = () => host;
    document.body.style.filter = 'opacity(0.2)';
    expect(styleRefusal(host)).toBe('transparent');
    document.body.style.maskImage = 'url(#m)';
    expect(styleRefusal(host)).toBe('hidden');
    document.body.style.filter = '';
    document.body.style.maskImage = '';
    expect(styleRefusal(host)).toBeNull();
    expect(visibilityRefusal(host, null)).toBeNull();
    // Brightening split over two ancestors adds up (1.5 × 1.5 > 2).
    document.body.style.filter = 'brightness(1.5)';
    expect(styleRefusal(host)).toBeNull();
    document.documentElement.style.filter = 'brightness(1.5)';
    expect(styleRefusal(host)).toBe('transparent');
    document.body.style.filter = '';
    document.documentElement.style.filter = '';
  });
});
