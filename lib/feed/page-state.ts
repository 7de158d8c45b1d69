import type { GoneState, WatchRules } from '../platforms/gone';

/** What the watch reads on a page: the item is there, gone in one of the known ways, or unclear. */
export type ReadState = 'online' | GoneState | null;

/** Text of at most this many UTF-16 units is tested against a rule (a huge page stays cheap). */
const TEXT_MAX = 20000;

function matches(doc: Document, selector: string, text: RegExp): boolean {
  for (const el of doc.querySelectorAll(selector)) {
    if (text.test((el.textContent ?? '').slice(0, TEXT_MAX))) return true;
  }
  return false;
}

/**
 * The state of the page's item, read from markup only (no request, nothing loaded): the
 * platform's own error containers first, then the item itself, then whole-page wording (only
 * when the item is absent). Null = can't tell yet; the caller reads again later or says nothing.
 */
export function readPageState(doc: Document, rules: WatchRules, url: URL): ReadState {
  const weak = [];
  for (const rule of rules.gone) {
    if (rule[1] === 'body') weak.push(rule);
    else if (matches(doc, rule[1], rule[2])) return rule[0];
  }
  if (doc.querySelector(rules.present(url))) return 'online';
  for (const [state, selector, text] of weak) {
    if (matches(doc, selector, text)) return state;
  }
  return null;
}
