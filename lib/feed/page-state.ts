import type { GoneState, WatchRules } from '../platforms/gone';

/** What the watch reads on a page: the item is there, gone in one of the known ways, or unclear. */
export type ReadState = 'online' | GoneState | null;

/** Text of at most this many UTF-16 units is tested against a rule (a huge page stays cheap). */
const TEXT_MAX = 20000;
/**
 * Nodes one read of a page may visit, over all its selectors, and elements it reads per
 * selector: a page can't stretch a read by piling up empty or matching elements (text length
 * alone doesn't bound the walk). A real feed page of 100 posts is about 50,000 nodes.
 */
export const NODE_MAX = 150_000;
export const ELEMENTS_MAX = 50;
/** What is left of a read's node budget. */
type Budget = { nodes: number };

/**
 * Elements whose text no one sees: scripts and styles (platforms ship their whole UI catalog,
 * error wording included, inside inline scripts and JSON), templates, and subtrees hidden by
 * attribute or inline style. Their wording is never the page saying the item is gone.
 */
const UNSEEN_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'HEAD']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

function unseen(el: Element): boolean {
  if (UNSEEN_TAGS.has(el.tagName.toUpperCase())) return true;
  // Not aria-hidden: it hides from assistive tech only (apps set it on the whole page behind a
  // dialog), and what sighted users see still counts.
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/**
 * The text a reader would see in `root`, up to TEXT_MAX: text nodes outside unseen subtrees
 * (a CSS class that hides something is not looked up: that would cost a style computation per
 * element). An unseen root, or one inside an unseen ancestor, has no visible text.
 */
function visibleText(root: Element, budget: Budget): string {
  for (let el: Element | null = root; el; el = el.parentElement) if (unseen(el)) return '';
  // A plain depth-first walk (no TreeWalker filter callback: the browser would call back into
  // the content script once per node).
  let text = '';
  let node: Node | null = root.firstChild;
  while (node && text.length < TEXT_MAX && budget.nodes-- > 0) {
    const element = node.nodeType === 1 ? (node as Element) : null;
    if (node.nodeType === 3) text += (node as Text).data;
    if (element && !unseen(element) && element.firstChild) {
      node = element.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  // Any run of white space as one space: pages put no-break spaces (U+00A0, U+202F) and line
  // breaks inside their messages, and the rules are written with plain spaces.
  return text.slice(0, TEXT_MAX).replace(/\s+/g, ' ');
}

/**
 * The visible texts of the elements a selector finds, read once per page read: several rules
 * share a selector (X has four on its empty-state and error containers), and each whole-page
 * query and text read costs as much as the test itself.
 */
type TextsBySelector = { texts: Map<string, string[]>; budget: Budget };

function matches(doc: Document, seen: TextsBySelector, selector: string, text: RegExp): boolean {
  let texts = seen.texts.get(selector);
  if (!texts) {
    texts = [...doc.querySelectorAll(selector)]
      .slice(0, ELEMENTS_MAX)
      .map((el) => visibleText(el, seen.budget));
    seen.texts.set(selector, texts);
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
export function readPage(
  doc: Document,
  rules: WatchRules,
  url: URL,
  /** The read's node budget (NODE_MAX; a unit test sets a small one). */
  nodeMax = NODE_MAX,
): PageReading | null {
  const weak = [];
  const seen: TextsBySelector = { texts: new Map(), budget: { nodes: nodeMax } };
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
