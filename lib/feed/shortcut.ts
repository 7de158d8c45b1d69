import { adoptStyles } from './style';

export const SHORTCUT_TAG = 'beacon-shortcut';

// px only: some sites (Reddit) change the root font size, and rem/em would resize the button.
// `all: initial` on the host stops the page's inherited fonts and colours from leaking in.
const CSS = `:host{all:initial;display:inline-flex;flex:none;align-items:center;justify-content:center;width:28px;height:28px;margin:0 4px;vertical-align:middle;position:relative;contain:layout style}
button{all:initial;box-sizing:border-box;display:inline-flex;align-items:center;justify-content:center;width:28px;height:28px;border-radius:14px;border:1px solid #a8322d;background:#fff;color:#a8322d;cursor:pointer}
button:hover{background:#fbeae9}
button:focus-visible{outline:2px solid #1a5fd6;outline-offset:2px}
svg{width:16px;height:16px;fill:currentColor;pointer-events:none}`;

const SVG = 'http://www.w3.org/2000/svg';
// A small flag (drawn, not loaded).
const FLAG = 'M4 2h2v20H4zM7 3h11l-2.5 4.5L18 12H7z';

/** Events stopped at the shortcut so the post underneath doesn't also open or navigate. */
const STOPPED = ['click', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'keydown'] as const;

export type Shortcut = { host: HTMLElement; button: HTMLButtonElement };

/**
 * A `<beacon-shortcut>` with a closed shadow root holding one labelled button. No custom element
 * definition (content scripts have no `customElements` in Chromium): a plain element with a
 * shadow root, the shared stylesheet, and `onEvent` — one function shared by every shortcut —
 * listening on its own shadow root.
 */
export function createShortcut(
  doc: Document,
  label: string,
  onEvent: (this: ShadowRoot, event: Event) => void,
): Shortcut {
  const host = doc.createElement(SHORTCUT_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  adoptStyles(root, CSS);
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-label', label);
  button.title = label;
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(SVG, 'path');
  path.setAttribute('d', FLAG);
  svg.append(path);
  button.append(svg);
  root.append(button);
  for (const type of STOPPED) root.addEventListener(type, onEvent);
  return { host, button };
}
