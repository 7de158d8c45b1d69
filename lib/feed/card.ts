import type { FeedText } from './i18n';
import { adoptStyles } from './style';

export const CARD_TAG = 'beacon-card';

const CSS = `:host{all:initial!important;display:block!important}
.card{position:fixed;inset:16px 16px auto auto;margin:0;z-index:2147483647;box-sizing:border-box;width:360px;max-height:calc(100vh - 32px);overflow:auto;padding:16px 16px 12px;border-radius:12px;background:#fff;color:#1d1d1f;border:1px solid #c9c9cf;box-shadow:0 6px 24px rgba(0,0,0,.25);font:14px/20px system-ui,sans-serif;text-align:left;direction:ltr}
:focus-visible{outline:2px solid #1a5fd6;outline-offset:2px}
p{margin:0 0 8px}
.status{font-weight:600;padding-right:28px}.error{color:#a8322d}
dl{margin:0 0 8px;display:grid;grid-template-columns:auto 1fr;gap:2px 8px}dt{color:#55555c}dd{margin:0;word-break:break-all}
.path{font-weight:600}.hint{color:#55555c;font-size:13px;line-height:18px}
button{box-sizing:border-box;font:inherit;border-radius:8px;padding:6px 12px;border:1px solid #55555c;background:#fff;color:#1d1d1f;cursor:pointer;margin:0 8px 8px 0}
.primary{display:block;width:100%;background:#a8322d;border-color:#a8322d;color:#fff;font-weight:600}
.close{position:absolute;top:8px;right:8px;width:28px;height:28px;padding:0;margin:0;border:none;font-size:20px;line-height:28px}`;

export type CardRoute = {
  /** The platform's name, as written by the platform. */
  platform: string;
  menuPath: readonly string[];
  formUrl?: string;
  confirmed: boolean;
  noForm?: true;
};

export type CardContent = {
  status: string;
  error?: boolean;
  handle?: string;
  permalink?: string;
  route?: CardRoute;
  /** Offer "Undo" (a saved capture). */
  undo?: boolean;
  /** Some fields were shortened or left out (capture.truncated): say so. */
  truncated?: boolean;
};

export type CardActions = {
  /** Put text on the clipboard (inside the click handler, while the click still counts). */
  copy(text: string): Promise<void>;
  openUrl(url: string): void;
  openCase(): void;
  getHelp(): void;
  /** After the card is gone (Esc or the close button). */
  closed(): void;
  /** The Undo button exists: the clickjacking guard starts watching it. */
  watch(button: HTMLElement): void;
  /** A trusted activation of Undo (`point` null from the keyboard); the answer replaces the status. */
  undo(button: HTMLElement, point: { x: number; y: number } | null): Promise<string | undefined>;
};

export type Card = {
  close(): void;
  /** A key event of the card that the shield kept from the page (shield.ts). */
  key(event: Event): void;
};

/**
 * Where cards are shown: one `<beacon-card>` with a closed shadow root, put in the page when the
 * feed starts — not at capture time, when a MutationObserver of the page would learn that a
 * capture happened. Its `:host` styles are `!important`: inside a shadow root they win over the
 * page's own `!important` rules (`beacon-card { display: none !important }` does nothing).
 */
export type CardLayer = { host: HTMLElement; root: ShadowRoot };

export function createCardLayer(doc: Document): CardLayer {
  const host = doc.createElement(CARD_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  adoptStyles(root, CSS);
  doc.documentElement.append(host);
  return { host, root };
}

/**
 * The one in-page card shown after a capture, in the top layer (a manual popover inside the
 * closed shadow root): above everything the page draws, untouched by the page's opacity, filters
 * or transforms, and out of reach of its selectors. Everything from the page (handle,
 * permalink) goes in as textContent, never as markup, and the permalink is text, not a live
 * link. Only trusted events act.
 */
export function openCard(
  layer: CardLayer,
  t: FeedText,
  content: CardContent,
  actions: CardActions,
): Card {
  const { host, root } = layer;
  const doc = host.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  };

  const dialog = el('div', undefined, 'card');
  dialog.setAttribute('popover', 'manual');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-label', t('feed.label'));
  dialog.tabIndex = -1;

  const status = el('p', content.status, content.error ? 'status error' : 'status');
  dialog.append(status);

  if (content.handle || content.permalink) {
    const list = el('dl');
    if (content.handle) list.append(el('dt', t('feed.account')), el('dd', content.handle));
    if (content.permalink) list.append(el('dt', t('feed.card.link')), el('dd', content.permalink));
    dialog.append(list);
  }
  if (content.truncated) dialog.append(el('p', t('feed.card.truncated'), 'hint'));

  const feedback = el('p', '', 'hint');
  feedback.setAttribute('role', 'status');
  const buttons: Array<[HTMLButtonElement, (event: MouseEvent) => void]> = [];

  const { route, permalink } = content;
  if (route && !content.error) {
    dialog.append(
      el('p', t('feed.card.route', { platform: route.platform })),
      el('p', route.menuPath.join(' → '), 'path'),
    );
    if (route.formUrl && !route.confirmed) {
      dialog.append(el('p', t('feed.card.unconfirmed', { platform: route.platform }), 'hint'));
    }
    if (route.noForm) {
      dialog.append(el('p', t('feed.card.noForm', { platform: route.platform }), 'hint'));
    }
    if (permalink) {
      const primary = el(
        'button',
        t(route.formUrl ? 'feed.card.copyOpen' : 'feed.card.copy'),
        'primary',
      );
      buttons.push([
        primary,
        () => {
          // Copy first, inside the click: the clipboard needs the user's gesture.
          actions.copy(permalink).then(
            () => {
              feedback.textContent = t('feed.card.copied');
            },
            () => {
              feedback.textContent = t('feed.card.copyFailed');
            },
          );
          if (route.formUrl) actions.openUrl(route.formUrl);
        },
      ]);
      dialog.append(primary, feedback);
    }
  }

  const row = el('div');
  const openCase = el('button', t('feed.openCase'));
  const help = el('button', t('feed.help'));
  buttons.push([openCase, actions.openCase], [help, actions.getHelp]);
  if (content.undo) {
    // Guarded like a shortcut: trusted, seen and still (guard.ts) — a page must not undo it.
    const undo = el('button', t('feed.card.undo'));
    buttons.push([
      undo,
      (event) =>
        void actions
          .undo(undo, event.detail ? { x: event.clientX, y: event.clientY } : null)
          .then((text) => {
            if (text) status.textContent = text;
          }),
    ]);
    row.prepend(undo);
    actions.watch(undo);
  }
  row.append(openCase, help);
  dialog.append(row, el('p', t('feed.noMedia'), 'hint'));

  const closeButton = el('button', '×', 'close');
  closeButton.setAttribute('aria-label', t('feed.close'));
  buttons.push([closeButton, () => close()]);
  dialog.append(closeButton);
  root.append(dialog);

  for (const [button] of buttons) button.type = 'button';
  const onClick = (event: Event) => {
    event.stopPropagation();
    if (!event.isTrusted) return;
    const found = buttons.find(([button]) => button === event.target);
    found?.[1](event as MouseEvent);
  };
  const onKey = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.isTrusted && event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };
  root.addEventListener('click', onClick);
  root.addEventListener('keydown', onKey as EventListener);

  let open = true;
  function close() {
    if (!open) return;
    open = false;
    root.removeEventListener('click', onClick);
    root.removeEventListener('keydown', onKey as EventListener);
    dialog.remove();
    actions.closed();
  }

  // The page may have taken the layer out: put it back (it then sees this insertion).
  if (!host.isConnected) doc.documentElement.append(host);
  dialog.showPopover?.();
  dialog.focus();
  return { close, key: (event) => event.type === 'keydown' && onKey(event as KeyboardEvent) };
}
