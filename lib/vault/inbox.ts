import { z } from 'zod';
import { Capture } from '../case/capture';
import { Id, When } from '../case/fields';
import type { Case, CaseChange, Settings } from '../case/model';
import { applyOp, captureToEvidence } from '../case/ops';
import { MessageError } from '../messaging/envelope';
import type { CaptureResult } from '../messaging/protocol';
import { fromUtf8, utf8 } from './bytes';
import {
  CAPTURE_TARGET_KEY,
  type Open,
  PENDING_KEY,
  readMeta,
  readMetaFrom,
  readSettings,
  SESSION_KEY,
  settingsFrom,
  type VaultContext,
  type VaultMeta,
} from './context';
import { openSealed, SealedToKey, sealToPublicKey } from './crypto';
import { BACKUP, KEY, normalizeCase } from './layout';
import type { RecentCapture } from './recent';
import { VaultRefusal } from './refusal';
import { writeAtomic } from './storage';
import { ensureOpen, ensureWritable, saveCase } from './store';

/**
 * Captures that can't go straight into a case: before any vault exists they wait in
 * storage.session ("pending", for onboarding); while locked they are sealed to the vault's
 * public key ("inbox"), so capturing never needs the passphrase. Both are merged into the
 * current case at the next unlock. What is read back from storage is parsed again (storage is
 * a trust boundary); what arrives from the router was validated there and is not.
 */
const MAX_PENDING = 500;
const MAX_INBOX = 5000;

const PendingEntry = z.object({ id: z.string(), capture: Capture }).strict();
const InboxEntry = SealedToKey.extend({ id: z.string().max(64) });
type InboxEntry = z.infer<typeof InboxEntry>;
const InboxCapture = z.object({ id: z.string(), capture: Capture }).strict();
/**
 * A capture undone while locked: its sealed entry is gone, and this sealed note takes its place
 * so the case's change log (the timeline, the printed file) still tells that a capture was made
 * and undone once the vault is unlocked.
 */
const InboxUndone = z
  .object({
    id: Id,
    undone: z.object({ at: When, addedAt: When, label: z.string().max(300).optional() }).strict(),
  })
  .strict();
const InboxPlain = z.union([InboxCapture, InboxUndone]);

type Waiting = { id: string; capture: Capture };

export async function readPending(ctx: VaultContext): Promise<Waiting[]> {
  const stored = await ctx.env.session.get(PENDING_KEY);
  const list = Array.isArray(stored[PENDING_KEY]) ? (stored[PENDING_KEY] as unknown[]) : [];
  return list.flatMap((item) => {
    const entry = PendingEntry.safeParse(item);
    return entry.success ? [entry.data] : [];
  });
}

export async function readInbox(ctx: VaultContext): Promise<InboxEntry[]> {
  const stored = await ctx.env.local.get(KEY.inbox);
  const list = Array.isArray(stored[KEY.inbox]) ? (stored[KEY.inbox] as unknown[]) : [];
  return list.flatMap((item) => {
    const entry = InboxEntry.safeParse(item);
    return entry.success ? [entry.data] : [];
  });
}

/** The case captures go to: the one chosen in settings, else the most recently changed. */
export function targetCase(o: Open, settings: Settings): Case | undefined {
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
export async function mergeWaiting(ctx: VaultContext, o: Open): Promise<void> {
  if (o.migration) return;
  const [inbox, pending, settings] = await Promise.all([
    readInbox(ctx),
    readPending(ctx),
    readSettings(ctx),
  ]);
  if (inbox.length === 0 && pending.length === 0) return;
  const target = targetCase(o, settings);
  if (!target) return;
  const incoming: Waiting[] = [...pending];
  const undone: CaseChange[] = [];
  const unreadable: InboxEntry[] = [];
  for (const entry of inbox) {
    try {
      const plain = InboxPlain.parse(JSON.parse(fromUtf8(await openSealed(o.inboxKey, entry))));
      if ('capture' in plain) incoming.push(plain);
      else undone.push({ id: plain.id, kind: 'item-deleted', item: 'evidence', ...plain.undone });
    } catch {
      unreadable.push(entry);
    }
  }
  const ids = new Set(target.evidence.map((e) => e.id));
  const logged = new Set(target.changes.map((c) => c.id));
  const at = ctx.now();
  const added = incoming
    .filter((c) => !ids.has(c.id))
    .map((c) => captureToEvidence(c.capture, at, c.id));
  const notes = undone.filter((c) => !logged.has(c.id));
  let next = target;
  if (added.length || notes.length) {
    next = normalizeCase({
      ...target,
      evidence: [...target.evidence, ...added],
      changes: [...target.changes, ...notes],
      updatedAt: at.toISOString(),
    });
  }
  if (next !== target || inbox.length) {
    await saveCase(ctx, o, target, next, inbox.length ? { [KEY.inbox]: unreadable } : {});
  }
  if (pending.length) await ctx.env.session.remove(PENDING_KEY);
  ctx.changed(target.id);
}

/** Where captures go while unlocked, remembered in storage.session (CAPTURE_TARGET_KEY). */
const CaptureTarget = z.object({ caseId: z.string(), title: z.string() }).strict();

/**
 * Remember (or forget) the case captures go to, for a worker started cold (`captureNow`). Only
 * when it is the case chosen in settings: "the most recently changed one" can change under it.
 * Returns what storage.session now holds, so the caller can skip writing the same again.
 */
export async function rememberCaptureTarget(
  ctx: VaultContext,
  written: string | null,
): Promise<string | null> {
  const o = ctx.state.open;
  if (!o) {
    // Not loaded yet (a worker started cold, its key in storage.session): what is stored still
    // holds. Locked: lock and wipeAll removed it, so nothing is stored — forgetting that here
    // is what makes the next unlock write it again (else it would match `written` and be
    // skipped, and a worker stopped after that unlock would take the long path).
    const key = (await ctx.env.session.get(SESSION_KEY))[SESSION_KEY];
    return typeof key === 'string' ? written : null;
  }
  const settings = await readSettings(ctx);
  const target = o.migration ? undefined : targetCase(o, settings);
  const next =
    target && settings.currentCaseId === target.id
      ? JSON.stringify({ caseId: target.id, title: target.profile.title })
      : '';
  if (next === written) return written;
  if (next) await ctx.env.session.set({ [CAPTURE_TARGET_KEY]: JSON.parse(next) });
  else await ctx.env.session.remove(CAPTURE_TARGET_KEY);
  return next;
}

/** Seal a capture to the vault's public key and append it to the inbox: one small write. */
async function sealIntoInbox(
  ctx: VaultContext,
  meta: VaultMeta,
  id: string,
  input: Capture,
): Promise<void> {
  const inbox = await readInbox(ctx);
  if (inbox.length >= MAX_INBOX) {
    throw new VaultRefusal('storage-full', 'vault.inboxFull');
  }
  const sealed = await sealToPublicKey(
    meta.publicKey,
    utf8(JSON.stringify({ id, capture: input })),
  );
  await writeAtomic(ctx.env.local, { [KEY.inbox]: [...inbox, { id, ...sealed }] });
}

/**
 * File what waits in the inbox into the current case (after a capture answered by `captureNow`
 * with `file: true`). A failure leaves the entries in the inbox, where the next capture, reload
 * or unlock files them; pages are told so they can show the count.
 */
export async function fileWaiting(ctx: VaultContext): Promise<void> {
  try {
    const o = await ensureOpen(ctx); // a reload files the inbox already (ctx.onReload)
    await mergeWaiting(ctx, o);
  } catch {
    ctx.changed();
  }
}

/**
 * A capture from the content script, the popup, a shortcut or the context menu, already
 * validated (by the router's schema, or built by `pageCapture`). Never needs the passphrase:
 * into the open case when unlocked, sealed to the public key when locked, into
 * storage.session before any vault exists.
 *
 * What the user waits for is kept small. With the vault open in memory: one bucket and the
 * header re-encrypted and written. Unlocked but the worker was stopped (the case data not in
 * memory, its key in storage.session): rather than decrypt and parse the whole vault before
 * answering, the capture is sealed into the inbox (one small atomic append, durable like any
 * other write) and the answer names the case remembered in storage.session; `file: true` asks
 * the caller to file the inbox into that case right after answering (service.ts does, as the
 * next job in its queue, so every later read or lock sees it filed).
 */
export async function captureNow(
  ctx: VaultContext,
  input: Capture,
): Promise<{ result: CaptureResult; file: boolean }> {
  const [stored, session] = await Promise.all([
    ctx.env.local.get([KEY.meta, KEY.meta + BACKUP, KEY.settings]),
    ctx.state.open
      ? ({} as Record<string, unknown>)
      : ctx.env.session.get([SESSION_KEY, CAPTURE_TARGET_KEY]),
  ]);
  const settings = settingsFrom(stored);
  const lang = settings.lang;
  const noted = input.truncated ? { truncated: input.truncated } : {};
  const id = ctx.newId();
  const meta = readMetaFrom(stored);
  if (!meta) {
    const pending = await readPending(ctx);
    if (pending.length >= MAX_PENDING) {
      throw new VaultRefusal('storage-full', 'vault.pendingFull');
    }
    await ctx.env.session.set({ [PENDING_KEY]: [...pending, { id, capture: input }] });
    ctx.changed();
    return { result: { saved: true, where: 'pending', lang, id, ...noted }, file: false };
  }
  if (!ctx.state.open && typeof session[SESSION_KEY] === 'string') {
    const remembered = CaptureTarget.safeParse(session[CAPTURE_TARGET_KEY]);
    if (remembered.success && remembered.data.caseId === settings.currentCaseId) {
      await sealIntoInbox(ctx, meta.meta, id, input);
      const { title } = remembered.data;
      return {
        result: { saved: true, where: 'case', caseTitle: title, lang, id, ...noted },
        file: true,
      };
    }
  }
  let o: Open | null = null;
  try {
    o = await ensureOpen(ctx);
  } catch (error) {
    if (!(error instanceof MessageError) || error.code !== 'locked') throw error;
  }
  const target = o && !o.migration ? targetCase(o, settings) : undefined;
  if (o && target) {
    const op = { op: 'addEvidence', id, capture: input } as const;
    const next = normalizeCase(applyOp(target, op, { now: ctx.now(), newId: ctx.newId }));
    await saveCase(ctx, o, target, next);
    ctx.changed(target.id);
    const result: CaptureResult = {
      saved: true,
      where: 'case',
      caseTitle: target.profile.title,
      lang,
      id,
      ...noted,
    };
    return { result, file: false };
  }
  await sealIntoInbox(ctx, meta.meta, id, input);
  ctx.changed();
  return { result: { saved: true, where: 'inbox', lang, id, ...noted }, file: false };
}

/** `captureNow`, then filing what it left in the inbox before returning. */
export async function capture(ctx: VaultContext, input: Capture): Promise<CaptureResult> {
  const { result, file } = await captureNow(ctx, input);
  if (file) await fileWaiting(ctx);
  return result;
}

/**
 * Undo a recent capture (the card's or the popup's "Undo"), wherever it went:
 * - waiting for onboarding (no vault yet): taken out of the pending list; there is no case yet
 *   whose story could change;
 * - sealed in the inbox (captured while locked): its sealed entry is removed — no passphrase
 *   needed — and a sealed "undone" note takes its place, which becomes an "item deleted" line
 *   of the case's change log at the next unlock;
 * - in a case (captured while unlocked, or merged since): removed by the `removeEvidence` op,
 *   which writes the same "item deleted" line (lib/case/ops.ts). A merged capture can't be
 *   undone while locked: the person is asked to unlock first.
 */
export async function undoCapture(
  ctx: VaultContext,
  entry: Pick<RecentCapture, 'id' | 'at' | 'host'>,
): Promise<{ where: 'case' | 'inbox' | 'pending' }> {
  const pending = await readPending(ctx);
  if (pending.some((p) => p.id === entry.id)) {
    await ctx.env.session.set({ [PENDING_KEY]: pending.filter((p) => p.id !== entry.id) });
    ctx.changed();
    return { where: 'pending' };
  }
  const meta = await readMeta(ctx);
  const gone = () => new VaultRefusal('not-found', 'undo.gone');
  if (!meta) throw gone();
  const inbox = await readInbox(ctx);
  if (inbox.some((e) => e.id === entry.id)) {
    const id = ctx.newId();
    const undone = {
      at: ctx.now().toISOString(),
      addedAt: new Date(entry.at).toISOString(),
      ...(entry.host ? { label: entry.host } : {}),
    };
    const sealed = await sealToPublicKey(meta.meta.publicKey, utf8(JSON.stringify({ id, undone })));
    const rest = inbox.filter((e) => e.id !== entry.id);
    await writeAtomic(ctx.env.local, { [KEY.inbox]: [...rest, { id, ...sealed }] });
    ctx.changed();
    return { where: 'inbox' };
  }
  let o: Open;
  try {
    o = await ensureOpen(ctx);
  } catch (error) {
    if (error instanceof MessageError && error.code === 'locked') {
      throw new VaultRefusal('locked', 'undo.locked');
    }
    throw error;
  }
  ensureWritable(o);
  for (const kase of o.cases.values()) {
    if (!kase.evidence.some((e) => e.id === entry.id)) continue;
    const op = { op: 'removeEvidence', id: entry.id } as const;
    const next = normalizeCase(applyOp(kase, op, { now: ctx.now(), newId: ctx.newId }));
    await saveCase(ctx, o, kase, next);
    ctx.changed(kase.id);
    return { where: 'case' };
  }
  throw gone();
}
