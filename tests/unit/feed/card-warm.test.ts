// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_TAG, createCardLayer } from '@/lib/feed/card';

/** The idle callbacks the layer asks for, run by hand. */
function idleQueue() {
  const queued: Array<() => void> = [];
  vi.stubGlobal(
    'requestIdleCallback',
    vi.fn((cb: () => void) => {
      queued.push(cb);
      return queued.length;
    }),
  );
  return queued;
}

afterEach(() => {
  vi.unstubAllGlobals();
  for (const el of document.querySelectorAll(CARD_TAG)) el.remove();
});

describe('the card layer draws a hidden card once, while the page is idle', () => {
  it('draws it inside the closed root, hidden, and leaves nothing behind', async () => {
    const queued = idleQueue();
    const layer = createCardLayer(document);
    expect(queued).toHaveLength(1);
    expect(layer.root.childNodes).toHaveLength(0); // nothing drawn before the page is idle

    const added: Element[] = [];
    const removed: Element[] = [];
    const seen = new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) added.push(n as Element);
        for (const n of r.removedNodes) removed.push(n as Element);
      }
    });
    seen.observe(layer.root, { childList: true });
    queued[0]?.();
    await new Promise((r) => setTimeout(r, 0));
    seen.disconnect();

    expect(added).toHaveLength(1);
    expect(added[0]?.className).toBe('card');
    expect((added[0] as HTMLElement).style.visibility).toBe('hidden');
    expect(added[0]?.querySelector('.status')).not.toBeNull();
    expect(removed).toEqual(added);
    expect(layer.root.childNodes).toHaveLength(0);
  });

  it('draws nothing once the feed has gone (the layer taken out)', () => {
    const queued = idleQueue();
    const layer = createCardLayer(document);
    layer.host.remove();
    queued[0]?.();
    expect(layer.root.childNodes).toHaveLength(0);
  });

  it('works where the browser has no idle callbacks (nothing is drawn ahead)', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const layer = createCardLayer(document);
    expect(layer.host.isConnected).toBe(true);
    expect(layer.root.childNodes).toHaveLength(0);
  });
});
