// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { WATCH_RULES } from '@/lib/platforms/gone';
import { READ_AT, startWatchPage } from '@/lib/watch/content';
import { html } from '../platforms/fixture';

/** A page whose timers run when the test says. */
function page(markup: string, href: string) {
  const doc = html(markup);
  const timers: Array<() => void> = [];
  const sent: Array<[string, string]> = [];
  const health: unknown[] = [];
  let url = href;
  const watch = startWatchPage({
    doc,
    rules: WATCH_RULES.x,
    url: () => url,
    later: (cb) => timers.push(cb),
    send: (u, s) => sent.push([u, s]),
    health: (h) => health.push(h),
  });
  const runAll = () => {
    for (const cb of timers.splice(0)) cb();
  };
  return { doc, sent, health, watch, runAll, go: (next: string) => (url = next) };
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
});
