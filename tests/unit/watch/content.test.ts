// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { WATCH_RULES } from '@/lib/platforms/gone';
import { READ_AT, startWatchPage } from '@/lib/watch/content';
import { html } from '../platforms/fixture';

/** A page whose timers run when the test says. */
function page(markup: string, href: string, rules = WATCH_RULES.x) {
  const doc = html(markup);
  const timers: Array<() => void> = [];
  const sent: Array<[string, string]> = [];
  /** How each reading was made, in the order sent (source, and whether it is a correction). */
  const hows: unknown[] = [];
  const health: unknown[] = [];
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
    health: (h) => health.push(h),
  });
  const runAll = () => {
    for (const cb of timers.splice(0)) cb();
  };
  /** The next read (READ_AT's order: 1.5 s, 4 s, 10 s). */
  const step = () => timers.shift()?.();
  return { doc, sent, hows, health, watch, runAll, step, go: (next: string) => (url = next) };
}

describe('watch content side', () => {
  it('reads a few times after load and reports the first clear state once per address', () => {
    const p = page('<div id="react-root"></div>', 'https://x.com/a/status/1');
    expect(p.sent).toEqual([]);
    p.doc.body.innerHTML = '<div data-testid="error-detail">Hmm...this page doesn’t exist.</div>';
    p.runAll();
    expect(p.sent).toEqual([['https://x.com/a/status/1', 'removed']]);
    // One health check per navigation, after the last read (no button here, no big media).
    expect(p.health).toEqual([{ buttons: 0, mediaWithoutButton: false, posts: 0 }]);
  });

  it('reads again after in-app navigation; a page that never settles sends nothing', () => {
    const p = page('<article data-testid="tweet"></article>', 'https://x.com/a/status/1');
    p.runAll();
    p.go('https://x.com/b/status/2');
    p.doc.body.innerHTML = '<div>loading</div>';
    p.watch.navigated();
    p.runAll();
    expect(p.sent).toEqual([['https://x.com/a/status/1', 'online']]);
    expect(READ_AT).toHaveLength(3);
  });

  it('a navigation cancels the reads still waiting for the previous page', () => {
    const p = page('<article data-testid="tweet"></article>', 'https://x.com/a/status/1');
    p.go('https://x.com/c/status/3');
    p.watch.navigated();
    p.doc.body.innerHTML = '<div data-testid="emptyState">Account suspended</div>';
    p.runAll();
    expect(p.sent).toEqual([['https://x.com/c/status/3', 'account-suspended']]);
  });

  describe('a page still loading', () => {
    const POST = 'https://www.instagram.com/p/AbC123/';
    const NOT_AVAILABLE = "<main><h2>Sorry, this page isn't available.</h2></main>";
    const THE_POST = '<main><article><img alt=""></article></main>';

    it('a generic "isn\'t available" on the first read, the post on the next: only "online"', () => {
      const p = page(NOT_AVAILABLE, POST, WATCH_RULES.instagram);
      p.step();
      expect(p.sent).toEqual([]);
      p.doc.body.innerHTML = THE_POST;
      p.step();
      p.step();
      expect(p.sent).toEqual([[POST, 'online']]);
    });

    it('page wording counts when two reads in a row agree, or at the last read', () => {
      const twice = page(NOT_AVAILABLE, POST, WATCH_RULES.instagram);
      twice.step();
      twice.step();
      expect(twice.sent).toEqual([[POST, 'removed']]);

      const lastOnly = page('<main>Loading</main>', POST, WATCH_RULES.instagram);
      lastOnly.step();
      lastOnly.doc.body.innerHTML = NOT_AVAILABLE;
      lastOnly.step();
      expect(lastOnly.sent).toEqual([]);
      lastOnly.step();
      expect(lastOnly.sent).toEqual([[POST, 'removed']]);
    });

    it('the post seen after "removed" was sent corrects it with "online", once', () => {
      const p = page(NOT_AVAILABLE, POST, WATCH_RULES.instagram);
      p.step();
      p.step();
      p.doc.body.innerHTML = THE_POST;
      p.step();
      expect(p.sent).toEqual([
        [POST, 'removed'],
        [POST, 'online'],
      ]);
      // Coming back to the address: it is known online, nothing more is sent.
      p.watch.navigated();
      p.doc.body.innerHTML = NOT_AVAILABLE;
      p.runAll();
      expect(p.sent).toHaveLength(2);
    });

    it('says where each reading came from; a correction only after its own navigation’s gone state', () => {
      const p = page(NOT_AVAILABLE, POST, WATCH_RULES.instagram);
      p.step();
      p.step();
      p.doc.body.innerHTML = THE_POST;
      p.step();
      expect(p.hows).toEqual([{ from: 'page' }, { from: 'sure', corrects: true }]);

      // "removed" sent in one navigation; the item seen in the next is no correction of it.
      const q = page(NOT_AVAILABLE, POST, WATCH_RULES.instagram);
      q.runAll();
      q.go('https://www.instagram.com/p/Other/');
      q.watch.navigated();
      q.go(POST);
      q.doc.body.innerHTML = THE_POST;
      q.watch.navigated();
      q.runAll();
      expect(q.sent).toEqual([
        [POST, 'removed'],
        [POST, 'online'],
      ]);
      expect(q.hows).toEqual([{ from: 'page' }, { from: 'sure' }]);

      // The platform's own container is sure; the item seen first is no correction.
      const x = page('<div data-testid="emptyState">Account suspended</div>', 'https://x.com/a');
      x.step();
      const y = page('<article data-testid="tweet"></article>', 'https://x.com/a/status/1');
      y.step();
      expect([...x.hows, ...y.hows]).toEqual([{ from: 'sure' }, { from: 'sure' }]);
    });

    it('after a gone state, only the item itself speaks again (no second gone state)', () => {
      const p = page('<div data-testid="emptyState">Account suspended</div>', 'https://x.com/a');
      p.step();
      expect(p.sent).toEqual([['https://x.com/a', 'account-suspended']]);
      p.doc.body.innerHTML = '<div data-testid="error-detail">This page doesn’t exist.</div>';
      p.runAll();
      expect(p.sent).toHaveLength(1);
    });

    it("the platform's own error container decides on the first read", () => {
      const p = page(
        '<div data-testid="error-detail">Hmm...this page doesn’t exist.</div>',
        'https://x.com/a/status/1',
      );
      p.step();
      expect(p.sent).toEqual([['https://x.com/a/status/1', 'removed']]);
    });
  });
});
