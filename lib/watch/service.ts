import type { Case } from '../case/model';
import type { CaseOp } from '../case/ops';
import { MessageError } from '../messaging/envelope';
import type { ChangeReason } from '../vault/context';
import type { StorageArea } from '../vault/storage';
import { watchKey } from './address';
import {
  casesWith,
  digestOf,
  digestsOf,
  loadIndex,
  lookup,
  newIndex,
  setCase,
  storedIndex,
  type WatchIndex,
} from './index';
import { matchObservation, observationOp, type ReadingSource, watchedAddresses } from './match';
import { CORRECTION_MS, type PageState } from './observe';

/** storage.session keys (memory only, trusted contexts only, gone when the browser closes). */
export const WATCH_INDEX_KEY = 'beacon.watch.index';
export const WATCH_QUEUE_KEY = 'beacon.watch.queue';
/** Observations kept while locked, at most (oldest dropped): a digest, a state and a time each. */
const QUEUE_MAX = 200;
/** An index made at a lookup (unlocked with none) is tried again no sooner than this (ms). */
export const REBUILD_RETRY_MS = 60_000;

type Queued = {
  digest: string;
  state: PageState;
  at: string;
  from?: ReadingSource;
  corrects?: true;
};

/**
 * How a content script read its page: `from` its reading's source (lib/feed/page-state.ts;
 * anything else counts as wording anywhere on the page), `corrects` when this "online" follows
 * a gone state the same script sent for the same address in the same navigation.
 */
export type SeenHow = { from?: ReadingSource; corrects?: boolean };

/** At most this many recent gone entries are remembered for a correction (oldest dropped). */
const RECENT_GONE_MAX = 200;

/** The vault calls the watch needs (the background's VaultService has them all). */
export type WatchVault = {
  vaultStatus(): Promise<{ exists: boolean; unlocked: boolean }>;
  listCases(): Promise<Array<{ id: string }>>;
  getCase(input: { id: string }): Promise<Case>;
  updateCase(input: { id: string; op: CaseOp }): Promise<Case>;
};

export type WatchStatus = 'active' | 'locked-watching' | 'paused';

/** What a vault change asks of the index (`refresh`'s argument). */
export type IndexChange = { caseId?: string; rekey?: boolean };

/**
 * The index update a vault change calls for (the vault's `onChange`): an unlock makes the index
 * anew under a fresh key, after recording what was seen while locked — one pass over the cases,
 * not one for the change and one for the unlock; any other change, its case (or every case).
 */
export function indexChangeFor(caseId?: string, reason?: ChangeReason): IndexChange {
  return reason === 'unlock' ? { rekey: true } : { caseId };
}

/** What the next index update covers: named cases, every case, every case under a new key. */
type Pending = { ids: Set<string>; all: boolean; rekey: boolean };

/**
 * The removal watch in the background. An observation (page address + state) is matched at once
 * and forgotten when it names no evidence: it is never written anywhere, not even encrypted.
 * - Either way it is first looked up in the keyed-hash index (lib/watch/index.ts): an address
 *   that is no evidence never opens the vault.
 * - Unlocked: a match opens only the cases the index names, and is recorded as a status change.
 * - Locked: a match is queued in storage.session as (digest, state, time) — no address — and
 *   recorded at the next unlock.
 * - Locked with no index (the browser was restarted since the last unlock): paused.
 *
 * The index is made under a fresh key at each unlock and then kept up to date case by case: a
 * change re-digests only the case it names (a change that names none, every case), and the
 * changes of a burst are taken in one pass.
 */
export function createWatchService(env: {
  vault: WatchVault;
  session: StorageArea;
  now?: () => Date;
}) {
  const now = env.now ?? (() => new Date());
  const { vault, session } = env;

  /** The index as last written to storage.session (this worker's copy; reloaded after a restart). */
  let memory: WatchIndex | null = null;
  /** When a lookup last tried to make the missing index (ms since the epoch). */
  let lastRebuild = Number.NEGATIVE_INFINITY;
  /** Index work and observations run one at a time, in order. */
  let chain: Promise<unknown> = Promise.resolve();
  function serial<R>(fn: () => Promise<R>): Promise<R> {
    const run = chain.then(fn);
    chain = run.catch(() => undefined);
    return run;
  }

  async function currentIndex(): Promise<WatchIndex | null> {
    memory ??= await loadIndex((await session.get(WATCH_INDEX_KEY))[WATCH_INDEX_KEY]);
    return memory;
  }

  async function saveIndex(index: WatchIndex): Promise<void> {
    await session.set({ [WATCH_INDEX_KEY]: storedIndex(index) });
    memory = index;
  }

  async function readQueue(): Promise<Queued[]> {
    const stored = (await session.get(WATCH_QUEUE_KEY))[WATCH_QUEUE_KEY];
    return Array.isArray(stored) ? (stored as Queued[]) : [];
  }

  /**
   * The gone entries this worker recorded from an item's own page, by case and item, with their
   * time: a correction from that page names the very entry it undoes (lib/watch/observe.ts).
   * Ids and times only, never an address; kept CORRECTION_MS at most. A worker stopped in
   * between forgets them: the "online" is then recorded as "reappeared", never lost.
   */
  const recentGone = new Map<string, string>();

  function correctable(targetKey: string, atMs: number): string | undefined {
    for (const [key, gone] of recentGone) {
      if (atMs - Date.parse(gone) > CORRECTION_MS) recentGone.delete(key);
    }
    const gone = recentGone.get(targetKey);
    recentGone.delete(targetKey);
    return gone;
  }

  async function record(cases: Case[], url: string, state: PageState, at: string, how: SeenHow) {
    const atMs = Date.parse(at);
    for (const target of matchObservation(cases, url, state, how.from ?? 'page')) {
      const targetKey = `${target.caseId}\n${target.evidenceId}`;
      let corrects: string | undefined;
      if (state !== 'online') {
        // Only the item's own page may correct its entry: never one that came through its account.
        if (target.through === 'own') {
          recentGone.delete(targetKey);
          recentGone.set(targetKey, at);
          if (recentGone.size > RECENT_GONE_MAX)
            recentGone.delete(recentGone.keys().next().value as string);
        }
      } else if (how.corrects && target.through === 'own') {
        corrects = correctable(targetKey, atMs);
      }
      await vault.updateCase({
        id: target.caseId,
        op: observationOp(target.evidenceId, state, at, corrects),
      });
    }
  }

  /** The case, or null when it no longer exists (deleted). */
  async function caseOrNull(id: string): Promise<Case | null> {
    try {
      return await vault.getCase({ id });
    } catch (error) {
      if (error instanceof MessageError && error.code === 'not-found') return null;
      throw error;
    }
  }

  async function digestCase(index: WatchIndex, kase: Case): Promise<void> {
    const digests = await digestsOf(index, kase.evidence.flatMap(watchedAddresses));
    setCase(index, kase.id, { digests });
  }

  /**
   * The index made whole from every case, under a fresh key. A case that won't open (a damaged
   * record) is left out rather than leaving every case unwatched.
   */
  async function rebuild(): Promise<WatchIndex> {
    const index = await newIndex();
    for (const { id } of await vault.listCases()) {
      const kase = await caseOrNull(id).catch(() => null);
      if (kase) await digestCase(index, kase);
    }
    return index;
  }

  /** What was seen while locked, recorded now (digests made under `index`'s key). */
  async function mergeQueue(index: WatchIndex | null): Promise<void> {
    const queue = await readQueue();
    if (!queue.length) return;
    if (index) {
      // Only the cases the queued digests name are opened, and only their addresses digested.
      const addressOf = new Map<string, string>();
      const ids = new Set(queue.flatMap((q) => casesWith(index, q.digest)));
      for (const id of ids) {
        const kase = await caseOrNull(id);
        for (const address of kase?.evidence.flatMap(watchedAddresses) ?? []) {
          const key = address ? watchKey(address) : null;
          if (key) addressOf.set(await digestOf(index, key), address as string);
        }
      }
      for (const q of queue) {
        const address = addressOf.get(q.digest);
        if (!address) continue;
        const cases = await Promise.all(casesWith(index, q.digest).map(caseOrNull));
        await record(
          cases.filter((c): c is Case => c !== null),
          address,
          q.state,
          q.at,
          {
            from: q.from === 'sure' ? 'sure' : 'page',
            corrects: q.corrects === true,
          },
        );
      }
    }
    await session.remove(WATCH_QUEUE_KEY);
  }

  let pending: Pending | null = null;
  let scheduled: Promise<void> | null = null;

  async function update(todo: Pending): Promise<void> {
    const status = await vault.vaultStatus();
    if (!status.unlocked) return;
    const known = await currentIndex();
    await mergeQueue(known);
    if (!known || todo.rekey) {
      await saveIndex(await rebuild());
      return;
    }
    const index = known;
    try {
      if (todo.all) {
        // A change that names no case (an import, captures filed, an undo): every case again,
        // under the same key, once for the whole burst.
        const ids = new Set((await vault.listCases()).map((s) => s.id));
        for (const id of [...index.byCase.keys()]) if (!ids.has(id)) setCase(index, id, null);
        for (const id of ids) todo.ids.add(id);
      }
      for (const id of todo.ids) {
        const kase = await caseOrNull(id);
        if (kase) await digestCase(index, kase);
        else setCase(index, id, null);
      }
    } finally {
      // Cut short (the vault locked meanwhile): what was updated is kept, as in memory.
      await saveIndex(index);
    }
  }

  /**
   * The vault changed (`caseId`: only that case; none: any case may have), or was just unlocked
   * (`rekey`: record what was seen while locked, then a fresh key for the next lock). Changes
   * that arrive while an update waits join it.
   */
  function refresh(change: IndexChange = {}): Promise<void> {
    pending ??= { ids: new Set(), all: false, rekey: false };
    if (change.caseId) pending.ids.add(change.caseId);
    else pending.all = true;
    if (change.rekey) pending.rekey = true;
    scheduled ??= serial(async () => {
      const todo = pending;
      pending = null;
      scheduled = null;
      if (todo) await update(todo);
    });
    return scheduled;
  }

  /**
   * The index to look an address up in: unlocked with no index (it failed to save, or was
   * lost), it is made now, once. Null when paused (locked with no index). Run inside `serial`.
   */
  async function indexForLookup(): Promise<WatchIndex | null> {
    const index = await currentIndex();
    if (index || !(await vault.vaultStatus()).unlocked) return index;
    // At most one attempt per REBUILD_RETRY_MS: every page view asks, and a rebuild that fails
    // (a case that won't open, a full session storage) must not be retried at each ask — a
    // page could then make the background decrypt every case every second or so.
    const at = now().getTime();
    if (at - lastRebuild < REBUILD_RETRY_MS) return null;
    lastRebuild = at;
    await update({ ids: new Set(), all: true, rekey: true });
    return memory;
  }

  /**
   * Is this page address evidence (an item's own address or its account's)? What the content
   * script asks before it reads its page, so that most pages are never read. The same lookup as
   * `seen`, in the same order as observations and index updates; nothing is stored or logged.
   */
  function wanted(url: string): Promise<boolean> {
    if (!watchKey(url)) return Promise.resolve(false);
    return serial(async () => {
      const index = await indexForLookup();
      return index !== null && (await lookup(index, url)) !== null;
    });
  }

  /** One page observation from a content script. Answers nothing either way. */
  function seen(url: string, state: PageState, how: SeenHow = {}): Promise<void> {
    if (!watchKey(url)) return Promise.resolve();
    const at = now().toISOString();
    return serial(async () => {
      const index = await indexForLookup();
      if (!index) return;
      const digest = await lookup(index, url);
      if (!digest) return;
      const status = await vault.vaultStatus();
      if (!status.exists) return;
      if (status.unlocked) {
        const cases = await Promise.all(casesWith(index, digest).map(caseOrNull));
        return record(
          cases.filter((c): c is Case => c !== null),
          url,
          state,
          at,
          how,
        );
      }
      const queued: Queued = {
        digest,
        state,
        at,
        from: how.from === 'sure' ? 'sure' : 'page',
        ...(how.corrects ? { corrects: true as const } : {}),
      };
      const queue = [...(await readQueue()), queued].slice(-QUEUE_MAX);
      await session.set({ [WATCH_QUEUE_KEY]: queue });
    });
  }

  /** The vault was wiped: nothing of the watch may outlive it. */
  function clear(): Promise<void> {
    pending = null;
    recentGone.clear();
    return serial(async () => {
      memory = null;
      await session.remove([WATCH_INDEX_KEY, WATCH_QUEUE_KEY]);
    });
  }

  async function watchStatus(): Promise<WatchStatus> {
    const status = await vault.vaultStatus();
    if (status.unlocked) return 'active';
    const stored = (await session.get(WATCH_INDEX_KEY))[WATCH_INDEX_KEY];
    return stored && status.exists ? 'locked-watching' : 'paused';
  }

  return { seen, wanted, refresh, clear, status: watchStatus };
}

export type WatchService = ReturnType<typeof createWatchService>;
