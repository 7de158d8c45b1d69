import type { z } from 'zod';
import { Case, type CaseProfile } from '../case/model';
import { applyOp, type CaseOp, CaseOpError } from '../case/ops';
import { backgroundText } from '../i18n/background';
import type { Lang } from '../i18n/types';
import { MessageError } from '../messaging/envelope';
import type { CaseSummary } from '../messaging/messages/vault';
import { readSettings, type VaultContext } from './context';
import { mergeWaiting } from './inbox';
import { KEY, normalizeCase } from './layout';
import { writeAtomic } from './storage';
import { caseOf, cleanOrphans, commit, ensureOpen, ensureWritable, saveCase } from './store';

/** The cases of the open vault: list, read, create, change (one op at a time) and delete. */
/** A profile as a page sends it (defaults not yet filled: the case parse fills them). */
export type ProfileInput = z.input<typeof CaseProfile>;

export function newCase(ctx: VaultContext, profile: ProfileInput, at: Date): Case {
  return Case.parse({
    id: ctx.newId(),
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
    profile,
  });
}

const AWAITING = new Set(['sent', 'acknowledged', 'no-answer']);

export async function listCases(ctx: VaultContext): Promise<CaseSummary[]> {
  const o = await ensureOpen(ctx);
  const at = ctx.now().getTime();
  return [...o.cases.values()]
    .map((kase) => ({
      id: kase.id,
      title: kase.profile.title,
      evidenceCount: kase.evidence.length,
      reportCount: kase.reports.length,
      dueFollowUps: kase.reports.filter(
        (r) =>
          AWAITING.has(r.status) && r.followUpAt !== undefined && Date.parse(r.followUpAt) <= at,
      ).length,
      updatedAt: kase.updatedAt,
    }))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
}

export async function getCase(ctx: VaultContext, id: string): Promise<Case> {
  return caseOf(await ensureOpen(ctx), id);
}

export async function createCase(ctx: VaultContext, profile: ProfileInput): Promise<Case> {
  const o = await ensureOpen(ctx);
  ensureWritable(o);
  const kase = newCase(ctx, profile, ctx.now());
  await saveCase(ctx, o, undefined, kase);
  await mergeWaiting(ctx, o);
  ctx.changed(kase.id);
  return caseOf(o, kase.id);
}

export async function updateCase(ctx: VaultContext, id: string, op: CaseOp): Promise<Case> {
  const o = await ensureOpen(ctx);
  ensureWritable(o);
  const prev = caseOf(o, id);
  const settings = await readSettings(ctx);
  let next: Case;
  try {
    next = applyOp(prev, op, { now: ctx.now(), newId: ctx.newId, settings });
  } catch (error) {
    if (error instanceof CaseOpError) throw caseOpFailure(error, settings.lang);
    throw error;
  }
  if (next === prev) return prev;
  next = normalizeCase(next);
  await saveCase(ctx, o, prev, next);
  if (op.op === 'removeProof') {
    const removed = prev.proofs.find((p) => p.id === op.id);
    if (removed?.fileId)
      await ctx.env.blobs.delete([`${id}/${removed.fileId}`]).catch(() => undefined);
  }
  ctx.changed(id);
  return next;
}

/**
 * A refused op as the answer a page shows: its catalog text in the vault's language (the
 * interface's language once a vault exists), numbers written the way that language writes them.
 */
export function caseOpFailure(error: CaseOpError, lang: Lang): MessageError {
  const numbers = new Intl.NumberFormat(lang);
  const params = Object.fromEntries(
    Object.entries(error.params).map(([k, v]) => [
      k,
      typeof v === 'number' ? numbers.format(v) : v,
    ]),
  );
  return new MessageError('invalid-data', backgroundText(lang, error.key, params));
}

export async function deleteCase(ctx: VaultContext, id: string): Promise<void> {
  const o = await ensureOpen(ctx);
  ensureWritable(o);
  caseOf(o, id);
  const remaining = [...o.cases.keys()].filter((x) => x !== id);
  // One atomic set drops the case from the index; its records are then only garbage, removed
  // next (if the worker stops in between, `cleanOrphans` finishes the job at the next load).
  await commit(ctx, o.dataKey, { [KEY.index]: { caseIds: remaining } });
  o.cases.delete(id);
  const settings = await readSettings(ctx);
  if (settings.currentCaseId === id) {
    await writeAtomic(ctx.env.local, { [KEY.settings]: { ...settings, currentCaseId: undefined } });
  }
  await cleanOrphans(ctx, o);
  ctx.changed(id);
}
