import { Settings } from '../case/model';
import { MessageError } from '../messaging/envelope';
import type { VaultStatus } from '../messaging/messages/vault';
import { randomBytes, toBase64 } from './bytes';
import { newCase, type ProfileInput } from './cases';
import {
  AAD_DATA_KEY,
  AAD_INBOX_KEY,
  CAPTURE_TARGET_KEY,
  type Open,
  PENDING_KEY,
  readMeta,
  readMetaFrom,
  readSettings,
  requireMeta,
  SESSION_KEY,
  type VaultContext,
  type VaultMeta,
} from './context';
import {
  checkMatches,
  DecryptError,
  decryptBytes,
  derivePassphraseKeys,
  encryptBytes,
  importAesKey,
  importInboxPrivateKey,
  newInboxKeyPair,
  newKdfParams,
} from './crypto';
import { afterFailure, describeWait, FREE_TRIES, readGuard, retryAfterSeconds } from './guard';
import { mergeWaiting } from './inbox';
import { BACKUP, caseRecords, KEY, PREFIX } from './layout';
import { VaultRefusal } from './refusal';
import { writeAtomic } from './storage';
import { commit, load } from './store';

/**
 * Keys and session: creating the vault, unlocking (through the wrong-passphrase rate limit),
 * locking, changing the passphrase, settings, and wiping everything.
 *
 * Where the unlocked key lives: the data key's raw bytes are put in `storage.session` (memory
 * only, never written to disk, cleared when the browser closes, and — with access level
 * TRUSTED_CONTEXTS, the default we also set explicitly — not readable by content scripts). That
 * is what lets an unlocked vault survive the MV3 service worker being stopped after 30 s idle
 * without asking for the passphrase again and without the key ever touching disk. In worker
 * memory the key is a non-extractable CryptoKey imported from those bytes; lock removes both.
 */
export async function status(ctx: VaultContext): Promise<VaultStatus> {
  const [stored, session, settings] = await Promise.all([
    ctx.env.local.get([KEY.meta, KEY.meta + BACKUP, KEY.guard, KEY.inbox]),
    ctx.env.session.get([SESSION_KEY, PENDING_KEY]),
    readSettings(ctx),
  ]);
  const open = ctx.state.open;
  const exists = readMetaFrom(stored) !== null;
  const unlocked = exists && (open !== null || typeof session[SESSION_KEY] === 'string');
  const pendingList = session[PENDING_KEY];
  const inboxList = stored[KEY.inbox];
  const wait = retryAfterSeconds(readGuard(stored[KEY.guard]), ctx.now().getTime());
  const out: VaultStatus = {
    exists,
    unlocked,
    pendingCount: Array.isArray(pendingList) ? pendingList.length : 0,
    inboxCount: Array.isArray(inboxList) ? inboxList.length : 0,
    settings,
  };
  if (wait > 0 && !unlocked) out.retryAfterSeconds = wait;
  if (unlocked && open) {
    if (open.migration) out.migration = open.migration;
    if (open.recovered) out.recoveredFromBackup = true;
  }
  return out;
}

/** The raw data key for a passphrase, through the rate limit. */
async function openWithPassphrase(
  ctx: VaultContext,
  meta: VaultMeta,
  passphrase: string,
): Promise<Uint8Array> {
  const stored = await ctx.env.local.get(KEY.guard);
  const guard = readGuard(stored[KEY.guard]);
  const wait = retryAfterSeconds(guard, ctx.now().getTime());
  if (wait > 0) {
    throw new MessageError(
      'rate-limited',
      `Too many wrong passphrases. Please wait ${describeWait(wait)} before trying again.`,
    );
  }
  const keys = await derivePassphraseKeys(passphrase, meta.kdf);
  if (!checkMatches(keys, meta.check)) {
    const next = afterFailure(guard, ctx.now().getTime());
    await ctx.env.local.set({ [KEY.guard]: next });
    const left = FREE_TRIES - next.failures;
    const after = retryAfterSeconds(next, ctx.now().getTime());
    const tail =
      left > 0
        ? ` ${left} more ${left === 1 ? 'try' : 'tries'} before Beacon asks you to wait.`
        : ` Please wait ${describeWait(after)} before trying again.`;
    throw new MessageError(
      'wrong-passphrase',
      `That passphrase is not the right one. Nothing was changed.${tail}`,
    );
  }
  let raw: Uint8Array;
  try {
    raw = await decryptBytes(keys.kek, meta.wrappedKey, AAD_DATA_KEY);
  } catch (error) {
    if (error instanceof DecryptError) {
      throw new VaultRefusal('failed', 'vault.keyDamaged');
    }
    throw error;
  }
  if (guard.failures > 0) await ctx.env.local.set({ [KEY.guard]: { failures: 0 } });
  return raw;
}

export async function createVault(
  ctx: VaultContext,
  input: { passphrase: string; profile: ProfileInput; settings?: Partial<Settings> },
): Promise<VaultStatus> {
  if (await readMeta(ctx)) {
    throw new VaultRefusal('invalid-data', 'vault.exists');
  }
  const kdf = newKdfParams(ctx.iterations);
  const keys = await derivePassphraseKeys(input.passphrase, kdf);
  const raw = randomBytes(32);
  const dataKey = await importAesKey(raw);
  const pair = await newInboxKeyPair();
  const at = ctx.now();
  const meta: VaultMeta = {
    format: 'beacon-vault',
    schemaVersion: ctx.schemaVersion,
    createdAt: at.toISOString(),
    appVersion: ctx.env.appVersion,
    kdf,
    check: keys.check,
    wrappedKey: await encryptBytes(keys.kek, raw, AAD_DATA_KEY),
    publicKey: pair.publicKey,
    wrappedInboxKey: await encryptBytes(dataKey, pair.privateKeyPkcs8, AAD_INBOX_KEY),
  };
  const kase = newCase(ctx, input.profile, at);
  const settings = Settings.parse({
    ...(await readSettings(ctx)),
    ...input.settings,
    currentCaseId: kase.id,
  });
  const o: Open = {
    dataKey,
    inboxKey: await importInboxPrivateKey(pair.privateKeyPkcs8),
    meta,
    cases: new Map(),
    recovered: false,
  };
  const records: Record<string, unknown> = Object.fromEntries(caseRecords(kase));
  records[KEY.index] = { caseIds: [kase.id] };
  await commit(ctx, dataKey, records, {
    [KEY.meta]: meta,
    [KEY.meta + BACKUP]: meta,
    [KEY.settings]: settings,
    [KEY.guard]: { failures: 0 },
    [KEY.inbox]: [],
  });
  o.cases.set(kase.id, kase);
  await ctx.env.session.set({ [SESSION_KEY]: toBase64(raw) });
  ctx.state.open = o;
  await mergeWaiting(ctx, o);
  ctx.changed(kase.id);
  return status(ctx);
}

export async function unlock(ctx: VaultContext, passphrase: string): Promise<VaultStatus> {
  const meta = await requireMeta(ctx);
  const raw = await openWithPassphrase(ctx, meta, passphrase);
  const loaded = await load(ctx, await importAesKey(raw));
  await ctx.env.session.set({ [SESSION_KEY]: toBase64(raw) });
  ctx.state.open = loaded;
  await mergeWaiting(ctx, loaded);
  ctx.changed(undefined, 'unlock');
  return status(ctx);
}

export async function lock(ctx: VaultContext): Promise<VaultStatus> {
  ctx.state.open = null;
  await ctx.env.session.remove([SESSION_KEY, CAPTURE_TARGET_KEY]);
  ctx.changed();
  return status(ctx);
}

/** Re-wraps the data key under the new passphrase: nothing else is re-encrypted. */
export async function changePassphrase(
  ctx: VaultContext,
  current: string,
  next: string,
): Promise<VaultStatus> {
  const meta = await requireMeta(ctx);
  const raw = await openWithPassphrase(ctx, meta, current);
  const kdf = newKdfParams(ctx.iterations);
  const keys = await derivePassphraseKeys(next, kdf);
  const updated: VaultMeta = {
    ...meta,
    kdf,
    check: keys.check,
    wrappedKey: await encryptBytes(keys.kek, raw, AAD_DATA_KEY),
  };
  await writeAtomic(ctx.env.local, { [KEY.meta]: updated, [KEY.meta + BACKUP]: meta });
  if (ctx.state.open) ctx.state.open.meta = updated;
  ctx.changed();
  return status(ctx);
}

export async function updateSettings(
  ctx: VaultContext,
  patch: Partial<Settings>,
): Promise<Settings> {
  const settings = Settings.parse({ ...(await readSettings(ctx)), ...patch });
  await writeAtomic(ctx.env.local, { [KEY.settings]: settings });
  ctx.changed();
  return settings;
}

/** Everything Beacon stored, gone. Works while locked: a forgotten passphrase must have a way out. */
export async function wipeAll(ctx: VaultContext): Promise<VaultStatus> {
  ctx.state.open = null;
  await ctx.env.session.remove([SESSION_KEY, PENDING_KEY, CAPTURE_TARGET_KEY]);
  const keys = Object.keys(await ctx.env.local.get(null)).filter((key) => key.startsWith(PREFIX));
  if (keys.length) await ctx.env.local.remove(keys);
  await ctx.env.blobs.clear();
  ctx.changed();
  return status(ctx);
}
