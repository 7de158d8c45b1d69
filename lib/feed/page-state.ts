import type { GoneState, WatchRules } from '../platforms/gone';

/** What the watch reads on a page: the item is there, gone in one of the known ways, or unclear. */
export type ReadState = 'online' | GoneState | null;

/** Text of at most this many UTF-16 units is tested against a rule (a huge page stays cheap). */
const TEXT_MAX = 20000;

/**
 * The texts of the elements a selector finds, read once per page read: several rules share a
 * selector (X has four on its empty-state and error containers), and each whole-page query and
 * textContent costs as much as the test itself.
 */
type TextsBySelector = Map<string, string[]>;

function matches(doc: Document, seen: TextsBySelector, selector: string, text: RegExp): boolean {
  let texts = seen.get(selector);
  if (!texts) {
    texts = [...doc.querySelectorAll(selector)].map((el) =>
      (el.textContent ?? '').slice(0, TEXT_MAX),
    );
    seen.set(selector, texts);
  }
  return texts.some((t) => text.test(t));
}

/**
 * Where a reading came from: the platform's own error container or the item itself ('sure':
 * the page has rendered that far), or wording anywhere on the page ('page': a single-page app
 * can show a generic "isn't available" while it is still loading the item, so the caller must
 * not trust one early reading of it).
 */
export type PageReading = { state: NonNullable<ReadState>; from: 'sure' | 'page' };

/**
 * The state of the page's item, read from markup only (no request, nothing loaded): the
 * platform's own error containers first, then the item itself, then whole-page wording (only
 * when the item is absent). Null = can't tell yet; the caller reads again later or says nothing.
 */
export function readPage(doc: Document, rules: WatchRules, url: URL): PageReading | null {
  const weak = [];
  const seen: TextsBySelector = new Map();
  for (const rule of rules.gone) {
    if (rule[1] === 'body') weak.push(rule);
    else if (matches(doc, seen, rule[1], rule[2])) return { state: rule[0], from: 'sure' };
  }
  if (doc.querySelector(rules.present(url))) return { state: 'online', from: 'sure' };
  for (const [state, selector, text] of weak) {
    if (matches(doc, seen, selector, text)) return { state, from: 'page' };
  }
  return null;
}

/** The state alone (tests of the rules): see `readPage`. */
export function readPageState(doc: Document, rules: WatchRules, url: URL): ReadState {
  return readPage(doc, rules, url)?.state ?? null;
}
