import { z } from 'zod';
import { Capture } from '../case/capture';
import type { Case, Settings } from '../case/model';
import { applyOp, captureToEvidence } from '../case/ops';
import { MessageError } from '../messaging/envelope';
import type { CaptureResult } from '../messaging/protocol';
import { fromUtf8, utf8 } from './bytes';
import { type Open, PENDING_KEY, readMeta, readSettings, type VaultContext } from './context';
import { openSealed, SealedToKey, sealToPublicKey } from './crypto';
import { KEY, normalizeCase } from './layout';
import { writeAtomic } from './storage';
import { ensureOpen, saveCase } from './store';

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
const InboxPlain = z.object({ id: z.string(), capture: Capture }).strict();

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
  const unreadable: InboxEntry[] = [];
  for (const entry of inbox) {
    try {
      incoming.push(InboxPlain.parse(JSON.parse(fromUtf8(await openSealed(o.inboxKey, entry)))));
    } catch {
      unreadable.push(entry);
    }
  }
  const ids = new Set(target.evidence.map((e) => e.id));
  const at = ctx.now();
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
    await saveCase(ctx, o, target, next, inbox.length ? { [KEY.inbox]: unreadable } : {});
  }
  if (pending.length) await ctx.env.session.remove(PENDING_KEY);
  ctx.changed(target.id);
}

/**
 * A capture from the content script, the popup, a shortcut or the context menu, already
 * validated (by the router's schema, or built by `pageCapture`). Never needs the passphrase:
 * into the open case when unlocked, sealed to the public key when locked, into
 * storage.session before any vault exists.
 */
export async function capture(ctx: VaultContext, input: Capture): Promise<CaptureResult> {
  const settings = await readSettings(ctx);
  const lang = settings.lang;
  const id = ctx.newId();
  const meta = await readMeta(ctx);
  if (!meta) {
    const pending = await readPending(ctx);
    if (pending.length >= MAX_PENDING) {
      throw new MessageError(
        'storage-full',
        'Too many captures are waiting. Open Beacon and create your case file first.',
      );
    }
    await ctx.env.session.set({ [PENDING_KEY]: [...pending, { id, capture: input }] });
    ctx.changed();
    return { saved: true, where: 'pending', lang };
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
    return { saved: true, where: 'case', caseTitle: target.profile.title, lang };
  }
  const inbox = await readInbox(ctx);
  if (inbox.length >= MAX_INBOX) {
    throw new MessageError(
      'storage-full',
      'Too many captures are waiting. Unlock Beacon to file them.',
    );
  }
  const sealed = await sealToPublicKey(
    meta.meta.publicKey,
    utf8(JSON.stringify({ id, capture: input })),
  );
  await writeAtomic(ctx.env.local, { [KEY.inbox]: [...inbox, { id, ...sealed }] });
  ctx.changed();
  return { saved: true, where: 'inbox', lang };
}
