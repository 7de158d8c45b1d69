import type { Capture } from '../case/capture';
import { CaseOpError } from '../case/ops';
import { MessageError } from '../messaging/envelope';
import type { VaultApi } from '../messaging/messages/vault';
import { caseOpFailure, createCase, deleteCase, getCase, listCases, updateCase } from './cases';
import { createContext, readSettings, type VaultEnv } from './context';
import { captureNow, fileWaiting, mergeWaiting, rememberCaptureTarget, undoCapture } from './inbox';
import { attachProof, readProof } from './proofs';
import { captureHost, createRecentList, type RecentCapture } from './recent';
import { refusalIn, VaultRefusal } from './refusal';
import {
  changePassphrase,
  createVault,
  lock,
  status,
  unlock,
  updateSettings,
  wipeAll,
} from './session';
import { exportData, importFile, readImport } from './transfer';

export { defaultNewId, PENDING_KEY, type VaultEnv, VaultMeta } from './context';

/**
 * One task later: the caller's answer (the router answers in the task the call finished in)
 * leaves before any storage call of the chores after a write, which go through the browser's
 * process like the answer. It keeps that order certain; on its own it measured no faster.
 */
const answerFirst = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The vault service: the background's only way to read or write case data
 * (docs/ARCHITECTURE.md, "Vault").
 * Browser APIs come in through `VaultEnv` (storage areas, blob store), so all of it runs in Node
 * tests with fakeBrowser. One method per vault message, named and typed by its declaration in
 * lib/messaging/messages/vault.ts (the background's handler table is derived from the same
 * list). Every call runs one at a time (a queue), so two messages can't interleave a
 * read-modify-write. The parts live by concern: session.ts (keys, unlock, lock, settings),
 * store.ts (load and commit), cases.ts, inbox.ts (waiting captures), proofs.ts, transfer.ts.
 */
export function createVaultService(env: VaultEnv) {
  // After a call that changed something, the case captures go to is remembered for a worker
  // started cold (inbox.ts captureNow); as its own step, so the call's answer doesn't wait.
  let changed = false;
  let rememberedTarget: string | null = null;
  const ctx = createContext({
    ...env,
    onChange: (caseId, reason) => {
      changed = true;
      env.onChange?.(caseId, reason);
    },
  });
  // A failure to file leaves the entries in the inbox for the next time; the read goes on.
  ctx.onReload = (o) => mergeWaiting(ctx, o).catch(() => undefined);
  const afterCall = async () => {
    if (!changed) return;
    changed = false;
    await answerFirst();
    rememberedTarget = await rememberCaptureTarget(ctx, rememberedTarget).catch(
      () => rememberedTarget,
    );
  };
  const recent = createRecentList(env.session, () => ctx.now().getTime());
  let queue: Promise<unknown> = Promise.resolve();
  // An op refused anywhere in a call (a capture into a full case, an undo) answers in the
  // vault's language, like updateCase's own refusals (cases.ts caseOpFailure); so do the vault's
  // own refusals (locked, no case file, no such case, not yet updated: refusal.ts).
  const translated = async <R>(fn: () => Promise<R>): Promise<R> => {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof CaseOpError) throw caseOpFailure(error, await vaultLang());
      if (error instanceof VaultRefusal) throw refusalIn(error, await vaultLang());
      throw error;
    }
  };
  // The settings are stored in clear: readable when locked, defaults when there is no vault.
  const vaultLang = async () => (await readSettings(ctx).catch(() => undefined))?.lang ?? 'en';
  function enqueue<R>(fn: () => Promise<R>): Promise<R> {
    const run = queue.then(() => translated(fn));
    queue = run.catch(() => undefined).then(afterCall);
    return run;
  }
  function serial<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
    return (...args: A): Promise<R> => enqueue(() => fn(...args));
  }

  const api = {
    vaultStatus: serial(() => status(ctx)),
    createVault: serial((input) => createVault(ctx, input)),
    unlock: serial(({ passphrase }) => unlock(ctx, passphrase)),
    lock: serial(() => lock(ctx)),
    changePassphrase: serial(({ current, next }) => changePassphrase(ctx, current, next)),
    updateSettings: serial((patch) => updateSettings(ctx, patch)),
    listCases: serial(() => listCases(ctx)),
    getCase: serial(({ id }) => getCase(ctx, id)),
    createCase: serial(({ profile }) => createCase(ctx, profile)),
    updateCase: serial(({ id, op }) => updateCase(ctx, id, op)),
    deleteCase: serial(async ({ id }) => {
      await deleteCase(ctx, id);
      return undefined;
    }),
    wipeAll: serial(async () => {
      await recent.clear();
      return wipeAll(ctx);
    }),
    attachProof: serial((input) => attachProof(ctx, input)),
    readProof: serial(({ caseId, proofId }) => readProof(ctx, caseId, proofId)),
    exportData: serial((input) => exportData(ctx, input)),
    // The file is read and checked before joining the queue (see transfer.ts readImport).
    previewImport: async (input) => {
      const file = await readImport(ctx, input);
      return enqueue(() => importFile(ctx, file, false));
    },
    applyImport: async (input) => {
      const file = await readImport(ctx, input);
      return enqueue(() => importFile(ctx, file, true));
    },
  } satisfies VaultApi;

  return {
    ...api,
    /**
     * A capture validated by the router (or built by `pageCapture`); see inbox.ts. The answer
     * comes once it is durable. The very next job of the queue lists it in the session's recent
     * list (recent.ts) with the tab it came from, so it can be undone, and files it from the
     * inbox into the case when `captureNow` left it there.
     */
    capture: (input: Capture, from: { tabId?: number } = {}) => {
      const run = enqueue(() => captureNow(ctx, input));
      // The next job, after the answer: what the user waits for is the capture being durable,
      // not its line in the recent list. Every later call (an Undo, the popup's list, the
      // badge's count) queues behind this job, so it finds the entry.
      enqueue(async () => {
        const { result, file } = await run;
        await answerFirst();
        if (result.id) {
          const entry: RecentCapture = {
            id: result.id,
            at: ctx.now().getTime(),
            where: result.where,
            host: captureHost(input),
            kind: input.kind,
            ...(from.tabId === undefined ? {} : { tabId: from.tabId }),
          };
          // The capture is saved; a failure to list it must not turn it into an error.
          await recent.add(entry).catch(() => undefined);
        }
        if (file) await fileWaiting(ctx);
      }).catch(() => undefined);
      return run.then((outcome) => outcome.result);
    },
    /** The clear settings, read outside the queue (start-up chores: toolbar icon, idle time). */
    readSettings: () => readSettings(ctx),
    /** This session's recent captures, newest first (the popup's list). */
    recentCaptures: serial(() => recent.list()),
    /**
     * Undo a recent capture; `allowed` is the sender check (recent.ts mayUndo), asked with the
     * stored entry — the tab and the time come from Beacon's own record, never from the message.
     */
    undoCapture: serial(async (id: string, allowed: (entry: RecentCapture) => boolean) => {
      const entry = await recent.find(id);
      if (!entry) {
        throw new VaultRefusal('not-found', 'vault.notRecent');
      }
      if (!allowed(entry)) {
        throw new VaultRefusal('forbidden-sender', 'undo.notHere');
      }
      try {
        const done = await undoCapture(ctx, entry);
        await recent.remove(id);
        return done;
      } catch (error) {
        // Gone already (deleted by hand): it leaves the list. Locked: it stays, to undo later.
        if (!(error instanceof MessageError && error.code === 'locked')) {
          await recent.remove(id).catch(() => undefined);
        }
        throw error;
      }
    }),
    /** Drops the in-memory copy only (tests: simulates the service worker being stopped). */
    forgetMemory: () => {
      ctx.state.open = null;
      rememberedTarget = null;
    },
  };
}

export type VaultService = ReturnType<typeof createVaultService>;
