import type { Case } from '../case/model';
import type { CaseOp } from '../case/ops';
import type { StorageArea } from '../vault/storage';
import { watchKey } from './address';
import { buildIndex, digestOf, loadIndex, lookup } from './index';
import { matchObservation, observationOp, watchedAddresses } from './match';
import type { PageState } from './observe';

/** storage.session keys (memory only, trusted contexts only, gone when the browser closes). */
export const WATCH_INDEX_KEY = 'beacon.watch.index';
export const WATCH_QUEUE_KEY = 'beacon.watch.queue';
/** Observations kept while locked, at most (oldest dropped): a digest, a state and a time each. */
const QUEUE_MAX = 200;

type Queued = { digest: string; state: PageState; at: string };

/** The vault calls the watch needs (the background's VaultService has them all). */
export type WatchVault = {
  vaultStatus(): Promise<{ exists: boolean; unlocked: boolean }>;
  listCases(): Promise<Array<{ id: string }>>;
  getCase(input: { id: string }): Promise<Case>;
  updateCase(input: { id: string; op: CaseOp }): Promise<Case>;
};

export type WatchStatus = 'active' | 'locked-watching' | 'paused';

/**
 * The removal watch in the background. An observation (page address + state) is matched at once
 * and forgotten when it names no evidence: it is never written anywhere, not even encrypted.
 * - Unlocked: matched against every case's evidence, recorded as a status change.
 * - Locked: matched against the keyed-hash index made at the last unlock; a match is queued in
 *   storage.session as (digest, state, time) — no address — and recorded at the next unlock.
 * - Locked with no index (the browser was restarted since the last unlock): paused.
 */
export function createWatchService(env: {
  vault: WatchVault;
  session: StorageArea;
  now?: () => Date;
}) {
  const now = env.now ?? (() => new Date());
  const { vault, session } = env;

  async function allCases(): Promise<Case[]> {
    const list = await vault.listCases();
    return Promise.all(list.map((c) => vault.getCase({ id: c.id })));
  }

  async function readQueue(): Promise<Queued[]> {
    const stored = (await session.get(WATCH_QUEUE_KEY))[WATCH_QUEUE_KEY];
    return Array.isArray(stored) ? (stored as Queued[]) : [];
  }

  async function record(cases: Case[], url: string, state: PageState, at: string) {
    for (const target of matchObservation(cases, url, state)) {
      await vault.updateCase({
        id: target.caseId,
        op: observationOp(target.evidenceId, state, at),
      });
    }
  }

  /** One page observation from a content script. Answers nothing either way. */
  async function seen(url: string, state: PageState): Promise<void> {
    if (!watchKey(url)) return;
    const at = now().toISOString();
    const status = await vault.vaultStatus();
    if (!status.exists) return;
    if (status.unlocked) return record(await allCases(), url, state, at);
    const index = await loadIndex((await session.get(WATCH_INDEX_KEY))[WATCH_INDEX_KEY]);
    if (!index) return;
    const digest = await lookup(index, url);
    if (!digest) return;
    const queue = [...(await readQueue()), { digest, state, at }].slice(-QUEUE_MAX);
    await session.set({ [WATCH_QUEUE_KEY]: queue });
  }

  /**
   * After unlock: record what was seen while locked (under the old index key), then make a fresh
   * index for the next lock. Also after every change, so new evidence is watched while locked.
   */
  async function refresh(): Promise<void> {
    const status = await vault.vaultStatus();
    if (!status.unlocked) return;
    const cases = await allCases();
    const queue = await readQueue();
    if (queue.length) {
      const old = await loadIndex((await session.get(WATCH_INDEX_KEY))[WATCH_INDEX_KEY]);
      if (old) {
        // Each queued digest back to the evidence addresses it was made from.
        const byDigest = new Map<string, string>();
        for (const kase of cases) {
          for (const e of kase.evidence) {
            for (const address of watchedAddresses(e)) {
              const key = address ? watchKey(address) : null;
              if (key) byDigest.set(await digestOf(old, key), address as string);
            }
          }
        }
        for (const q of queue) {
          const address = byDigest.get(q.digest);
          if (address) await record(cases, address, q.state, q.at);
        }
      }
      await session.remove(WATCH_QUEUE_KEY);
    }
    const latest = queue.length ? await allCases() : cases;
    const { stored } = await buildIndex(
      latest.flatMap((k) => k.evidence.flatMap(watchedAddresses)),
    );
    await session.set({ [WATCH_INDEX_KEY]: stored });
  }

  /** The vault was wiped: nothing of the watch may outlive it. */
  async function clear(): Promise<void> {
    await session.remove([WATCH_INDEX_KEY, WATCH_QUEUE_KEY]);
  }

  async function watchStatus(): Promise<WatchStatus> {
    const status = await vault.vaultStatus();
    if (status.unlocked) return 'active';
    const stored = (await session.get(WATCH_INDEX_KEY))[WATCH_INDEX_KEY];
    return stored && status.exists ? 'locked-watching' : 'paused';
  }

  return { seen, refresh, clear, status: watchStatus };
}

export type WatchService = ReturnType<typeof createWatchService>;
