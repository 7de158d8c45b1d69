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
    for (const url of [POST, LOCKED_POST]) {
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
