import { z } from 'zod';
import { Case } from '../case/model';
import { rememberChecked } from '../messaging/checked';
import { fromBase64 } from './bytes';
import { AAD_INBOX_KEY, type Open, readMetaFrom, SESSION_KEY, type VaultContext } from './context';
import {
  decryptBytes,
  decryptJson,
  encryptJson,
  importAesKey,
  importInboxPrivateKey,
  Sealed,
} from './crypto';
import {
  assembleCase,
  BACKUP,
  caseRecords,
  changedRecords,
  headerKey,
  type ItemKind,
  KEY,
  normalizeCase,
  parseCaseKey,
} from './layout';
import { runMigrations } from './migrations';
import { VaultRefusal } from './refusal';
import { writeAtomic } from './storage';

/**
 * The case store: reading every encrypted record into memory at unlock (with each record's
 * previous generation as a fallback), and writing changed records back in one atomic set.
 * Data read from storage is parsed with the strict model: storage is a trust boundary.
 */
const Index = z.object({ caseIds: z.array(z.string()) }).strict();

const damaged = (key: 'vault.damagedList' | 'vault.damagedCase' | 'vault.damagedPart') =>
  new VaultRefusal('failed', key);

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

/** Every stored key of every case, grouped: the header and each kind's bucket keys. */
function groupCaseKeys(all: Record<string, unknown>) {
  const parts = new Map<string, { header?: string; buckets: Map<ItemKind, string[]> }>();
  for (const key of Object.keys(all)) {
    const parsed = parseCaseKey(key);
    if (!parsed) continue;
    const entry = parts.get(parsed.caseId) ?? { buckets: new Map<ItemKind, string[]>() };
    parts.set(parsed.caseId, entry);
    if (parsed.part === 'h') entry.header = key;
    else entry.buckets.set(parsed.part, [...(entry.buckets.get(parsed.part) ?? []), key]);
  }
  return parts;
}

export async function load(ctx: VaultContext, dataKey: CryptoKey): Promise<Open> {
  const all = await ctx.env.local.get(null);
  const found = readMetaFrom(all);
  if (!found) throw new VaultRefusal('no-vault', 'vault.noVault');
  const { meta } = found;
  let recovered = found.fromBackup;
  const inboxPkcs8 = await decryptBytes(dataKey, meta.wrappedInboxKey, AAD_INBOX_KEY);
  const inboxKey = await importInboxPrivateKey(inboxPkcs8);

  const index = await readRecord(dataKey, all, KEY.index);
  const ids = Index.safeParse(index?.value);
  if (!ids.success) throw damaged('vault.damagedList');
  recovered ||= index?.fromBackup ?? false;

  const parts = groupCaseKeys(all);
  const rawCases: unknown[] = [];
  for (const caseId of ids.data.caseIds) {
    const entry = parts.get(caseId);
    const header = await readRecord(dataKey, all, headerKey(caseId));
    if (!entry || !header) throw damaged('vault.damagedCase');
    recovered ||= header.fromBackup;
    const buckets = new Map<ItemKind, unknown[][]>();
    for (const [kind, keys] of entry.buckets) {
      const lists: unknown[][] = [];
      for (const key of keys) {
        const record = await readRecord(dataKey, all, key);
        if (!record || !Array.isArray(record.value)) throw damaged('vault.damagedPart');
        recovered ||= record.fromBackup;
        lists.push(record.value);
      }
      buckets.set(kind, lists);
    }
    rawCases.push(assembleCase(header.value, buckets));
  }

  const base = { dataKey, inboxKey, meta, recovered };
  const { schemaVersion } = ctx;
  const migrated = runMigrations({ cases: rawCases }, meta.schemaVersion, schemaVersion, ctx.chain);
  if (!migrated.ok) {
    const { fromVersion, toVersion, message } = migrated;
    return {
      ...base,
      cases: new Map(),
      migration: { failed: true, fromVersion, toVersion, message },
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
    // Parsed with the Case schema and only re-ordered: valid as it is, so getCase answers it
    // without checking all its items again (lib/messaging/checked).
    const kase = normalizeCase(parsed.data);
    rememberChecked(Case, kase);
    cases.set(kase.id, kase);
  }
  const result: Open = { ...base, cases };
  if (migrated.applied.length > 0) {
    // Write every case in the new version and the new version number in one set.
    const records: Record<string, unknown> = {};
    for (const kase of cases.values()) {
      for (const [key, value] of caseRecords(kase)) records[key] = value;
    }
    const nextMeta = { ...meta, schemaVersion };
    await commit(ctx, dataKey, records, { [KEY.meta]: nextMeta, [KEY.meta + BACKUP]: meta });
    result.meta = nextMeta;
  }
  return result;
}

/** The open vault, reloaded from storage.session's key after a service-worker restart. */
export async function ensureOpen(ctx: VaultContext): Promise<Open> {
  if (ctx.state.open) return ctx.state.open;
  const stored = await ctx.env.session.get(SESSION_KEY);
  const raw = stored[SESSION_KEY];
  if (typeof raw !== 'string') {
    throw new VaultRefusal('locked', 'vault.locked');
  }
  const dataKey = await importAesKey(fromBase64(raw));
  const o = await load(ctx, dataKey);
  ctx.state.open = o;
  // Captures a stopped worker had put in the inbox but not yet filed (inbox.ts) go in now.
  await ctx.onReload?.(o);
  return o;
}

export function ensureWritable(o: Open): void {
  if (o.migration) {
    // The migration's own detail stays in English: it is for whoever helps with a bug report.
    throw new VaultRefusal('failed', 'vault.needsUpdate', { detail: o.migration.message });
  }
}

export function caseOf(o: Open, id: string): Case {
  const kase = o.cases.get(id);
  if (!kase) throw new VaultRefusal('not-found', 'vault.caseNotFound');
  return kase;
}

/**
 * Encrypt and write records in ONE storage.local.set, each with its previous generation as
 * backup (read just before, so it is what's on disk now). `clear` values are written as is.
 */
export async function commit(
  ctx: VaultContext,
  dataKey: CryptoKey,
  records: Record<string, unknown>,
  clear: Record<string, unknown> = {},
): Promise<void> {
  const keys = Object.keys(records);
  const [previous, sealed] = await Promise.all([
    keys.length ? ctx.env.local.get(keys) : Promise.resolve({} as Record<string, unknown>),
    Promise.all(keys.map((key) => encryptJson(dataKey, records[key], key))),
  ]);
  const items: Record<string, unknown> = { ...clear };
  keys.forEach((key, i) => {
    items[key] = sealed[i];
    if (previous[key] !== undefined) items[key + BACKUP] = previous[key];
  });
  await writeAtomic(ctx.env.local, items);
}

/** Write what changed between `prev` and `next` (all of `next` when it is a new case). */
export async function saveCase(
  ctx: VaultContext,
  o: Open,
  prev: Case | undefined,
  next: Case,
  extra: Record<string, unknown> = {},
) {
  const records = prev ? changedRecords(prev, next) : caseRecords(next);
  const all = Object.fromEntries(records);
  if (!prev) all[KEY.index] = { caseIds: [...o.cases.keys(), next.id] };
  await commit(ctx, o.dataKey, all, extra);
  o.cases.set(next.id, next);
}

/** Records and proof files of cases no longer in the index (a delete cut short, a wipe). */
export async function cleanOrphans(ctx: VaultContext, o: Open): Promise<void> {
  const keys = Object.keys(await ctx.env.local.get(null));
  const orphan = keys.filter((key) => {
    const parsed = parseCaseKey(key.endsWith(BACKUP) ? key.slice(0, -1) : key);
    return parsed !== null && !o.cases.has(parsed.caseId);
  });
  if (orphan.length) await ctx.env.local.remove(orphan);
  const blobKeys = await ctx.env.blobs.keys();
  const orphanBlobs = blobKeys.filter((key) => !o.cases.has(key.split('/')[0] ?? ''));
  if (orphanBlobs.length) await ctx.env.blobs.delete(orphanBlobs);
}
