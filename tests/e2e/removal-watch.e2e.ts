import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Beacon, fixture, launchBeacon, okFrom } from './harness';

/**
 * The removal watch in Chromium: the user's own visit to an evidence address, served as the
 * platform's "this page doesn't exist", is recorded while the vault is locked and shows at
 * unlock; a visit to any other address leaves storage exactly as it was.
 */
const PASS = 'removal watch e2e passphrase';
const POST = 'https://x.com/placeholder_acct/status/1990000000000000001';
const OTHER = 'https://x.com/someone_else/status/1990000000000000002';
const QUEUE = 'beacon.watch.queue';

type Chrome = {
  storage: {
    local: { get(k: null | string): Promise<Record<string, unknown>> };
    session: { get(k: null | string): Promise<Record<string, unknown>> };
  };
};

/** storage.local, storage.session and every IndexedDB database of the extension, as text. */
async function dumpStorage(beacon: Beacon): Promise<string> {
  return beacon.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const local = await chrome.storage.local.get(null);
    const session = await chrome.storage.session.get(null);
    const dbs: Record<string, unknown> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const req = indexedDB.open(info.name as string);
        req.onsuccess = () => ok(req.result);
        req.onerror = () => ko(req.error);
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((ok, ko) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => ok(req.result);
          req.onerror = () => ko(req.error);
        });
        dbs[`${info.name}/${store}`] = all.map((v) =>
          v instanceof Blob || v instanceof ArrayBuffer ? '[binary]' : v,
        );
      }
      db.close();
    }
    return JSON.stringify({ local, session, dbs });
  });
}

async function queueLength(beacon: Beacon): Promise<number> {
  return beacon.worker.evaluate(async (key) => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const stored = await chrome.storage.session.get(key);
    return Array.isArray(stored[key]) ? (stored[key] as unknown[]).length : 0;
  }, QUEUE);
}

describe('removal watch', () => {
  let beacon: Beacon;
  let ws: Page;
  let caseId: string;

  beforeAll(async () => {
    beacon = await launchBeacon();
    const gone = fixture('platforms/x/gone-removed.html');
    await beacon.serveHost('https://x.com', {
      [new URL(POST).pathname]: gone,
      [new URL(OTHER).pathname]: gone,
    });
    ws = await beacon.openExtensionPage('workspace.html');
    await okFrom(ws, 'createVault', {
      passphrase: PASS,
      profile: {
        title: 'Watch case',
        role: 'parent',
        ageAtTime: 'minor',
        country: 'FR',
        languages: ['en'],
      },
    });
    const [summary] = await okFrom<Array<{ id: string }>>(ws, 'listCases');
    caseId = (summary as { id: string }).id;
    await okFrom(ws, 'updateCase', {
      id: caseId,
      op: {
        op: 'addEvidence',
        capture: {
          kind: 'post',
          platform: 'x',
          permalink: POST,
          postId: '1990000000000000001',
          author: { handle: 'placeholder_acct', profileUrl: 'https://x.com/placeholder_acct' },
          media: [{ kind: 'image' }],
          pageUrl: 'https://x.com/home',
          capturedAt: new Date().toISOString(),
          via: 'shortcut',
        },
      },
    });
  });
  afterAll(async () => {
    await beacon?.close();
  });

  it('a locked visit to the evidence address, served as deleted, shows as removed at unlock', async () => {
    await okFrom(ws, 'lock');
    const visit = await beacon.context.newPage();
    await visit.goto(POST);
    await expect.poll(() => queueLength(beacon), { timeout: 15_000 }).toBe(1);
    const whileLocked = await dumpStorage(beacon);
    expect(whileLocked).not.toContain('placeholder_acct');
    expect(whileLocked).not.toContain('1990000000000000001');
    await visit.close();

    await okFrom(ws, 'unlock', { passphrase: PASS });
    await expect
      .poll(
        async () =>
          (await okFrom<{ evidence: Array<{ status: string }> }>(ws, 'getCase', { id: caseId }))
            .evidence[0]?.status,
        { timeout: 10_000 },
      )
      .toBe('removed');
    const kase = await okFrom<{
      evidence: Array<{ statusHistory: Array<{ status: string; at: string; seenBy?: string }> }>;
    }>(ws, 'getCase', { id: caseId });
    const entry = kase.evidence[0]?.statusHistory.at(-1);
    expect(entry).toMatchObject({ status: 'removed', seenBy: 'you' });
    expect(Math.abs(Date.parse(entry?.at ?? '') - Date.now())).toBeLessThan(120_000);
    expect(await queueLength(beacon)).toBe(0);

    await ws.goto(beacon.extensionUrl('workspace.html#/evidence'));
    await expect
      .poll(() => ws.getByText('Removed', { exact: true }).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await ws.goto(beacon.extensionUrl('workspace.html#/timeline'));
    await expect
      .poll(() => ws.getByText('Removed — seen by you').count(), { timeout: 10_000 })
      .toBe(1);
  });

  it('a visit to an address that is no evidence leaves no trace in storage, locked or not', async () => {
    for (const locked of [false, true]) {
      if (locked) await okFrom(ws, 'lock');
      const before = await dumpStorage(beacon);
      const visit = await beacon.context.newPage();
      await visit.goto(OTHER);
      // The watch reads at 1.5, 4 and 10 s; wait past the last read.
      await visit.waitForTimeout(11_000);
      await visit.close();
      const after = await dumpStorage(beacon);
      expect(after).toBe(before);
      expect(after).not.toContain('someone_else');
    }
    await okFrom(ws, 'unlock', { passphrase: PASS });
  });
});
