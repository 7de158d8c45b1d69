import { z } from 'zod';
import type { Case } from '../case/model';
import { Settings } from '../case/model';
import type { VaultStatus } from '../messaging/messages/vault';
import type { BlobStore } from './blobs';
import { randomBytes, toBase64 } from './bytes';
import { KDF_ITERATIONS, KdfParams, Sealed } from './crypto';
import { BACKUP, KEY } from './layout';
import { CURRENT_SCHEMA_VERSION, type Migration, migrations } from './migrations';
import { VaultRefusal } from './refusal';
import type { StorageArea } from './storage';

/**
 * What every part of the vault shares: the browser edges (`VaultEnv`), the clock and id maker,
 * and the one piece of state — the open vault (keys and decrypted cases), or null while locked.
 * The parts (session, store, cases, inbox, proofs, transfer) are functions of this context;
 * service.ts composes them and runs every public call one at a time.
 */
export type VaultEnv = {
  local: StorageArea;
  session: StorageArea;
  blobs: BlobStore;
  appVersion: string;
  now?: () => Date;
  newId?: () => string;
  /** PBKDF2 iterations for new vaults and exports (tests use the 100,000 floor to stay fast). */
  kdfIterations?: number;
  schemaVersion?: number;
  migrations?: readonly Migration[];
  /**
   * Called after every write, with the case that changed when there is one, and why when the
   * whole vault changed at once ('unlock': every case can be read again).
   */
  onChange?: (caseId?: string, reason?: ChangeReason) => void;
};

/** Why every case changed at once, for listeners that do more then (the watch's fresh key). */
export type ChangeReason = 'unlock';

export const SESSION_KEY = 'beacon.sessionKey';
export const PENDING_KEY = 'pendingCaptures';
/**
 * storage.session (memory only, trusted contexts only, like SESSION_KEY): the case captures go
 * to and its title, `{ caseId, title }`, kept while unlocked so a capture in a worker that was
 * stopped can say where it went without decrypting the whole vault first (inbox.ts).
 */
export const CAPTURE_TARGET_KEY = 'beacon.captureTarget';
export const AAD_DATA_KEY = 'beacon.dataKey';
export const AAD_INBOX_KEY = 'beacon.inboxKey';
export const blobAad = (key: string) => `beacon.proof:${key}`;

export const VaultMeta = z
  .object({
    format: z.literal('beacon-vault'),
    schemaVersion: z.number().int().min(1),
    createdAt: z.string(),
    appVersion: z.string(),
    kdf: KdfParams,
    check: z.string(),
    /** The data key, encrypted under the passphrase's key-encryption key. */
    wrappedKey: Sealed,
    /** ECDH P-256 public key (raw, base64): captures are sealed to it while locked. */
    publicKey: z.string(),
    /** The matching private key (PKCS#8), encrypted under the data key. */
    wrappedInboxKey: Sealed,
  })
  .strict();
export type VaultMeta = z.infer<typeof VaultMeta>;

export type MigrationFailure = NonNullable<VaultStatus['migration']>;

export type Open = {
  dataKey: CryptoKey;
  inboxKey: CryptoKey;
  meta: VaultMeta;
  cases: Map<string, Case>;
  recovered: boolean;
  migration?: MigrationFailure;
  /** Decrypted old-version data kept for export when a migration failed. */
  oldCases?: unknown[];
};

export type VaultContext = {
  env: VaultEnv;
  now: () => Date;
  newId: () => string;
  iterations: number;
  schemaVersion: number;
  chain: readonly Migration[];
  changed: (caseId?: string, reason?: ChangeReason) => void;
  /** The open vault; null while locked (or before a stopped worker reloads it). */
  state: { open: Open | null };
  /** Run once each time the open vault is reloaded from storage (service.ts: file the inbox). */
  onReload?: (o: Open) => Promise<void>;
};

export function defaultNewId(): string {
  // 128 random bits, URL-safe: ids say nothing about content or time.
  return toBase64(randomBytes(16)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function createContext(env: VaultEnv): VaultContext {
  return {
    env,
    now: env.now ?? (() => new Date()),
    newId: env.newId ?? defaultNewId,
    iterations: env.kdfIterations ?? KDF_ITERATIONS,
    schemaVersion: env.schemaVersion ?? CURRENT_SCHEMA_VERSION,
    chain: env.migrations ?? migrations,
    changed: (caseId, reason) => env.onChange?.(caseId, reason),
    state: { open: null },
  };
}

/** The vault header from a storage read, falling back to its backup copy when damaged. */
export function readMetaFrom(
  all: Record<string, unknown>,
): { meta: VaultMeta; fromBackup: boolean } | null {
  const primary = VaultMeta.safeParse(all[KEY.meta]);
  if (primary.success) return { meta: primary.data, fromBackup: false };
  const backup = VaultMeta.safeParse(all[KEY.meta + BACKUP]);
  if (backup.success) return { meta: backup.data, fromBackup: true };
  return null;
}

export async function readMeta(ctx: VaultContext) {
  return readMetaFrom(await ctx.env.local.get([KEY.meta, KEY.meta + BACKUP]));
}

export async function requireMeta(ctx: VaultContext): Promise<VaultMeta> {
  const found = await readMeta(ctx);
  if (!found) throw new VaultRefusal('no-vault', 'vault.noVault');
  return found.meta;
}

/** Settings are stored in the clear (language, discreet mode are needed while locked). */
export async function readSettings(ctx: VaultContext): Promise<Settings> {
  return settingsFrom(await ctx.env.local.get(KEY.settings));
}

/** The settings from a storage read that included KEY.settings (defaults when absent or bad). */
export function settingsFrom(stored: Record<string, unknown>): Settings {
  const parsed = Settings.safeParse(stored[KEY.settings] ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}
