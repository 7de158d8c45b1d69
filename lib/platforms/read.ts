import type { PostCapture, PostReading, SelectorTier } from './adapter';

/**
 * Small readers shared by every adapter, so the content-script bundle stays small.
 * Page markup is untrusted: everything here reads attributes and textContent as plain strings,
 * never innerHTML, and never creates elements (a media address is only ever text).
 *
 * Tiers, strongest first: 'testid' = the platform's own dedicated hook (data-testid, data-e2e,
 * custom elements and their attributes); 'aria' = roles and ARIA attributes; 'url' = href
 * patterns; 'structure' = plain element names (video, img, article).
 */

export type Media = NonNullable<PostCapture['media']>[number];
/** One media rule: selector, media kind, tier. Earlier rules win over later ones. */
export type MediaRule = readonly [selector: string, kind: Media['kind'], tier: SelectorTier];

/** First element matching any of the ordered selectors. */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** A trimmed attribute value, or undefined when absent or empty. */
export function attr(el: Element | null | undefined, name: string): string | undefined {
  const value = el?.getAttribute(name)?.trim();
  return value || undefined;
}

/** Visible-text excerpt: textContent with whitespace collapsed, at most `max` UTF-16 units. */
export function excerpt(from: Element | string | null | undefined, max = 500): string | undefined {
  const raw = typeof from === 'string' ? from : from?.textContent;
  let text = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (text.length > max) {
    text = text.slice(0, max);
    // Don't leave half of a surrogate pair at the cut.
    if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
  }
  return text || undefined;
}

/** Absolute https URL of an href (relative to `base`), or undefined. */
export function absolute(href: string | undefined, base: string): URL | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Pathname of an href, resolved against `base` (so "/a/b?c" and absolute links both work). */
export function pathOf(href: string | undefined, base: string): string {
  return absolute(href, base)?.pathname ?? '';
}

/** ISO 8601 from a datetime attribute or a timestamp (ISO text, seconds or milliseconds). */
export function isoTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const number = Number(value);
  const date = Number.isFinite(number)
    ? new Date(number < 1e11 ? number * 1000 : number)
    : // Reddit writes "2025-10-28T11:08:57.123000+0000": trim to milliseconds, add the colon.
      new Date(value.replace(/(\.\d{3})\d+/, '$1').replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The first `time[datetime]` inside `root` and outside `skip` (a quoted post), as ISO. */
export function timeIn(root: ParentNode, skip?: Element | null): string | undefined {
  const time = [...root.querySelectorAll('time[datetime]')].find((t) => !skip?.contains(t));
  return isoTime(attr(time, 'datetime'));
}

/** The address of a media element, as text: src of an img, src or poster of a video. */
export function mediaAddress(el: Element): string | undefined {
  const video = el.closest('video') ?? el.querySelector('video');
  if (video) {
    const src = attr(video, 'src') ?? attr(video.querySelector('source'), 'src');
    // blob: addresses only mean something inside that tab; the poster names the media.
    return src?.startsWith('https:') ? src : attr(video, 'poster');
  }
  const img = el.tagName === 'IMG' ? el : el.querySelector('img');
  return attr(img, 'src');
}

/**
 * Media inside `root`, by ordered rules. An element inside (or around) one already taken is the
 * same media and is skipped; elements inside `skip` (link cards, avatars) are not media.
 */
export function findMedia(
  root: Element,
  rules: readonly MediaRule[],
  skip?: string,
): { media: Media[]; tier?: SelectorTier } {
  const taken: Element[] = [];
  const media: Media[] = [];
  let tier: SelectorTier | undefined;
  for (const [selector, kind, ruleTier] of rules) {
    for (const el of root.querySelectorAll(selector)) {
      if (skip && el.closest(skip)) continue;
      if (taken.some((t) => t.contains(el) || el.contains(t))) continue;
      taken.push(el);
      tier ??= ruleTier;
      const address = mediaAddress(el);
      media.push(address ? { kind, address } : { kind });
      if (media.length >= 50) return { media, tier };
    }
  }
  return { media, tier };
}

/**
 * Cheap form of findMedia for the feed's hot path: is there any media outside `skip`?
 * One selector at a time, first match only: Chromium matches a comma-joined selector list over
 * a post about 5x slower than its parts one by one (tests/bench/feed-profile.bench.ts), and a
 * media post usually stops at the first rule. Only when that first match sits in `skip` (a link
 * card) are the rule's other matches looked at.
 */
export function anyMedia(root: Element, rules: readonly MediaRule[], skip?: string): boolean {
  const outside = (el: Element) => !skip || !el.closest(skip);
  return rules.some(([selector]) => {
    const found = root.querySelector(selector);
    return found && (outside(found) || [...root.querySelectorAll(selector)].some(outside));
  });
}

/** Drop undefined fields, so captures compare and serialise cleanly. */
export function clean<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] === undefined) delete value[key];
  }
  return value;
}

/** The common tail of every readPost: no permalink / no media checks, then the capture. */
export function reading(
  capture: PostCapture,
  tier: SelectorTier | undefined,
  hasMedia: boolean,
): PostReading {
  if (!capture.permalink) return { ok: false, reason: 'no-permalink' };
  if (!hasMedia) return { ok: false, reason: 'no-media' };
  if (capture.author && Object.keys(clean(capture.author)).length === 0) delete capture.author;
  if (capture.quoted) clean(capture.quoted);
  return { ok: true, capture: clean(capture), tier: tier ?? 'structure' };
}

/**
 * The first link under `root` (in order, outside `skip`) whose path+query matches `pattern`,
 * with the match. Ids come from URLs, not from the page's own labels.
 */
export function linkMatch(
  root: ParentNode,
  selector: string,
  pattern: RegExp,
  base: string,
  skip?: Element | null,
): RegExpExecArray | null {
  for (const link of root.querySelectorAll(selector)) {
    if (skip?.contains(link)) continue;
    const url = absolute(attr(link, 'href'), base);
    const match = url && pattern.exec(url.pathname + url.search);
    if (match) return match;
  }
  return null;
}
