// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { WATCH_RULES } from '@/lib/platforms/gone';
import { READ_AT, startWatchPage } from '@/lib/watch/content';
import { html } from '../platforms/fixture';

/** Lets the reads' pending asks (promises) settle. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A page whose timers run when the test says. `wanted` answers the ask before each read (the
 * background's index lookup); by default the page is evidence.
 */
function page(
  markup: string,
  href: string,
  rules = WATCH_RULES.x,
  wanted: (url: string) => Promise<boolean> = async () => true,
) {
  const doc = html(markup);
  const timers: Array<() => void> = [];
  const sent: Array<[string, string]> = [];
  /** How each reading was made, in the order sent (source, and whether it is a correction). */
  const hows: unknown[] = [];
  const health: unknown[] = [];
  /** The addresses asked about, in order. */
  const asked: string[] = [];
  let url = href;
  const watch = startWatchPage({
    doc,
    rules,
    url: () => url,
    later: (cb) => timers.push(cb),
    send: (u, s, how) => {
      sent.push([u, s]);
      hows.push(how);
    },
    wanted: (u) => {
      asked.push(u);
      return wanted(u);
    },
    health: (h) => health.push(h),
  });
  const runAll = async () => {
    for (const cb of timers.splice(0)) {
      cb();
      await settle();
    }
  };
  /** The next read (READ_AT's order: 1.5 s, 4 s, 10 s). */
  const step = async () => {
    timers.shift()?.();
    await settle();
  };
  return {
    doc,
    sent,
    hows,
    health,
    asked,
    watch,
    runAll,
    step,
    go: (next: string) => (url = next),
  };
}

describe('watch content side', () => {
  it('reads a few times after load and reports the first clear state once per address', async () => {
    const p = page('<div id="react-root"></div>', 'https://x.com/a/status/1');
    expect(p.sent).toEqual([]);
    p.doc.body.innerHTML = '<div data-testid="error-detail">Hmm...this page doesn’t exist.</div>';
    await p.runAll();
    expect(p.sent).toEqual([['https://x.com/a/status/1', 'removed']]);
    // One health check per navigation, after the last read (no button here, no big media).
    expect(p.health).toEqual([{ buttons: 0, mediaWithoutButton: false, posts: 0 }]);
  });

  it('reads again after in-app navigation; a page that never settles sends nothing', async () => {
    const p = page('<article data-testid="tweet"></article>', 'https://x.com/a/status/1');
    await p.runAll();
    p.go('https://x.com/b/status/2');
    p.doc.body.innerHTML = '<div>loading</div>';
    p.watch.navigated();
    await p.runAll();
    expect(p.sent).toEqual([['https://x.com/a/status/1', 'online']]);
    expect(READ_AT).toHaveLength(3);
  });

  it('a navigation cancels the reads still waiting for the previous page', async () => {
    const p = page('<article data-testid="tweet"></article>', 'https://x.com/a/status/1');
    p.go('https://x.com/c/status/3');
    p.watch.navigated();
    p.doc.body.innerHTML = '<div data-testid="emptyState">Account suspended</div>';
    await p.runAll();
    expect(p.sent).toEqual([['https://x.com/c/status/3', 'account-suspended']]);
  });

  describe('a page still loading', () => {
    const POST = 'https://www.instagram.com/p/AbC123/';
    const NOT_AVAILABLE = "<main><h2>Sorry, this page isn't available.</h2></main>";
    const THE_POST = '<main><article><img alt=""></article></main>';

    it('a generic "isn\'t available" on the first read, the post on the next: only "online"', async () => {
      const p = page(NOT_AVAILABLE, POST, WATCH_RULES.instagram);
      await p.step();
      expect(p.sent).toEqual([]);
      p.doc.body.innerHTML = THE_POST;
      await p.step();
      await p.step();
      expect(p.sent).toEqual([[POST, 'online']]);
    });

    it('page wording counts when two reads in a row agree, or at the last read', async () => {
      const twice = page(NOT_AVAILABLE, POST, WATCH_RULES.instagram);
      await twice.step();
      await twice.step();
      expect(twice.sent).toEqual([[POST, 'removed']]);

      const lastOnly = page('<main>Loading</main>', POST, WATCH_RULES.instagram);
      await lastOnly.step();
      lastOnly.doc.body.innerHTML = NOT_AVAILABLE;
      await lastOnly.step();
      expect(lastOnly.sent).toEqual([]);
      await lastOnly.step();
      expect(lastOnly.sent).toEqual([[POST, 'removed']]);
    });

    it('the post seen after "removed" was sent corrects it with "online", once', async () => {
      const p = page(NOT_AVAILABLE, POST, WATCH_RULES.instagram);
      await p.step();
      await p.step();
      p.doc.body.innerHTML = THE_POST;
      await p.step();
      expect(p.sent).toEqual([
        [POST, 'removed'],
        [POST, 'online'],
      ]);
      // Coming back to the address: it is known online, nothing more is sent.
      p.watch.navigated();
      p.doc.body.innerHTML = NOT_AVAILABLE;
      await p.runAll();
      expect(p.sent).toHaveLength(2);
    });

    it('says where each reading came from; a correction only after its own navigation’s gone state', async () => {
      const p = page(NOT_AVAILABLE, POST, WATCH_RULES.instagram);
      await p.step();
      await p.step();
      p.doc.body.innerHTML = THE_POST;
      await p.step();
      expect(p.hows).toEqual([{ from: 'page' }, { from: 'sure', corrects: true }]);

      // "removed" sent in one navigation; the item seen in the next is no correction of it.
      const q = page(NOT_AVAILABLE, POST, WATCH_RULES.instagram);
      await q.runAll();
      q.go('https://www.instagram.com/p/Other/');
      q.watch.navigated();
      q.go(POST);
      q.doc.body.innerHTML = THE_POST;
      q.watch.navigated();
      await q.runAll();
      expect(q.sent).toEqual([
        [POST, 'removed'],
        [POST, 'online'],
      ]);
      expect(q.hows).toEqual([{ from: 'page' }, { from: 'sure' }]);

      // The platform's own container is sure; the item seen first is no correction.
      const x = page('<div data-testid="emptyState">Account suspended</div>', 'https://x.com/a');
      await x.step();
      const y = page('<article data-testid="tweet"></article>', 'https://x.com/a/status/1');
      await y.step();
      expect([...x.hows, ...y.hows]).toEqual([{ from: 'sure' }, { from: 'sure' }]);
    });

    it('after a gone state, only the item itself speaks again (no second gone state)', async () => {
      const p = page('<div data-testid="emptyState">Account suspended</div>', 'https://x.com/a');
      await p.step();
      expect(p.sent).toEqual([['https://x.com/a', 'account-suspended']]);
      p.doc.body.innerHTML = '<div data-testid="error-detail">This page doesn’t exist.</div>';
      await p.runAll();
      expect(p.sent).toHaveLength(1);
    });

    it("the platform's own error container decides on the first read", async () => {
      const p = page(
        '<div data-testid="error-detail">Hmm...this page doesn’t exist.</div>',
        'https://x.com/a/status/1',
      );
      await p.step();
      expect(p.sent).toEqual([['https://x.com/a/status/1', 'removed']]);
    });
  });
});

describe('the watch asks before it reads (most pages are no evidence)', () => {
  const POST = 'https://x.com/a/status/1';
  const GONE = '<div data-testid="error-detail">Hmm...this page doesn’t exist.</div>';

  it('a page that is not evidence is never read and nothing is sent; it asks at each read', async () => {
    // A page that WOULD send "removed" at its first read, were it evidence.
    const p = page(GONE, POST, WATCH_RULES.x, async () => false);
    const querySelector = vi.spyOn(p.doc, 'querySelector');
    const querySelectorAll = vi.spyOn(p.doc, 'querySelectorAll');
    await p.step();
    await p.step();
    // The first two reads: only the ask, no look at the page at all.
    expect(querySelector).not.toHaveBeenCalled();
    expect(querySelectorAll).not.toHaveBeenCalled();
    await p.step();
    expect(p.sent).toEqual([]);
    expect(p.asked).toEqual([POST, POST, POST]);
    // The feed's health is needed on every page: it still goes out after the last read.
    expect(p.health).toEqual([{ buttons: 0, mediaWithoutButton: false, posts: 0 }]);
  });

  it('the same page, evidence: the same reading is sent', async () => {
    const p = page(GONE, POST);
    await p.step();
    expect(p.sent).toEqual([[POST, 'removed']]);
  });

  it('no, then yes (the post captured on this very page): the later read sends; a yes is not asked again', async () => {
    const answers = [false, true];
    const p = page(GONE, POST, WATCH_RULES.x, async () => answers.shift() ?? false);
    await p.step();
    expect(p.sent).toEqual([]);
    await p.step();
    expect(p.sent).toEqual([[POST, 'removed']]);
    await p.step();
    // The third read is made (after a gone state the reads go on) on the yes already given.
    expect(p.asked).toEqual([POST, POST]);
    expect(p.sent).toEqual([[POST, 'removed']]);
  });

  it('a yes holds for its navigation only: the next navigation asks again', async () => {
    const p = page('<article data-testid="tweet"></article>', POST);
    await p.runAll();
    expect(p.asked).toEqual([POST]);
    p.go('https://x.com/b/status/2');
    p.watch.navigated();
    await p.step();
    expect(p.asked).toEqual([POST, 'https://x.com/b/status/2']);
  });

  it('a navigation while the ask is pending drops that read', async () => {
    const pending: Array<(yes: boolean) => void> = [];
    const p = page(GONE, POST, WATCH_RULES.x, (u) =>
      u === POST ? new Promise((resolve) => pending.push(resolve)) : Promise.resolve(true),
    );
    await p.step();
    expect(pending).toHaveLength(1);
    const NEXT = 'https://x.com/b/status/2';
    p.go(NEXT);
    p.watch.navigated();
    pending[0]?.(true);
    await p.runAll();
    // Only the new page's reading: the answer about the old address came too late for its read.
    expect(p.sent).toEqual([[NEXT, 'removed']]);
  });

  it('slow answers: two reads whose answers arrive together never "agree" with themselves', async () => {
    // A slow background (an index being made after unlock): reads 1 and 2 both wait, and their
    // answers come at the same moment. Both would look at the page at once, so a generic
    // "isn't available" a loading page shows would agree with itself and send "removed".
    const POST = 'https://www.instagram.com/p/AbC123/';
    const pending: Array<(yes: boolean) => void> = [];
    const p = page(
      "<main><h2>Sorry, this page isn't available.</h2></main>",
      POST,
      WATCH_RULES.instagram,
      () => new Promise((resolve) => pending.push(resolve)),
    );
    await p.step();
    await p.step();
    expect(pending).toHaveLength(2);
    for (const answer of pending.splice(0)) answer(true);
    await settle();
    expect(p.sent).toEqual([]);
    // The post then loads: the last read sees it.
    p.doc.body.innerHTML = '<main><article><img alt=""></article></main>';
    await p.step();
    expect(p.sent).toEqual([[POST, 'online']]);
  });

  it('away and back while an ask waits (A, B, A): the stale answer is dropped', async () => {
    const pending: Array<(yes: boolean) => void> = [];
    const p = page(
      GONE,
      POST,
      WATCH_RULES.x,
      () => new Promise((resolve) => pending.push(resolve)),
    );
    await p.step();
    expect(pending).toHaveLength(1);
    p.go('https://x.com/b/status/2');
    p.watch.navigated();
    p.go(POST);
    p.watch.navigated();
    // The first navigation's answer comes now, on the same address again: not for this read.
    pending.shift()?.(true);
    await settle();
    expect(p.sent).toEqual([]);
  });

  it('no answer (the extension reloaded, its worker gone): no read, nothing sent, nothing logged', async () => {
    const logged = [
      vi.spyOn(console, 'error').mockImplementation(() => undefined),
      vi.spyOn(console, 'warn').mockImplementation(() => undefined),
      vi.spyOn(console, 'log').mockImplementation(() => undefined),
    ];
    const p = page(GONE, POST, WATCH_RULES.x, () =>
      Promise.reject(new Error('Extension context invalidated.')),
    );
    const querySelector = vi.spyOn(p.doc, 'querySelector');
    await p.step();
    expect(querySelector).not.toHaveBeenCalled();
    await p.runAll();
    expect(p.sent).toEqual([]);
    expect(p.asked).toHaveLength(3);
    expect(p.health).toHaveLength(1);
    for (const spy of logged) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
  });
});
