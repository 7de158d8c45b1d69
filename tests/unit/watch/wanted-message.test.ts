// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createWatchBackground } from '@/entrypoints/background/watch';
import { createRouter } from '@/lib/messaging/router';
import type { SenderInfo } from '@/lib/messaging/sender';
import { capture, makeVault, PASS, profile } from '../vault/helpers';

/**
 * `watchWanted` through the background's router, as a content script sends it: a script learns
 * a yes only about the page it runs in; another page's address, or a malformed one, gets no.
 */
const env = { runtimeId: 'beaconid', extensionOrigin: 'chrome-extension://beaconid' };
const POST = capture.permalink;

/** The watch script in the top frame of a tab showing `url` (what the browser says). */
function tabAt(url: string): SenderInfo {
  return { id: 'beaconid', url, origin: new URL(url).origin, frameId: 0, tab: { id: 7, url } };
}

beforeEach(() => {
  fakeBrowser.reset();
});

async function setup() {
  const { vault } = makeVault();
  const background = createWatchBackground(vault);
  await vault.createVault({ passphrase: PASS, profile });
  await vault.capture(capture);
  await background.watch.refresh();
  const dispatch = createRouter(background.handlers, env);
  const ask = (url: unknown, from: SenderInfo) =>
    dispatch({ beacon: 1, type: 'watchWanted', data: { url } }, from);
  const dump = async () =>
    JSON.stringify([
      await fakeBrowser.storage.local.get(null),
      await fakeBrowser.storage.session.get(null),
    ]);
  return { vault, ask, dump };
}

describe('watchWanted: a page asks only about its own address', () => {
  it('the evidence page itself: yes; a page that is not evidence: no', async () => {
    const { ask } = await setup();
    expect(await ask(POST, tabAt(`${POST}?s=20`))).toEqual({ ok: true, data: { wanted: true } });
    const home = 'https://x.com/home';
    expect(await ask(home, tabAt(home))).toEqual({ ok: true, data: { wanted: false } });
  });

  it('after an in-app navigation: the tab’s current address (Chromium), or the same origin (Firefox)', async () => {
    const { ask } = await setup();
    const home = 'https://x.com/home';
    // Chromium keeps the load address in `url` and gives the tab's current one.
    expect(await ask(POST, { ...tabAt(home), tab: { id: 7, url: POST } })).toEqual({
      ok: true,
      data: { wanted: true },
    });
    // Firefox gives no tab address without the "tabs" permission: the document's origin.
    expect(await ask(POST, { ...tabAt(home), tab: { id: 7 } })).toEqual({
      ok: true,
      data: { wanted: true },
    });
    expect(await ask(POST, { ...tabAt('https://www.instagram.com/'), tab: { id: 7 } })).toEqual({
      ok: true,
      data: { wanted: false },
    });
  });

  it('a script on another page asking about the evidence address gets no', async () => {
    const { ask, vault, dump } = await setup();
    for (const from of [
      'https://x.com/home',
      'https://x.com/someone_else/status/999',
      'https://x.com/abuser_handle_91',
      'https://www.instagram.com/p/AbC123/',
    ]) {
      expect(await ask(POST, tabAt(from)), from).toEqual({ ok: true, data: { wanted: false } });
    }
    // Locked (the index kept): the same.
    await vault.lock();
    const before = await dump();
    expect(await ask(POST, tabAt('https://x.com/home'))).toEqual({
      ok: true,
      data: { wanted: false },
    });
    expect(await ask(POST, tabAt(POST))).toEqual({ ok: true, data: { wanted: true } });
    // Asking leaves no trace.
    expect(await dump()).toBe(before);
  });

  it('an extension page, a sub-frame or another extension may not ask at all', async () => {
    const { ask } = await setup();
    const refusals = [
      { id: 'beaconid', url: 'chrome-extension://beaconid/popup.html' },
      { ...tabAt(POST), frameId: 2 },
      { ...tabAt(POST), id: 'otherextension' },
    ];
    for (const from of refusals) {
      expect(await ask(POST, from)).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      });
    }
  });

  it('hostile url values are refused by the schema, before any lookup', async () => {
    const { ask } = await setup();
    for (const url of [
      // A URL parser drops trailing control characters: this would be the evidence address.
      `${POST}\u0000`,
      `\u0001${POST}`,
      `${POST}\n`,
      `https://x.com/\u001b[2J/status/1`,
      `${POST}\u202e`,
      'https://x.com/abuser handle/status/1',
      `https://x.com/${'a'.repeat(3000)}`,
      'http://x.com/abuser_handle_91/status/1234567890',
      'javascript:alert(1)',
      '',
      42,
      null,
      [POST],
      { toString: () => POST },
    ]) {
      expect(await ask(url, tabAt(POST)), JSON.stringify(url)).toMatchObject({
        ok: false,
        error: { code: 'invalid-data' },
      });
    }
  });

  it('extra fields are refused (strict)', async () => {
    const { vault } = await setup();
    const dispatch = createRouter(createWatchBackground(vault).handlers, env);
    expect(
      await dispatch(
        { beacon: 1, type: 'watchWanted', data: { url: POST, state: 'removed' } },
        tabAt(POST),
      ),
    ).toMatchObject({ ok: false, error: { code: 'invalid-data' } });
  });
});
