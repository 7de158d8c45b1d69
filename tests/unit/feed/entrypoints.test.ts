import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The shield (lib/feed/shield.ts) hides the shortcut's events from the page only if its
 * listeners are the window's first capture listeners: every feed script must run at
 * document_start, before the page's own scripts. One platform was once added at document_idle
 * and the page saw which post was being reported.
 */
const DIR = resolve(__dirname, '../../../entrypoints');
const feeds = readdirSync(DIR).filter((f) => /^feed-.+\.content\.ts$/.test(f));

describe('feed content scripts', () => {
  it('there is one per platform (13)', () => {
    expect(feeds).toHaveLength(13);
  });

  it.each(feeds)('%s runs at document_start', (file) => {
    const source = readFileSync(join(DIR, file), 'utf8');
    expect(source.match(/runAt:\s*'([a-z_]+)'/)?.[1]).toBe('document_start');
  });

  it('the watch script uses Beacon’s own context, not WXT’s event helpers', () => {
    // lib/feed/context.ts replaces WXT's context for every content script (wxt.config.ts): it
    // has no addEventListener, so `ctx.addEventListener` would throw after start.
    const source = readFileSync(join(DIR, 'watch.content.ts'), 'utf8');
    expect(source).not.toMatch(/ctx\.addEventListener|wxt:locationchange/);
  });
});
