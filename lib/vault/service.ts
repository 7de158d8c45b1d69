import type { Capture } from '../case/capture';
import type { VaultApi } from '../messaging/messages/vault';
import { createCase, deleteCase, getCase, listCases, updateCase } from './cases';
import { createContext, type VaultEnv } from './context';
import { capture } from './inbox';
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
import { exportData, importData } from './transfer';

export { defaultNewId, PENDING_KEY, type VaultEnv, VaultMeta } from './context';

/**
 * The vault service: the background's only way to read or write case data (DESIGN §4).
 * Browser APIs come in through `VaultEnv` (storage areas, blob store), so all of it runs in Node
 * tests with fakeBrowser. One method per vault message, named and typed by its declaration in
 * lib/messaging/messages/vault.ts (the background's handler table is derived from the same
 * list). Every call runs one at a time (a queue), so two messages can't interleave a
 * read-modify-write. The parts live by concern: session.ts (keys, unlock, lock, settings),
 * store.ts (load and commit), cases.ts, inbox.ts (waiting captures), proofs.ts, transfer.ts.
 */
export function createVaultService(env: VaultEnv) {
  const ctx = createContext(env);
  let queue: Promise<unknown> = Promise.resolve();
  function serial<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
    return (...args: A): Promise<R> => {
      const run = queue.then(() => fn(...args));
      queue = run.catch(() => undefined);
      return run;
    };
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
    previewImport: serial((input) => importData(ctx, input, false)),
    applyImport: serial((input) => importData(ctx, input, true)),
  } satisfies VaultApi;

  return {
    ...api,
    /** A capture validated by the router (or built by `pageCapture`); see inbox.ts. */
    capture: serial((input: Capture) => capture(ctx, input)),
    /** Drops the in-memory copy only (tests: simulates the service worker being stopped). */
    forgetMemory: () => {
      ctx.state.open = null;
    },
  };
}

export type VaultService = ReturnType<typeof createVaultService>;
