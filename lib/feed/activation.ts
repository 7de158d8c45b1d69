import { SHORTCUT_TAG, STOPPED } from './shortcut';

export type Point = { x: number; y: number };

export type ActivationOptions = {
  doc: Document;
  /** Is this element one of the feed's live shortcuts? */
  isShortcut(host: Element): boolean;
  /** Why this activation must not count (a reason to show), or null when it counts. */
  refusal(host: HTMLElement, point: Point | null): string | null;
  activate(host: HTMLElement): void;
  refused(host: HTMLElement, reason: string): void;
};

export type Activation = { stop(): void };

/**
 * The shortcut an event came from, or null. Browsers hand the host itself (events from inside a
 * closed shadow root arrive retargeted); a DOM without retargeting (unit tests) hands the button.
 */
export function shortcutHostOf(target: EventTarget | null, doc: Document): Element | null {
  const el = target as Element | null;
  const root = el?.getRootNode?.() as ShadowRoot | Document | undefined;
  const host = root && root !== doc && 'host' in root ? root.host : el;
  return host?.localName === SHORTCUT_TAG ? host : null;
}

/**
 * The one delegated listener of every shortcut, on the document in the capture phase. Stopped
 * there, the post underneath doesn't also open, navigate or take the key press. Only a trusted
 * click counts (a keyboard Enter/Space on the button is a click with `detail` 0), and only when
 * the visibility guard has no objection.
 */
export function listenForActivation(opts: ActivationOptions): Activation {
  const { doc } = opts;
  let stopped = false;

  function onDocumentEvent(event: Event) {
    const host = shortcutHostOf(event.target, doc);
    if (!host || !opts.isShortcut(host)) return;
    event.stopPropagation();
    if (event.type !== 'click') return;
    event.preventDefault();
    if (!event.isTrusted || stopped) return;
    const click = event as MouseEvent;
    // Keyboard activation has no pointer position (detail 0): the centre is checked instead.
    const point = click.detail === 0 ? null : { x: click.clientX, y: click.clientY };
    const reason = opts.refusal(host as HTMLElement, point);
    if (reason) opts.refused(host as HTMLElement, reason);
    else opts.activate(host as HTMLElement);
  }

  for (const type of STOPPED) doc.addEventListener(type, onDocumentEvent, true);
  return {
    stop() {
      stopped = true;
      for (const type of STOPPED) doc.removeEventListener(type, onDocumentEvent, true);
    },
  };
}
