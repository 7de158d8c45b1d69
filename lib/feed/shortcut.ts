import { adoptStyles } from './style';

export const SHORTCUT_TAG = 'beacon-shortcut';

// px only: some sites (Reddit) change the root font size, and rem/em would resize the button.
// Kept cheap for a feed of thousands (measured by tests/bench/feed.bench.mjs): no `all: initial`
// (hundreds of properties per element), no containment, clip-path, positioned pseudo-elements or
// SVG (each adds paint-tree work per post); the flag is two background rectangles.
const FLAG = 'linear-gradient(#a8322d,#a8322d)';
const CSS = `:host{display:inline-block;width:28px;height:28px;margin:0 4px;padding:0;vertical-align:middle;flex:none}
button{display:block;box-sizing:border-box;width:28px;height:28px;margin:0;padding:0;border:1px solid #a8322d;border-radius:14px;cursor:pointer;background:${FLAG} 8px 6px/2px 15px no-repeat,${FLAG} 10px 6px/9px 7px no-repeat,#fff}
button:hover{background-color:#fbeae9}
button:focus-visible{outline:2px solid #1a5fd6;outline-offset:2px}`;

export type Shortcut = { host: HTMLElement; button: HTMLButtonElement };

/**
 * A `<beacon-shortcut>` with a closed shadow root holding one labelled button. No custom element
 * definition (content scripts have no `customElements` in Chromium): a plain element with a
 * shadow root and the shared stylesheet. It has no listener of its own: the feed listens once
 * for the whole window (shield.ts, activation.ts), where events from inside it arrive retargeted to the host.
 */
export function createShortcut(doc: Document, label: string): Shortcut {
  const host = doc.createElement(SHORTCUT_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  adoptStyles(root, CSS);
  const button = buttonModel(doc, label).cloneNode() as HTMLButtonElement;
  root.append(button);
  return { host, button };
}

/** One labelled button per label, copied for each shortcut (a copy costs less than building). */
const models = new Map<string, HTMLButtonElement>();

function buttonModel(doc: Document, label: string): HTMLButtonElement {
  let model = models.get(label);
  if (model?.ownerDocument !== doc) {
    model = doc.createElement('button');
    model.type = 'button';
    model.setAttribute('aria-label', label);
    model.title = label;
    models.set(label, model);
  }
  return model;
}
