import type { CaptureInput } from '../case/capture';
import { MessageError } from '../messaging/envelope';
import type { CaptureResult } from '../messaging/protocol';
import type { Adapter, PageInfo } from '../platforms/adapter';
import { type Card, type CardContent, type CardRoute, createCardLayer, openCard } from './card';
import { type FeedText, feedText } from './i18n';
import { countReadFailure } from './read-counts';
import { readTarget } from './read-target';

export type CardFlowOptions = {
  doc: Document;
  adapter: Adapter;
  /** The platform's name as the platform writes it. */
  platformName: string;
  uiText: FeedText;
  pageInfo(): PageInfo;
  now(): Date;
  capture(data: CaptureInput): Promise<CaptureResult>;
  openUrl(url: string): Promise<unknown>;
  openWorkspace(view: 'home' | 'help'): Promise<unknown>;
  copy(text: string): Promise<void>;
  /** The post a shortcut captures (null: the page itself). */
  targetOf(host: Element): Element | null | undefined;
  /** Where focus goes back when the card closes. */
  buttonOf(host: Element): HTMLElement | undefined;
  /** The clickjacking guard (guard.ts), which the card's Undo answers to like a shortcut. */
  watch(el: Element): void;
  refusal(el: HTMLElement, point: { x: number; y: number } | null): string | null;
  /** Undo a capture by its id; the answer's message is in the person's language. */
  undo(id: string): Promise<{ message: string }>;
};

export type CardFlow = {
  /** A counted activation: read the target, save it, show the outcome. */
  capture(host: HTMLElement): Promise<void>;
  /** A refused activation: say so, save nothing (`tooSoon`: it had only just appeared or moved). */
  refuse(host: HTMLElement, tooSoon?: boolean): void;
  /** A key event of the card, handed over by the shield. */
  key(event: Event): void;
  stop(): void;
};

/** What the card says about where the capture went, in the background's language. */
export function savedStatus(t: FeedText, result: CaptureResult): string {
  if (!result.saved) return t('feed.failed');
  if (result.where === 'case') {
    return result.caseTitle
      ? t('feed.card.savedTo', { title: result.caseTitle })
      : t('feed.card.saved');
  }
  return result.where === 'inbox' ? t('feed.card.savedInbox') : t('feed.card.savedPending');
}

/**
 * Undo refusals only the background words itself, in the person's language (background/index.ts).
 * Not forbidden-sender: the router refuses with that code too, in English.
 */
const SAID = new Set(['locked', 'not-found']);

/** A request whose failure the card can't do better than ignore (the tab or page went away). */
const quietly = (request: Promise<unknown>) => void request.catch(() => undefined);

/**
 * The capture and its card: one card at a time (a second capture replaces it), one capture in
 * flight at a time, focus back on the shortcut when the card closes.
 */
export function createCardFlow(opts: CardFlowOptions): CardFlow {
  const { doc, adapter, uiText } = opts;
  const layer = createCardLayer(doc);
  let card: Card | null = null;
  let busy = false;
  let stopped = false;

  function show(host: HTMLElement, t: FeedText, content: CardContent, id?: string) {
    card?.close();
    const button = opts.buttonOf(host);
    card = openCard(layer, t, content, {
      watch: opts.watch,
      undo: async (undo, point) => {
        if (!id) return;
        if (opts.refusal(undo, point)) return t('feed.card.undoRefused');
        try {
          show(host, t, { status: (await opts.undo(id)).message });
        } catch (error) {
          // The background's own refusals are in the person's language; anything else (the
          // browser's "Could not establish connection…", the router's English) is not shown.
          return error instanceof MessageError && SAID.has(error.code)
            ? error.message
            : t('feed.card.undoFailed');
        }
      },
      copy: opts.copy,
      openUrl: (url) => quietly(opts.openUrl(url)),
      openCase: () => quietly(opts.openWorkspace('home')),
      getHelp: () => quietly(opts.openWorkspace('help')),
      closed: () => {
        card = null;
        if (!stopped && host.isConnected) button?.focus();
      },
    });
  }

  async function capture(host: HTMLElement) {
    const target = opts.targetOf(host);
    if (busy || target === undefined) return;
    let data: CaptureInput | null = null;
    try {
      data = readTarget(adapter, doc, target, opts.pageInfo(), opts.now());
    } catch {
      countReadFailure('error');
    }
    if (!data) {
      const status = `${uiText('feed.unreadable')} ${uiText('feed.useMenu')}`;
      show(host, uiText, { status, error: true });
      return;
    }
    busy = true;
    let t = uiText;
    let content: CardContent;
    let id: string | undefined;
    const handle =
      data.kind === 'post' ? data.author?.handle : (data.subject ?? data.author?.handle);
    try {
      const result = await opts.capture(data);
      t = feedText(result.lang, result.words);
      const route: CardRoute = { platform: opts.platformName, ...adapter.reportRoute };
      id = result.saved ? result.id : undefined;
      content = {
        status: savedStatus(t, result),
        error: !result.saved,
        handle,
        permalink: data.permalink,
        route,
        undo: !!id,
        truncated: !!result.truncated?.length,
      };
    } catch {
      // No answer (the extension was reloaded, the worker failed): the raw error is browser
      // English. The context menu goes through a fresh background, so it is what to try.
      content = {
        status: `${t('feed.failed')} ${t('feed.useMenu')}`,
        error: true,
        handle,
      };
    } finally {
      busy = false;
    }
    if (!stopped) show(host, t, content, id);
  }

  return {
    capture,
    key(event) {
      card?.key(event);
    },
    refuse(host, tooSoon) {
      const status = tooSoon
        ? uiText('feed.tooSoon')
        : `${uiText('feed.refused')} ${uiText('feed.useMenu')}`;
      show(host, uiText, { status, error: true });
    },
    stop() {
      stopped = true;
      card?.close();
      layer.host.remove();
    },
  };
}
