import type { Capture } from '../case/capture';
import type { VaultApi } from '../messaging/messages/vault';
import { createCase, deleteCase, getCase, listCases, updateCase } from './cases';
import { createContext, readSettings, type VaultEnv } from './context';
import { captureNow, fileWaiting, mergeWaiting, rememberCaptureTarget } from './inbox';
import { attachProof, readProof } from './proofs';
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
    onChange: (caseId) => {
      changed = true;
      env.onChange?.(caseId);
    },
  });
  // A failure to file leaves the entries in the inbox for the next time; the read goes on.
  ctx.onReload = (o) => mergeWaiting(ctx, o).catch(() => undefined);
  const afterCall = async () => {
    if (!changed) return;
    changed = false;
    rememberedTarget = await rememberCaptureTarget(ctx, rememberedTarget).catch(
      () => rememberedTarget,
    );
  };
  let queue: Promise<unknown> = Promise.resolve();
  function enqueue<R>(fn: () => Promise<R>): Promise<R> {
    const run = queue.then(fn);
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
    wipeAll: serial(() => wipeAll(ctx)),
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
     * comes once it is durable; filing it from the inbox into the case, when `captureNow` left
     * it there, is the very next job of the queue.
     */
    capture: (input: Capture) => {
      const run = enqueue(() => captureNow(ctx, input));
      enqueue(async () => {
        if ((await run).file) await fileWaiting(ctx);
      }).catch(() => undefined);
      return run.then((outcome) => outcome.result);
    },
    /** The clear settings, read outside the queue (start-up chores: toolbar icon, idle time). */
    readSettings: () => readSettings(ctx),
    /** Drops the in-memory copy only (tests: simulates the service worker being stopped). */
    forgetMemory: () => {
      ctx.state.open = null;
      rememberedTarget = null;
    },
  };
}

export type VaultService = ReturnType<typeof createVaultService>;
