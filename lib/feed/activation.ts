import type { ShortcutHandler } from './shield';

export type Point = { x: number; y: number };

export type ActivationOptions = {
  /** Subscribe the handler to shortcut events (shield.ts in the content script). */
  listen(handler: ShortcutHandler): () => void;
  /** Is this element one of the feed's live shortcuts? */
  isShortcut(host: Element): boolean;
  /** Why this activation must not count (a reason to show), or null when it counts. */
  refusal(host: HTMLElement, point: Point | null): string | null;
  activate(host: HTMLElement): void;
  refused(host: HTMLElement, reason: string): void;
};

export type Activation = { stop(): void };

/**
 * The one delegated handler of every shortcut, fed by the shield (shield.ts: the window's first
 * capture-phase listener), so the post underneath doesn't also open, navigate or take the key
 * press, and the page's own listeners never see the event. Only a trusted
 * click counts (a keyboard Enter/Space on the button is a click with `detail` 0), and only when
 * the visibility guard has no objection.
 */
export function listenForActivation(opts: ActivationOptions): Activation {
  let stopped = false;

  function onShortcutEvent(event: Event, host: Element) {
    if (!opts.isShortcut(host)) return;
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

  const unlisten = opts.listen(onShortcutEvent);
  return {
    stop() {
      stopped = true;
      unlisten();
    },
  };
}
