import { CARD_TAG } from './card';
import { SHORTCUT_TAG } from './shortcut';

/**
 * Events that would tell the page which post the user is about to report: every pointer, mouse,
 * touch, keyboard, focus and activation event whose target is a shortcut (the list Chromium
 * really dispatches there, probed with real input: see tests/e2e/hostile.e2e.ts). That includes
 * `pointerrawupdate` (its `buttons` say the shortcut is being pressed), the pointer capture a
 * touch takes implicitly (`gotpointercapture`, `lostpointercapture`), and the legacy
 * `DOMActivate`, `DOMFocusIn` and `DOMFocusOut` Chromium still fires. Not wheel and touchmove:
 * they say only that the pointer is over the button (which `:hover` tells the page anyway), and
 * stopping them would break the page's own scrolling over it.
 */
export const SHIELDED: readonly string[] = [
  ...['pointer', 'mouse'].flatMap((kind) =>
    ['down', 'up', 'over', 'out', 'enter', 'leave', 'move'].map((what) => kind + what),
  ),
  ...'pointerrawupdate gotpointercapture lostpointercapture click dblclick auxclick contextmenu pointercancel touchstart touchend touchcancel keydown keyup keypress focus blur focusin focusout DOMActivate DOMFocusIn DOMFocusOut'.split(
    ' ',
  ),
];

/**
 * Focus and key events of the card's host (card.ts): the card takes focus when it opens, so a
 * page listening for `focusin` or `keydown` would learn the moment of every capture. Keys go to
 * the feed's handler like a shortcut's (the card closes on Esc); stopping them leaves their
 * default actions (Tab, Enter on a button) alone. Clicks in the card stay visible: the card
 * needs their target, and they carry nothing about the post.
 */
const CARD_QUIET = new Set(
  'focus blur focusin focusout DOMFocusIn DOMFocusOut keydown keyup keypress'.split(' '),
);

/** Gets each shortcut event with the shortcut (host) it came from, and the card's keys (card host). */
export type ShortcutHandler = (event: Event, host: Element) => void;

export type Shield = {
  /** Hand shortcut events to the feed (activation.ts) once it has started. */
  listen(handler: ShortcutHandler): () => void;
  stop(): void;
};

/**
 * The shortcut an event came from, or null. Browsers hand the host itself (events from inside a
 * closed shadow root arrive retargeted); a DOM without retargeting (unit tests) hands the button.
 */
export function shortcutHostOf(target: EventTarget | null, tag = SHORTCUT_TAG): Element | null {
  const el = target as Element | null;
  if (el?.localName === tag) return el;
  const host = (el?.getRootNode?.() as ShadowRoot | undefined)?.host;
  return host?.localName === tag ? host : null;
}

/**
 * The first listener of the window, registered at document_start before any page script runs:
 * in the capture phase it is the first to see every event, and it stops those whose target is
 * one of Beacon's shortcuts (events from inside a shortcut's closed shadow root arrive
 * retargeted to its host) before any listener of the page — on the window, the document or the
 * post — can see them. The feed gets them from here instead.
 */
export function shieldShortcuts(win: Window): Shield {
  let handler: ShortcutHandler | null = null;
  const onEvent = (event: Event) => {
    const card = CARD_QUIET.has(event.type) && shortcutHostOf(event.target, CARD_TAG);
    if (card) {
      event.stopImmediatePropagation();
      handler?.(event, card);
      return;
    }
    const host = shortcutHostOf(event.target);
    if (!host) return;
    event.stopImmediatePropagation();
    handler?.(event, host);
  };
  for (const type of SHIELDED) win.addEventListener(type, onEvent, true);
  return {
    listen(next) {
      handler = next;
      return () => {
        if (handler === next) handler = null;
      };
    },
    stop() {
      handler = null;
      for (const type of SHIELDED) win.removeEventListener(type, onEvent, true);
    },
  };
}
