/**
 * The feed content scripts' own replacement for WXT's `ContentScriptContext` (wxt.config.ts
 * aliases `wxt/utils/content-script-context` to this file for content-script builds, so WXT's
 * generated entrypoint constructs this class).
 *
 * WXT's context announces every start to the page — `window.postMessage` and a document event
 * named `<extension id>:<script>:wxt:content-script-started` — so a copy started later can stop
 * older ones. That hands the page the extension id (a fingerprint: "this visitor uses Beacon")
 * and lets the page stop Beacon by sending the same message. This context says nothing to the
 * page and listens to nothing from it: it is invalidated only when the extension itself goes away
 * (reloaded, updated, disabled), which leaves `runtime.id` undefined in the orphaned copy; it
 * looks at its next frame of work or timer, or when a shortcut is used (script.ts). A new
 * copy cleans up what an orphaned one left (placement.ts removes shortcuts nobody owns).
 */
type Runtime = { runtime?: { id?: string } };

function extensionPresent(): boolean {
  try {
    const scope = globalThis as { chrome?: Runtime; browser?: Runtime };
    return Boolean(scope.chrome?.runtime?.id ?? scope.browser?.runtime?.id);
  } catch {
    return false; // Firefox: the API of a removed extension throws ("dead object").
  }
}

export type FeedContext = {
  readonly signal: AbortSignal;
  readonly isValid: boolean;
  onInvalidated(cb: () => void): void;
  setTimeout(handler: () => void, timeout?: number): void;
  requestAnimationFrame(callback: () => void): void;
};

/**
 * Constructed by WXT's generated entrypoint (`new ContentScriptContext(name, options)`); a plain
 * function returning the context object is smaller in the 25 KB feed script than a class.
 */
export function ContentScriptContext(): FeedContext {
  const controller = new AbortController();
  const { signal } = controller;
  const ctx: FeedContext = {
    signal,
    get isValid() {
      if (!signal.aborted && !extensionPresent()) controller.abort();
      return !signal.aborted;
    },
    onInvalidated: (cb) => signal.addEventListener('abort', cb),
    setTimeout(handler, timeout) {
      const id = setTimeout(() => ctx.isValid && handler(), timeout);
      ctx.onInvalidated(() => clearTimeout(id));
    },
    requestAnimationFrame(callback) {
      const id = requestAnimationFrame(() => ctx.isValid && callback());
      ctx.onInvalidated(() => cancelAnimationFrame(id));
    },
  };
  return ctx;
}

/**
 * Calls `changed` when the page's address changes (SPA navigation), without any DOM event the
 * page could see or forge: the Navigation API's `navigate` event where there is one (Chromium),
 * else a look at `location.href` every second (Firefox before the Navigation API).
 */
export function watchAddress(ctx: FeedContext, changed: () => void): void {
  let last = location.href;
  const check = (next: string) => {
    if (next === last) return;
    last = next;
    changed();
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  // Chromium has had it since 102 (a constant per build: its bundle leaves the polling out).
  if (nav && (!import.meta.env.FIREFOX || typeof nav.addEventListener === 'function')) {
    nav.addEventListener(
      'navigate',
      // A page can dispatch an untrusted `navigate` on the object: only the browser's counts.
      (event) =>
        event.isTrusted &&
        check((event as Event & { destination: { url: string } }).destination.url),
      { signal: ctx.signal },
    );
    return;
  }
  const timer = setInterval(() => {
    if (ctx.isValid) check(location.href);
  }, 1000);
  ctx.onInvalidated(() => clearInterval(timer));
}
