import type { CaptureInput } from '../case/capture';
import type { Adapter, PageInfo, PostCapture, SelectorTier } from '../platforms/adapter';
import { countReadFailure } from './read-counts';

/** The background caps addresses at 2,048 characters; a long query string is cut, not the page. */
const MAX_PAGE_URL = 2048;

/**
 * What a click on a shortcut captures, read afresh at click time (a recycled node showing another
 * post is captured as that post): the adapter's reading of the post, or of the page for the
 * page's own shortcut (`target` null), plus how and when. Null when it can't be read (the
 * reason is counted for Settings › Diagnostics, read-counts.ts).
 */
export function readTarget(
  adapter: Adapter,
  doc: Document,
  target: Element | null,
  page: PageInfo,
  now: Date,
): CaptureInput | null {
  let capture: PostCapture | undefined;
  let tier: SelectorTier = 'url';
  if (target) {
    if (!target.isConnected) return null;
    const reading = adapter.readPost(target, page);
    if (!reading.ok) {
      countReadFailure(reading.reason);
      return null;
    }
    capture = reading.capture;
    tier = reading.tier;
  } else {
    capture = adapter.readPage?.(doc, page)?.capture;
    if (!capture) return null;
  }
  const href = page.url.href;
  return {
    ...capture,
    via: 'shortcut',
    capturedAt: now.toISOString(),
    pageUrl: href.length > MAX_PAGE_URL ? page.url.origin + page.url.pathname : href,
    adapter: { id: adapter.id, version: adapter.version, tier },
  };
}
