import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxBeacon, fixture, launchFirefox, okFrom } from './harness';

/**
 * The removal watch in Firefox's MV2 build: the watch script asks the background whether its
 * page is evidence (`watchWanted`: the sender's address as Firefox gives it), reads the page
 * only then, and a visit to an evidence address served as "this page doesn't exist" is recorded
 * — unlocked at once, locked (locked-watching) at the next unlock.
 */
const PASS = 'firefox watch passphrase';
const POST = 'https://x.com/FirefoxWatched/status/1990000000000000001';
const LOCKED_POST = 'https://x.com/FirefoxWatched/status/1990000000000000002';
/** Reached by an in-app navigation (`pushState`) from the home feed, as most posts are opened. */
const IN_APP_POST = 'https://x.com/FirefoxWatched/status/1990000000000000003';

type CaseShape = { evidence: Array<{ url?: string; status?: string }> };

describe('Firefox: the removal watch', () => {
  let beacon: FirefoxBeacon;
  let ws: Page;
  let caseId = '';
  const statusOf = async (url: string) =>
    (await okFrom<CaseShape>(ws, 'getCase', { id: caseId })).evidence.find((e) => e.url === url)
      ?.status;

  beforeAll(async () => {
    beacon = await launchFirefox();
    ws = await beacon.openExtensionPage('workspace.html');
    await okFrom(ws, 'createVault', {
      passphrase: PASS,
      profile: {
        title: 'Firefox watch case',
        role: 'parent',
        ageAtTime: 'minor',
        country: 'FR',
        languages: ['en'],
      },
    });
    const [summary] = await okFrom<Array<{ id: string }>>(ws, 'listCases');
    caseId = (summary as { id: string }).id;
    for (const url of [POST, LOCKED_POST, IN_APP_POST]) {
      await okFrom(ws, 'updateCase', {
        id: caseId,
        op: { op: 'addEvidence', fields: { kind: 'post', platform: 'x', url } },
      });
    }
  });
  afterAll(async () => {
    await beacon?.close();
  });

  it('unlocked: a visit to the evidence address, served as deleted, is recorded as removed', async () => {
    const gone = fixture('platforms/x/gone-removed.html');
    const visit = await beacon.openSite(POST, { [new URL(POST).pathname]: gone });
    await expect.poll(() => statusOf(POST), { timeout: 20_000 }).toBe('removed');
    await visit.close();
  });

  it('an evidence post opened in the app (pushState from the home feed) is read too', async () => {
    // The sender's address Firefox gives for the ask must follow the in-app navigation, or a
    // post opened by a click in the feed would never be read.
    const gone = fixture('platforms/x/gone-removed.html');
    const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(gone)?.[1] ?? gone;
    const home = `<!doctype html><html><body><main>Home</main><script>
      setTimeout(() => {
        history.pushState({}, '', ${JSON.stringify(new URL(IN_APP_POST).pathname)});
        document.body.innerHTML = ${JSON.stringify(body).replaceAll('</', '<\\/')};
      }, 300);
    </script></body></html>`;
    const visit = await beacon.openSite('https://x.com/home', { '/home': home });
    await expect.poll(() => statusOf(IN_APP_POST), { timeout: 25_000 }).toBe('removed');
    expect(await statusOf(POST)).toBe('removed'); // The first test's, untouched.
    await visit.close();
  });

  it('locked with the index: the watch still asks and reads; recorded at unlock', async () => {
    await okFrom(ws, 'lock');
    const gone = fixture('platforms/x/gone-removed.html');
    const visit = await beacon.openSite(LOCKED_POST, { [new URL(LOCKED_POST).pathname]: gone });
    // Kept as a digest, a state and a time until unlock (storage.session, lib/watch/service.ts).
    const queued = () =>
      ws.evaluate(async () => {
        const { browser } = globalThis as unknown as {
          browser: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
        };
        const stored = (await browser.storage.session.get('beacon.watch.queue'))[
          'beacon.watch.queue'
        ];
        return Array.isArray(stored) ? stored.length : 0;
      });
    await expect.poll(queued, { timeout: 20_000 }).toBe(1);
    await visit.close();
    await okFrom(ws, 'unlock', { passphrase: PASS });
    await expect.poll(() => statusOf(LOCKED_POST), { timeout: 20_000 }).toBe('removed');
  });
});
