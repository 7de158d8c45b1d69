import { z } from 'zod';
import { Capture } from '../case/capture';
import { Case, type CaseProfile, Settings } from '../case/model';
import { applyOp, type CaseOp, CaseOpError, captureToEvidence } from '../case/ops';
import { MessageError } from '../messaging/envelope';
import type {
  CaseSummary,
  ExportFile,
  ImportSummary,
  VaultStatus,
} from '../messaging/messages/vault';
import type { BlobStore } from './blobs';
import { fromBase64, fromUtf8, randomBytes, toBase64, utf8 } from './bytes';
import {
  checkMatches,
  DecryptError,
  decryptBytes,
  decryptJson,
  derivePassphraseKeys,
  encryptBytes,
  encryptJson,
  importAesKey,
  importInboxPrivateKey,
  KDF_ITERATIONS,
  KdfParams,
  newInboxKeyPair,
  newKdfParams,
  openSealed,
  Sealed,
  SealedToKey,
  sealToPublicKey,
} from './crypto';
import { buildEncryptedExport, buildPlainExport, exportFileName } from './export';
import { afterFailure, describeWait, FREE_TRIES, readGuard, retryAfterSeconds } from './guard';
import { ImportError, importBytes, readExportFile } from './import';
import {
  assembleCase,
  BACKUP,
  caseRecords,
  changedRecords,
  headerKey,
  type ItemKind,
  KEY,
  normalizeCase,
  PREFIX,
  parseCaseKey,
} from './layout';
import { planImport } from './merge';
import { CURRENT_SCHEMA_VERSION, type Migration, migrations, runMigrations } from './migrations';
import { type StorageArea, writeAtomic } from './storage';

/**
 * The vault service: the background's only way to read or write case data (docs/ARCHITECTURE.md, "Vault").
 * Browser APIs come in through `VaultEnv` (storage areas, blob store), so all of it runs in Node
 * tests with fakeBrowser. Every public call runs one at a time (a queue), so two messages can't
 * interleave a read-modify-write.
 *
 * Where the unlocked key lives: the data key's raw bytes are put in `storage.session` (memory
 * only, never written to disk, cleared when the browser closes, and — with access level
 * TRUSTED_CONTEXTS, the default we also set explicitly — not readable by content scripts). That
 * is what lets an unlocked vault survive the MV3 service worker being stopped after 30 s idle
 * without asking for the passphrase again and without the key ever touching disk. In worker
 * memory the key is a non-extractable CryptoKey imported from those bytes; lock removes both.
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
  /** Called after every write, with the case that changed when there is one. */
  onChange?: (caseId?: string) => void;
};

const SESSION_KEY = 'beacon.sessionKey';
export const PENDING_KEY = 'pendingCaptures';
const MAX_PENDING = 500;
const MAX_INBOX = 5000;
const MAX_PROOF_BYTES = 20 * 1024 * 1024;

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

const Index = z.object({ caseIds: z.array(z.string()) }).strict();
const PendingEntry = z.object({ id: z.string(), capture: Capture }).strict();
const InboxEntry = SealedToKey.extend({ id: z.string().max(64) });
type InboxEntry = z.infer<typeof InboxEntry>;
const InboxPlain = z.object({ id: z.string(), capture: Capture }).strict();

type MigrationFailure = NonNullable<VaultStatus['migration']>;

type Open = {
  dataKey: CryptoKey;
  inboxKey: CryptoKey;
  meta: VaultMeta;
  cases: Map<string, Case>;
  recovered: boolean;
  migration?: MigrationFailure;
  /** Decrypted old-version data kept for export when a migration failed. */
  oldCases?: unknown[];
};

const AAD_DATA_KEY = 'beacon.dataKey';
const AAD_INBOX_KEY = 'beacon.inboxKey';
const blobAad = (key: string) => `beacon.proof:${key}`;

export function defaultNewId(): string {
  // 128 random bits, URL-safe: ids say nothing about content or time.
  return toBase64(randomBytes(16)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function createVaultService(env: VaultEnv) {
  const now = env.now ?? (() => new Date());
  const newId = env.newId ?? defaultNewId;
  const iterations = env.kdfIterations ?? KDF_ITERATIONS;
  const schemaVersion = env.schemaVersion ?? CURRENT_SCHEMA_VERSION;
  const chain = env.migrations ?? migrations;
  const changed = (caseId?: string) => env.onChange?.(caseId);

  let open: Open | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  function serial<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
    return (...args: A): Promise<R> => {
      const run = queue.then(() => fn(...args));
      queue = run.catch(() => undefined);
      return run;
    };
  }

  // --- reading ---------------------------------------------------------------------------------

  function readMetaFrom(
    all: Record<string, unknown>,
  ): { meta: VaultMeta; fromBackup: boolean } | null {
    const primary = VaultMeta.safeParse(all[KEY.meta]);
    if (primary.success) return { meta: primary.data, fromBackup: false };
    const backup = VaultMeta.safeParse(all[KEY.meta + BACKUP]);
    if (backup.success) return { meta: backup.data, fromBackup: true };
    return null;
  }

  async function readMeta() {
    return readMetaFrom(await env.local.get([KEY.meta, KEY.meta + BACKUP]));
  }

  async function readSettings(): Promise<Settings> {
    const stored = await env.local.get(KEY.settings);
    const parsed = Settings.safeParse(stored[KEY.settings] ?? {});
    return parsed.success ? parsed.data : Settings.parse({});
  }

  /** Decrypt record K, or its backup K~ when K is damaged. */
  async function readRecord(
    dataKey: CryptoKey,
    all: Record<string, unknown>,
    key: string,
  ): Promise<{ value: unknown; fromBackup: boolean } | null> {
    for (const [name, fromBackup] of [
      [key, false],
      [key + BACKUP, true],
    ] as const) {
      const sealed = Sealed.safeParse(all[name]);
      if (!sealed.success) continue;
      try {
        return { value: await decryptJson(dataKey, sealed.data, key), fromBackup };
      } catch {
        // damaged: try the previous generation
      }
    }
    return null;
  }

  async function load(dataKey: CryptoKey): Promise<Open> {
    const all = await env.local.get(null);
    const found = readMetaFrom(all);
    if (!found) throw new MessageError('no-vault', 'There is no case file on this browser yet.');
    const { meta } = found;
    let recovered = found.fromBackup;
    const inboxPkcs8 = await decryptBytes(dataKey, meta.wrappedInboxKey, AAD_INBOX_KEY);
    const inboxKey = await importInboxPrivateKey(inboxPkcs8);

    const index = await readRecord(dataKey, all, KEY.index);
    const ids = Index.safeParse(index?.value);
    if (!ids.success) {
      throw new MessageError(
        'failed',
        'The list of cases is damaged and no earlier copy could be read. Nothing was changed.',
      );
    }
    recovered ||= index?.fromBackup ?? false;

    const parts = new Map<string, { header?: string; buckets: Map<ItemKind, string[]> }>();
    for (const key of Object.keys(all)) {
      const parsed = parseCaseKey(key);
      if (!parsed) continue;
      const entry = parts.get(parsed.caseId) ?? { buckets: new Map<ItemKind, string[]>() };
      parts.set(parsed.caseId, entry);
      if (parsed.part === 'h') entry.header = key;
      else entry.buckets.set(parsed.part, [...(entry.buckets.get(parsed.part) ?? []), key]);
    }

    const rawCases: unknown[] = [];
    for (const caseId of ids.data.caseIds) {
      const entry = parts.get(caseId);
      const header = await readRecord(dataKey, all, headerKey(caseId));
      if (!entry || !header) {
        throw new MessageError(
          'failed',
          'A saved case is damaged and no earlier copy could be read. Nothing was changed.',
        );
      }
      recovered ||= header.fromBackup;
      const buckets = new Map<ItemKind, unknown[][]>();
      for (const [kind, keys] of entry.buckets) {
        const lists: unknown[][] = [];
        for (const key of keys) {
          const record = await readRecord(dataKey, all, key);
          if (!record || !Array.isArray(record.value)) {
            throw new MessageError(
              'failed',
              'Part of a saved case is damaged and no earlier copy could be read. Nothing was changed.',
            );
          }
          recovered ||= record.fromBackup;
          lists.push(record.value);
        }
        buckets.set(kind, lists);
      }
      rawCases.push(assembleCase(header.value, buckets));
    }

    const base = { dataKey, inboxKey, meta, recovered };
    const migrated = runMigrations({ cases: rawCases }, meta.schemaVersion, schemaVersion, chain);
    if (!migrated.ok) {
      return {
        ...base,
        cases: new Map(),
        migration: {
          failed: true,
          fromVersion: migrated.fromVersion,
          toVersion: migrated.toVersion,
          message: migrated.message,
        },
        oldCases: rawCases,
      };
    }
    const cases = new Map<string, Case>();
    for (const raw of migrated.doc.cases) {
      const parsed = Case.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return {
          ...base,
          cases: new Map(),
          migration: {
            failed: true,
            fromVersion: meta.schemaVersion,
            toVersion: schemaVersion,
            message: `A saved case doesn't match data version ${schemaVersion} (${issue?.path.join('.')}: ${issue?.message}).`,
          },
          oldCases: rawCases,
        };
      }
      cases.set(parsed.data.id, normalizeCase(parsed.data));
    }
    const result: Open = { ...base, cases };
    if (migrated.applied.length > 0) {
      // Write every case in the new version and the new version number in one set.
      const records: Record<string, unknown> = {};
      for (const kase of cases.values()) {
        for (const [key, value] of caseRecords(kase)) records[key] = value;
      }
      const nextMeta = { ...meta, schemaVersion };
      await commit(dataKey, records, { [KEY.meta]: nextMeta, [KEY.meta + BACKUP]: meta });
      result.meta = nextMeta;
    }
    return result;
  }

  /** The open vault, reloaded from storage.session's key after a service-worker restart. */
  async function ensureOpen(): Promise<Open> {
    if (open) return open;
    const stored = await env.session.get(SESSION_KEY);
    const raw = stored[SESSION_KEY];
    if (typeof raw !== 'string') {
      throw new MessageError('locked', 'The case file is locked. Unlock it with your passphrase.');
    }
    const dataKey = await importAesKey(fromBase64(raw));
    open = await load(dataKey);
    return open;
  }

  function ensureWritable(o: Open): void {
    if (o.migration) {
      throw new MessageError(
        'failed',
        `Beacon can't change the saved cases until they are updated to this version: ${o.migration.message} Your data is kept as it was; you can export it.`,
      );
    }
  }

  function caseOf(o: Open, id: string): Case {
    const kase = o.cases.get(id);
    if (!kase) throw new MessageError('not-found', 'That case is not in this case file.');
    return kase;
  }

  // --- writing ---------------------------------------------------------------------------------

  /**
   * Encrypt and write records in ONE storage.local.set, each with its previous generation as
   * backup (read just before, so it is what's on disk now). `clear` values are written as is.
   */
  async function commit(
    dataKey: CryptoKey,
    records: Record<string, unknown>,
    clear: Record<string, unknown> = {},
  ): Promise<void> {
    const keys = Object.keys(records);
    const [previous, sealed] = await Promise.all([
      keys.length ? env.local.get(keys) : Promise.resolve({} as Record<string, unknown>),
      Promise.all(keys.map((key) => encryptJson(dataKey, records[key], key))),
    ]);
    const items: Record<string, unknown> = { ...clear };
    keys.forEach((key, i) => {
      items[key] = sealed[i];
      if (previous[key] !== undefined) items[key + BACKUP] = previous[key];
    });
    await writeAtomic(env.local, items);
  }

  function recordsOf(map: Map<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(map);
  }

  async function saveCase(
    o: Open,
    prev: Case | undefined,
    next: Case,
    extra: Record<string, unknown> = {},
  ) {
    const records = prev ? changedRecords(prev, next) : caseRecords(next);
    const all = recordsOf(records);
    if (!prev) all[KEY.index] = { caseIds: [...o.cases.keys(), next.id] };
    await commit(o.dataKey, all, extra);
    o.cases.set(next.id, next);
  }

  // --- waiting captures ------------------------------------------------------------------------

  async function readPending(): Promise<Array<{ id: string; capture: Capture }>> {
    const stored = await env.session.get(PENDING_KEY);
    const list = Array.isArray(stored[PENDING_KEY]) ? (stored[PENDING_KEY] as unknown[]) : [];
    const out: Array<{ id: string; capture: Capture }> = [];
    for (const item of list) {
      const entry = PendingEntry.safeParse(item);
      if (entry.success) out.push(entry.data);
    }
    return out;
  }

  async function readInbox(): Promise<InboxEntry[]> {
    const stored = await env.local.get(KEY.inbox);
    const list = Array.isArray(stored[KEY.inbox]) ? (stored[KEY.inbox] as unknown[]) : [];
    return list.flatMap((item) => {
      const entry = InboxEntry.safeParse(item);
      return entry.success ? [entry.data] : [];
    });
  }

  function targetCase(o: Open, settings: Settings): Case | undefined {
    if (settings.currentCaseId && o.cases.has(settings.currentCaseId)) {
      return o.cases.get(settings.currentCaseId);
    }
    let best: Case | undefined;
    for (const kase of o.cases.values()) {
      if (!best || kase.updatedAt > best.updatedAt) best = kase;
    }
    return best;
  }

  /**
   * Move sealed inbox captures and pre-vault pending captures into the current case. Ids were
   * fixed when each capture was taken, so running this twice (a worker stopped between the case
   * write and clearing the pending list) adds nothing twice. The inbox is emptied in the SAME set
   * as the case write; entries that can't be opened stay in the inbox.
   */
  async function mergeWaiting(o: Open): Promise<void> {
    if (o.migration) return;
    const [inbox, pending, settings] = await Promise.all([
      readInbox(),
      readPending(),
      readSettings(),
    ]);
    if (inbox.length === 0 && pending.length === 0) return;
    const target = targetCase(o, settings);
    if (!target) return;
    const incoming: Array<{ id: string; capture: Capture }> = [...pending];
    const unreadable: InboxEntry[] = [];
    for (const entry of inbox) {
      try {
        const plain = InboxPlain.parse(JSON.parse(fromUtf8(await openSealed(o.inboxKey, entry))));
        incoming.push(plain);
      } catch {
        unreadable.push(entry);
      }
    }
    const ids = new Set(target.evidence.map((e) => e.id));
    const at = now();
    const added = incoming
      .filter((c) => !ids.has(c.id))
      .map((c) => captureToEvidence(c.capture, at, c.id));
    let next = target;
    if (added.length) {
      next = normalizeCase({
        ...target,
        evidence: [...target.evidence, ...added],
        updatedAt: at.toISOString(),
      });
    }
    if (next !== target || inbox.length) {
      await saveCase(o, target, next, inbox.length ? { [KEY.inbox]: unreadable } : {});
    }
    if (pending.length) await env.session.remove(PENDING_KEY);
    changed(target.id);
  }

  // --- status ----------------------------------------------------------------------------------

  async function status(): Promise<VaultStatus> {
    const [stored, session, settings] = await Promise.all([
      env.local.get([KEY.meta, KEY.meta + BACKUP, KEY.guard, KEY.inbox]),
      env.session.get([SESSION_KEY, PENDING_KEY]),
      readSettings(),
    ]);
    const exists = readMetaFrom(stored) !== null;
    const unlocked = exists && (open !== null || typeof session[SESSION_KEY] === 'string');
    const pendingList = session[PENDING_KEY];
    const inboxList = stored[KEY.inbox];
    const pending = Array.isArray(pendingList) ? pendingList.length : 0;
    const inbox = Array.isArray(inboxList) ? inboxList.length : 0;
    const wait = retryAfterSeconds(readGuard(stored[KEY.guard]), now().getTime());
    const out: VaultStatus = {
      exists,
      unlocked,
      pendingCount: pending,
      inboxCount: inbox,
      settings,
    };
    if (wait > 0 && !unlocked) out.retryAfterSeconds = wait;
    if (unlocked && open) {
      if (open.migration) out.migration = open.migration;
      if (open.recovered) out.recoveredFromBackup = true;
    }
    return out;
  }

  // --- passphrase ------------------------------------------------------------------------------

  /** The raw data key for a passphrase, through the rate limit. */
  async function openWithPassphrase(meta: VaultMeta, passphrase: string): Promise<Uint8Array> {
    const stored = await env.local.get(KEY.guard);
    const guard = readGuard(stored[KEY.guard]);
    const wait = retryAfterSeconds(guard, now().getTime());
    if (wait > 0) {
      throw new MessageError(
        'rate-limited',
        `Too many wrong passphrases. Please wait ${describeWait(wait)} before trying again.`,
      );
    }
    const keys = await derivePassphraseKeys(passphrase, meta.kdf);
    if (!checkMatches(keys, meta.check)) {
      const next = afterFailure(guard, now().getTime());
      await env.local.set({ [KEY.guard]: next });
      const left = FREE_TRIES - next.failures;
      const after = retryAfterSeconds(next, now().getTime());
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
        throw new MessageError(
          'failed',
          'The passphrase is right, but the stored key record is damaged. Nothing was changed.',
        );
      }
      throw error;
    }
    if (guard.failures > 0) await env.local.set({ [KEY.guard]: { failures: 0 } });
    return raw;
  }

  async function requireMeta(): Promise<VaultMeta> {
    const found = await readMeta();
    if (!found) throw new MessageError('no-vault', 'There is no case file on this browser yet.');
    return found.meta;
  }

  // --- public operations -----------------------------------------------------------------------

  async function createVault(input: {
    passphrase: string;
    profile: CaseProfile;
    settings?: Partial<Settings>;
  }): Promise<VaultStatus> {
    if (await readMeta()) {
      throw new MessageError('invalid-data', 'A case file already exists on this browser.');
    }
    const kdf = newKdfParams(iterations);
    const keys = await derivePassphraseKeys(input.passphrase, kdf);
    const raw = randomBytes(32);
    const dataKey = await importAesKey(raw);
    const pair = await newInboxKeyPair();
    const at = now();
    const meta: VaultMeta = {
      format: 'beacon-vault',
      schemaVersion,
      createdAt: at.toISOString(),
      appVersion: env.appVersion,
      kdf,
      check: keys.check,
      wrappedKey: await encryptBytes(keys.kek, raw, AAD_DATA_KEY),
      publicKey: pair.publicKey,
      wrappedInboxKey: await encryptBytes(dataKey, pair.privateKeyPkcs8, AAD_INBOX_KEY),
    };
    const kase = newCase(input.profile, at);
    const settings = Settings.parse({
      ...(await readSettings()),
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
    const records = recordsOf(caseRecords(kase));
    records[KEY.index] = { caseIds: [kase.id] };
    await commit(dataKey, records, {
      [KEY.meta]: meta,
      [KEY.meta + BACKUP]: meta,
      [KEY.settings]: settings,
      [KEY.guard]: { failures: 0 },
      [KEY.inbox]: [],
    });
    o.cases.set(kase.id, kase);
    await env.session.set({ [SESSION_KEY]: toBase64(raw) });
    open = o;
    await mergeWaiting(o);
    changed(kase.id);
    return status();
  }

  function newCase(profile: CaseProfile, at: Date): Case {
    return Case.parse({
      id: newId(),
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
      profile,
    });
  }

  async function unlock(passphrase: string): Promise<VaultStatus> {
    const meta = await requireMeta();
    const raw = await openWithPassphrase(meta, passphrase);
    const dataKey = await importAesKey(raw);
    const loaded = await load(dataKey);
    await env.session.set({ [SESSION_KEY]: toBase64(raw) });
    open = loaded;
    await mergeWaiting(loaded);
    changed();
    return status();
  }

  async function lock(): Promise<VaultStatus> {
    open = null;
    await env.session.remove(SESSION_KEY);
    changed();
    return status();
  }

  /** Re-wraps the data key under the new passphrase: nothing else is re-encrypted. */
  async function changePassphrase(current: string, next: string): Promise<VaultStatus> {
    const meta = await requireMeta();
    const raw = await openWithPassphrase(meta, current);
    const kdf = newKdfParams(iterations);
    const keys = await derivePassphraseKeys(next, kdf);
    const updated: VaultMeta = {
      ...meta,
      kdf,
      check: keys.check,
      wrappedKey: await encryptBytes(keys.kek, raw, AAD_DATA_KEY),
    };
    await writeAtomic(env.local, { [KEY.meta]: updated, [KEY.meta + BACKUP]: meta });
    if (open) open.meta = updated;
    changed();
    return status();
  }

  async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
    const settings = Settings.parse({ ...(await readSettings()), ...patch });
    await writeAtomic(env.local, { [KEY.settings]: settings });
    changed();
    return settings;
  }

  async function listCases(): Promise<CaseSummary[]> {
    const o = await ensureOpen();
    const at = now().getTime();
    return [...o.cases.values()]
      .map((kase) => ({
        id: kase.id,
        title: kase.profile.title,
        evidenceCount: kase.evidence.length,
        reportCount: kase.reports.length,
        dueFollowUps: kase.reports.filter(
          (r) =>
            (r.status === 'sent' || r.status === 'acknowledged' || r.status === 'no-answer') &&
            r.followUpAt !== undefined &&
            Date.parse(r.followUpAt) <= at,
        ).length,
        updatedAt: kase.updatedAt,
      }))
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
  }

  async function getCase(id: string): Promise<Case> {
    return caseOf(await ensureOpen(), id);
  }

  async function createCase(profile: CaseProfile): Promise<Case> {
    const o = await ensureOpen();
    ensureWritable(o);
    const kase = newCase(profile, now());
    await saveCase(o, undefined, kase);
    await mergeWaiting(o);
    changed(kase.id);
    return caseOf(o, kase.id);
  }

  async function updateCase(id: string, op: CaseOp): Promise<Case> {
    const o = await ensureOpen();
    ensureWritable(o);
    const prev = caseOf(o, id);
    let next: Case;
    try {
      next = applyOp(prev, op, { now: now(), newId, settings: await readSettings() });
    } catch (error) {
      if (error instanceof CaseOpError) throw new MessageError('invalid-data', error.message);
      throw error;
    }
    if (next === prev) return prev;
    next = normalizeCase(next);
    await saveCase(o, prev, next);
    if (op.op === 'removeProof') {
      const removed = prev.proofs.find((p) => p.id === op.id);
      if (removed?.fileId)
        await env.blobs.delete([`${id}/${removed.fileId}`]).catch(() => undefined);
    }
    changed(id);
    return next;
  }

  async function deleteCase(id: string): Promise<void> {
    const o = await ensureOpen();
    ensureWritable(o);
    caseOf(o, id);
    const remaining = [...o.cases.keys()].filter((x) => x !== id);
    // One atomic set drops the case from the index; its records are then only garbage, removed
    // next (if the worker stops in between, `cleanOrphans` finishes the job at the next load).
    await commit(o.dataKey, { [KEY.index]: { caseIds: remaining } });
    o.cases.delete(id);
    const settings = await readSettings();
    if (settings.currentCaseId === id) {
      await writeAtomic(env.local, { [KEY.settings]: { ...settings, currentCaseId: undefined } });
    }
    await cleanOrphans(o);
    changed(id);
  }

  async function cleanOrphans(o: Open): Promise<void> {
    const keys = Object.keys(await env.local.get(null));
    const orphan = keys.filter((key) => {
      const parsed = parseCaseKey(key.endsWith(BACKUP) ? key.slice(0, -1) : key);
      return parsed !== null && !o.cases.has(parsed.caseId);
    });
    if (orphan.length) await env.local.remove(orphan);
    const blobKeys = await env.blobs.keys();
    const orphanBlobs = blobKeys.filter((key) => !o.cases.has(key.split('/')[0] ?? ''));
    if (orphanBlobs.length) await env.blobs.delete(orphanBlobs);
  }

  /** Everything Beacon stored, gone. Works while locked: a forgotten passphrase must have a way out. */
  async function wipeAll(): Promise<VaultStatus> {
    open = null;
    await env.session.remove([SESSION_KEY, PENDING_KEY]);
    const keys = Object.keys(await env.local.get(null)).filter((key) => key.startsWith(PREFIX));
    if (keys.length) await env.local.remove(keys);
    await env.blobs.clear();
    changed();
    return status();
  }

  async function attachProof(input: {
    caseId: string;
    proofId: string;
    name: string;
    type: string;
    dataBase64: string;
  }): Promise<Case> {
    const o = await ensureOpen();
    ensureWritable(o);
    const kase = caseOf(o, input.caseId);
    const proof = kase.proofs.find((p) => p.id === input.proofId);
    if (!proof) throw new MessageError('not-found', 'That proof item is not in this case.');
    let bytes: Uint8Array;
    try {
      bytes = fromBase64(input.dataBase64);
    } catch {
      throw new MessageError('invalid-data', 'The file could not be read.');
    }
    if (bytes.length > MAX_PROOF_BYTES) {
      throw new MessageError(
        'invalid-data',
        'The file is larger than 20 MB, the most Beacon keeps per proof.',
      );
    }
    const fileId = newId();
    const blobKey = `${kase.id}/${fileId}`;
    const sealed = await encryptBytes(o.dataKey, bytes, blobAad(blobKey));
    await env.blobs.put(blobKey, { iv: fromBase64(sealed.iv), ct: fromBase64(sealed.ct) });
    const next = normalizeCase(
      applyOp(
        kase,
        {
          op: 'updateProof',
          id: proof.id,
          patch: { fileId, fileName: input.name, fileType: input.type, fileSize: bytes.length },
        },
        { now: now(), newId },
      ),
    );
    await saveCase(o, kase, next);
    if (proof.fileId) await env.blobs.delete([`${kase.id}/${proof.fileId}`]).catch(() => undefined);
    changed(kase.id);
    return next;
  }

  async function readProofBytes(o: Open, caseId: string, fileId: string): Promise<Uint8Array> {
    const key = `${caseId}/${fileId}`;
    const blob = await env.blobs.get(key);
    if (!blob) throw new MessageError('not-found', 'The file for this proof is missing.');
    try {
      return await decryptBytes(
        o.dataKey,
        { iv: toBase64(blob.iv), ct: toBase64(blob.ct) },
        blobAad(key),
      );
    } catch {
      throw new MessageError('failed', 'The stored file for this proof is damaged.');
    }
  }

  async function readProof(caseId: string, proofId: string) {
    const o = await ensureOpen();
    const proof = caseOf(o, caseId).proofs.find((p) => p.id === proofId);
    if (!proof?.fileId) throw new MessageError('not-found', 'This proof item has no file.');
    const bytes = await readProofBytes(o, caseId, proof.fileId);
    return {
      name: proof.fileName ?? 'file',
      type: proof.fileType ?? 'application/octet-stream',
      dataBase64: toBase64(bytes),
    };
  }

  async function exportData(input: {
    caseIds?: string[];
    format: 'encrypted' | 'plain';
    passphrase?: string;
  }): Promise<ExportFile> {
    const o = await ensureOpen();
    const createdAt = now();
    let cases: unknown[];
    const files: Array<{
      caseId: string;
      proofId: string;
      fileId: string;
      name: string;
      type: string;
      bytes: Uint8Array;
    }> = [];
    if (o.migration) {
      cases = o.oldCases ?? [];
    } else {
      const chosen = input.caseIds
        ? input.caseIds.map((id) => caseOf(o, id))
        : [...o.cases.values()];
      cases = chosen;
      for (const kase of chosen) {
        for (const proof of kase.proofs) {
          if (!proof.fileId) continue;
          files.push({
            caseId: kase.id,
            proofId: proof.id,
            fileId: proof.fileId,
            name: proof.fileName ?? 'file',
            type: proof.fileType ?? 'application/octet-stream',
            bytes: await readProofBytes(o, kase.id, proof.fileId),
          });
        }
      }
    }
    const version = o.migration ? o.meta.schemaVersion : schemaVersion;
    const { zip, sha256 } = await buildPlainExport({
      cases,
      schemaVersion: version,
      files,
      createdAt,
      appVersion: env.appVersion,
    });
    if (input.format === 'plain') {
      return {
        fileName: exportFileName('plain', createdAt),
        mime: 'application/zip',
        dataBase64: toBase64(zip),
        sha256,
      };
    }
    if (!input.passphrase) {
      throw new MessageError(
        'invalid-data',
        'An encrypted export needs a passphrase for the file.',
      );
    }
    const file = await buildEncryptedExport(zip, sha256, input.passphrase, {
      createdAt,
      appVersion: env.appVersion,
      iterations,
    });
    return {
      fileName: exportFileName('encrypted', createdAt),
      mime: 'application/json',
      dataBase64: toBase64(file),
      sha256,
    };
  }

  async function readImport(dataBase64: string, passphrase?: string) {
    try {
      return await readExportFile(importBytes(dataBase64), passphrase, {
        schemaVersion,
        migrations: chain,
      });
    } catch (error) {
      if (error instanceof ImportError) throw new MessageError(error.code, error.message);
      throw error;
    }
  }

  async function importData(
    input: { dataBase64: string; passphrase?: string },
    apply: boolean,
  ): Promise<ImportSummary> {
    const o = await ensureOpen();
    ensureWritable(o);
    const file = await readImport(input.dataBase64, input.passphrase);
    const plan = planImport(o.cases, file.content.cases, now());
    const summary: ImportSummary = {
      cases: plan.summary,
      formatVersion: file.formatVersion,
      createdAt: file.createdAt,
      sha256: file.sha256,
    };
    if (!apply || plan.changed.length === 0) return summary;

    // Files first (a failed case write then leaves only unreferenced blobs, never a proof
    // pointing at a missing file), re-encrypted under this vault's key.
    for (const entry of file.content.files) {
      const key = `${entry.caseId}/${entry.fileId}`;
      if (!plan.newFiles.has(key)) continue;
      const bytes = file.files.get(entry.path);
      if (!bytes) continue;
      const sealed = await encryptBytes(o.dataKey, bytes, blobAad(key));
      await env.blobs.put(key, { iv: fromBase64(sealed.iv), ct: fromBase64(sealed.ct) });
    }
    const records: Record<string, unknown> = {};
    const ids = new Set(o.cases.keys());
    for (const next of plan.changed) {
      const prev = o.cases.get(next.id);
      const map = prev ? changedRecords(prev, next) : caseRecords(next);
      for (const [key, value] of map) records[key] = value;
      ids.add(next.id);
    }
    records[KEY.index] = { caseIds: [...ids] };
    await commit(o.dataKey, records);
    for (const next of plan.changed) o.cases.set(next.id, next);
    changed();
    return summary;
  }

  /**
   * A capture from the content script, the popup, a shortcut or the context menu. Never needs
   * the passphrase: into the open case when unlocked, sealed to the public key when locked, into
   * storage.session before any vault exists.
   */
  async function capture(input: Capture): Promise<{
    where: 'case' | 'inbox' | 'pending';
    caseTitle?: string;
    lang: Settings['lang'];
  }> {
    const checked = Capture.parse(input);
    const settings = await readSettings();
    const lang = settings.lang;
    const id = newId();
    const meta = await readMeta();
    if (!meta) {
      const pending = await readPending();
      if (pending.length >= MAX_PENDING) {
        throw new MessageError(
          'storage-full',
          'Too many captures are waiting. Open Beacon and create your case file first.',
        );
      }
      await env.session.set({ [PENDING_KEY]: [...pending, { id, capture: checked }] });
      changed();
      return { where: 'pending', lang };
    }
    let o: Open | null = null;
    try {
      o = await ensureOpen();
    } catch (error) {
      if (!(error instanceof MessageError) || error.code !== 'locked') throw error;
    }
    const target = o && !o.migration ? targetCase(o, settings) : undefined;
    if (o && target) {
      const next = normalizeCase(
        applyOp(target, { op: 'addEvidence', id, capture: checked }, { now: now(), newId }),
      );
      await saveCase(o, target, next);
      changed(target.id);
      return { where: 'case', caseTitle: target.profile.title, lang };
    }
    const inbox = await readInbox();
    if (inbox.length >= MAX_INBOX) {
      throw new MessageError(
        'storage-full',
        'Too many captures are waiting. Unlock Beacon to file them.',
      );
    }
    const sealed = await sealToPublicKey(
      meta.meta.publicKey,
      utf8(JSON.stringify({ id, capture: checked })),
    );
    await writeAtomic(env.local, { [KEY.inbox]: [...inbox, { id, ...sealed }] });
    changed();
    return { where: 'inbox', lang };
  }

  return {
    status: serial(status),
    createVault: serial(createVault),
    unlock: serial(unlock),
    lock: serial(lock),
    changePassphrase: serial(changePassphrase),
    updateSettings: serial(updateSettings),
    listCases: serial(listCases),
    getCase: serial(getCase),
    createCase: serial(createCase),
    updateCase: serial(updateCase),
    deleteCase: serial(deleteCase),
    wipeAll: serial(wipeAll),
    attachProof: serial(attachProof),
    readProof: serial(readProof),
    exportData: serial(exportData),
    previewImport: serial((input: { dataBase64: string; passphrase?: string }) =>
      importData(input, false),
    ),
    applyImport: serial((input: { dataBase64: string; passphrase?: string }) =>
      importData(input, true),
    ),
    capture: serial(capture),
    /** Drops the in-memory copy only (tests: simulates the service worker being stopped). */
    forgetMemory: () => {
      open = null;
    },
  };
}

export type VaultService = ReturnType<typeof createVaultService>;
