import { background as english } from '../i18n/catalog/background.en';
import { format } from '../i18n/types';
import { observedEvidence } from '../watch/observe';
import type { Capture } from './capture';
import { deletionOf, profileChange } from './changes';
import {
  CASE_CAPS,
  type Case,
  type CaseChange,
  Evidence,
  HashReceipt,
  type Note,
  Proof,
  Report,
  type Settings,
} from './model';
import type { CaseOp, ParsedOp } from './op-schema';

export * from './op-schema';

/**
 * Applies the ops of op-schema.ts to a case, as one pure step; the background saves the result
 * as one write.
 */

export type OpContext = {
  now: Date;
  newId: () => string;
  /** Only `followUpHours` is read (default follow-up date of a sent report). */
  settings?: Pick<Settings, 'followUpHours'>;
};

/** The catalog key of each refusal (lib/i18n/catalog/background.*, shown by the background). */
export type CaseOpErrorKey = Extract<keyof typeof english, `caseop.${string}`>;

/**
 * A request that names something that isn't in the case, or can't be applied as asked. It
 * carries a catalog key and its parameters, so whoever shows it says it in the reader's
 * language (lib/vault/cases.ts `caseOpFailure`); `message` is the English text, for logs.
 */
export class CaseOpError extends Error {
  constructor(
    readonly key: CaseOpErrorKey,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(format(english[key], params));
    this.name = 'CaseOpError';
  }
}

const DEFAULT_FOLLOW_UP_HOURS = 48;

/**
 * Apply one op to a case and return the new case. Pure: the input is not changed, items the op
 * doesn't touch keep their identity (the vault saves only what changed). Throws CaseOpError
 * with a readable message when the op names a missing item or a taken id.
 */
export function applyOp(kase: Case, input: CaseOp, ctx: OpContext): Case {
  const next = applyOpUnchecked(kase, input, ctx);
  if (next !== kase) refuseOverCaps(next);
  return next;
}

/**
 * The stored schema's size limits, checked on the op's result (lengths only, cheap): an op that
 * would pass one is refused with a message instead of saving a case the vault could not open.
 */
function refuseOverCaps(next: Case): void {
  const sizes: Record<keyof typeof CASE_CAPS, number> = {
    evidence: next.evidence.length,
    proofs: next.proofs.length,
    reports: next.reports.length,
    notes: next.notes.length,
    stepsDone: next.stepsDone.length,
    noticeEdits: Object.keys(next.noticeEdits).length,
    hashReceipts: next.hashReceipts.length,
    changes: next.changes.length,
  };
  for (const [what, size] of Object.entries(sizes) as Array<[keyof typeof CASE_CAPS, number]>) {
    if (size > CASE_CAPS[what]) {
      throw new CaseOpError(`caseop.full.${what}`, { max: CASE_CAPS[what] });
    }
  }
}

function applyOpUnchecked(kase: Case, input: CaseOp, ctx: OpContext): Case {
  // The op was validated once, at the trust boundary (the router's `updateCase` schema), or was
  // built by the vault itself; defaults the schema would fill are filled by each branch's item
  // parse below, so the op is not parsed again here.
  const op = input as ParsedOp;
  const at = ctx.now.toISOString();
  // Only the changed item is validated (each branch parses it): re-parsing a case with 10,000
  // items on every save would cost more than the whole save budget (50 ms).
  const touched = (next: Partial<Case>): Case => ({ ...kase, ...next, updatedAt: at });
  const logged = (...entries: CaseChange[]): CaseChange[] => [...kase.changes, ...entries];
  const logId = () => ctx.newId();

  switch (op.op) {
    case 'setProfile': {
      const change = profileChange(kase.profile, op.profile, at, logId());
      if (!change) return kase;
      return touched({ profile: op.profile, changes: logged(change) });
    }

    case 'addEvidence': {
      const id = freshId(kase, op.id, ctx);
      const item = op.capture
        ? captureToEvidence(op.capture, ctx.now, id)
        : Evidence.parse({
            ...op.fields,
            id,
            createdAt: at,
            updatedAt: at,
            provenance: { source: 'manual', via: 'manual' },
          });
      return touched({ evidence: [...kase.evidence, item] });
    }
    case 'updateEvidence':
      return touched({
        evidence: replaceItem(kase.evidence, op.id, 'evidence', (e) =>
          Evidence.parse({ ...e, ...definedOnly(op.patch), updatedAt: at }),
        ),
      });
    case 'setEvidenceStatus': {
      const when = op.at ?? at;
      if (op.seenBy === 'you') {
        const seen = (e: Evidence) => observedEvidence(e, op.status, when, at, op.corrects);
        const evidence = replaceItem(kase.evidence, op.id, 'evidence', seen);
        // An observation that adds nothing (the same state seen again soon) leaves the case as
        // it was: no save, no new `updatedAt` — a visit must not make its case "the most
        // recently changed" one that captures go to.
        if (evidence.every((e, i) => e === kase.evidence[i])) return kase;
        return touched({ evidence });
      }
      return touched({
        evidence: replaceItem(kase.evidence, op.id, 'evidence', (e) => ({
          ...e,
          status: op.status,
          statusCheckedAt: when,
          // A check that finds the same status is still recorded as "checked" but adds no entry.
          statusHistory:
            e.status === op.status && e.statusHistory.length > 0
              ? e.statusHistory
              : [...e.statusHistory, { status: op.status, at: when }],
          updatedAt: at,
        })),
      });
    }
    case 'removeEvidence': {
      const gone = requireItem(kase.evidence, op.id, 'evidence');
      return touched({
        changes: logged(deletionOf({ kind: 'evidence', item: gone }, at, logId())),
        evidence: kase.evidence.filter((e) => e.id !== op.id),
        // Reports keep their text but no longer point at the removed item.
        reports: kase.reports.map((r) =>
          r.evidenceIds.includes(op.id)
            ? { ...r, evidenceIds: r.evidenceIds.filter((x) => x !== op.id), updatedAt: at }
            : r,
        ),
      });
    }

    case 'addReport': {
      const id = freshId(kase, op.id, ctx);
      const fields = op.fields;
      const hours = ctx.settings?.followUpHours ?? DEFAULT_FOLLOW_UP_HOURS;
      const followUpAt =
        fields.followUpAt ??
        (fields.sentAt
          ? new Date(Date.parse(fields.sentAt) + hours * 3_600_000).toISOString()
          : undefined);
      const report = Report.parse({
        ...fields,
        id,
        createdAt: at,
        updatedAt: at,
        provenance: { source: 'manual', via: 'manual' },
        followUpAt,
        statusHistory: [{ status: fields.status, at: fields.sentAt ?? at }],
      });
      return touched({ reports: [...kase.reports, report] });
    }
    case 'updateReport':
      return touched({
        reports: replaceItem(kase.reports, op.id, 'report', (r) =>
          Report.parse({ ...r, ...definedOnly(op.patch), updatedAt: at }),
        ),
      });
    case 'setReportStatus': {
      const when = op.at ?? at;
      return touched({
        reports: replaceItem(kase.reports, op.id, 'report', (r) => {
          const next: Report = {
            ...r,
            status: op.status,
            statusHistory: [...r.statusHistory, { status: op.status, at: when }],
            updatedAt: at,
          };
          if (op.status === 'sent' && !r.sentAt) {
            next.sentAt = when;
            const hours = ctx.settings?.followUpHours ?? DEFAULT_FOLLOW_UP_HOURS;
            next.followUpAt ??= new Date(Date.parse(when) + hours * 3_600_000).toISOString();
          }
          if (op.answer !== undefined) {
            next.answer = op.answer;
            next.answeredAt = op.answeredAt ?? when;
          } else if (op.answeredAt !== undefined) {
            next.answeredAt = op.answeredAt;
          }
          return Report.parse(next);
        }),
      });
    }
    case 'removeReport': {
      const gone = requireItem(kase.reports, op.id, 'report');
      return touched({
        changes: logged(deletionOf({ kind: 'report', item: gone }, at, logId())),
        reports: kase.reports
          .filter((r) => r.id !== op.id)
          .map((r) => (r.follows === op.id ? { ...r, follows: undefined, updatedAt: at } : r)),
        proofs: kase.proofs.map((p) =>
          p.sentWith.includes(op.id)
            ? { ...p, sentWith: p.sentWith.filter((x) => x !== op.id), updatedAt: at }
            : p,
        ),
      });
    }

    case 'addProof': {
      const id = freshId(kase, op.id, ctx);
      const proof = Proof.parse({
        ...op.fields,
        id,
        createdAt: at,
        updatedAt: at,
        provenance: { source: 'manual', via: 'manual' },
      });
      return touched({ proofs: [...kase.proofs, proof] });
    }
    case 'updateProof':
      return touched({
        proofs: replaceItem(kase.proofs, op.id, 'proof', (p) =>
          Proof.parse({ ...p, ...definedOnly(op.patch), updatedAt: at }),
        ),
      });
    case 'removeProof': {
      const gone = requireItem(kase.proofs, op.id, 'proof');
      return touched({
        proofs: kase.proofs.filter((p) => p.id !== op.id),
        changes: logged(deletionOf({ kind: 'proof', item: gone }, at, logId())),
      });
    }

    case 'addNote': {
      const id = freshId(kase, op.id, ctx);
      const note: Note = {
        id,
        createdAt: at,
        updatedAt: at,
        provenance: { source: 'manual', via: 'manual' },
        text: op.text,
      };
      return touched({ notes: [...kase.notes, note] });
    }
    case 'updateNote':
      return touched({
        notes: replaceItem(kase.notes, op.id, 'note', (n) => ({
          ...n,
          text: op.text,
          updatedAt: at,
        })),
      });
    case 'removeNote': {
      const gone = requireItem(kase.notes, op.id, 'note');
      return touched({
        notes: kase.notes.filter((n) => n.id !== op.id),
        changes: logged(deletionOf({ kind: 'note', item: gone }, at, logId())),
      });
    }

    case 'markStepDone':
      if (kase.stepsDone.includes(op.stepId)) return kase;
      return touched({ stepsDone: [...kase.stepsDone, op.stepId] });
    case 'markStepUndone':
      if (!kase.stepsDone.includes(op.stepId)) return kase;
      return touched({ stepsDone: kase.stepsDone.filter((s) => s !== op.stepId) });

    case 'setSextortion': {
      const record = op.record ?? undefined;
      return touched({
        sextortion: record,
        changes: logged({ id: logId(), at, kind: 'sextortion-updated' }),
      });
    }
    case 'addHashReceipt': {
      const id = freshId(kase, op.id, ctx);
      const receipt = HashReceipt.parse({ ...op.fields, id, createdAt: at });
      return touched({ hashReceipts: [...kase.hashReceipts, receipt] });
    }
    case 'updateHashReceipt':
      return touched({
        hashReceipts: replaceItem(kase.hashReceipts, op.id, 'receipt', (h) =>
          HashReceipt.parse({ ...h, ...op.fields }),
        ),
      });
    case 'removeHashReceipt': {
      const gone = requireItem(kase.hashReceipts, op.id, 'receipt');
      return touched({
        hashReceipts: kase.hashReceipts.filter((h) => h.id !== op.id),
        changes: logged(deletionOf({ kind: 'hash-receipt', item: gone }, at, logId())),
      });
    }
    case 'setNoticeEdit':
      return touched({
        noticeEdits: { ...kase.noticeEdits, [op.stepId]: { text: op.text, updatedAt: at } },
      });
    case 'resetNoticeEdit': {
      if (!(op.stepId in kase.noticeEdits)) return kase;
      const { [op.stepId]: _dropped, ...rest } = kase.noticeEdits;
      return touched({ noticeEdits: rest });
    }
  }
}

/**
 * Turn a capture into an evidence item; the capture itself is kept for provenance. The capture
 * is already valid (router schema, or storage parse for waiting captures) and every evidence
 * field is the same or wider than the capture's, so the item is built typed, not re-parsed.
 */
export function captureToEvidence(capture: Capture, now: Date, id: string): Evidence {
  const at = now.toISOString();
  const detail = capture.adapter
    ? `${capture.adapter.id}@${capture.adapter.version}/${capture.adapter.tier}`
    : undefined;
  const item: Evidence = {
    id,
    createdAt: at,
    updatedAt: at,
    provenance: { source: 'capture', via: capture.via, ...(detail ? { detail } : {}) },
    kind: capture.kind,
    platform: capture.platform,
    url: capture.permalink ?? capture.pageUrl,
    postId: capture.postId,
    author: capture.author,
    postedAt: capture.postedAt,
    capturedAt: capture.capturedAt,
    text: capture.text,
    media: capture.media ?? [],
    quoted: capture.quoted,
    subject: capture.subject,
    pageUrl: capture.pageUrl,
    status: 'online',
    statusHistory: [],
    capture,
  };
  // Absent fields are left out rather than stored as undefined (as a parse would).
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as Evidence;
}

/**
 * Every id in a case (items of all kinds, hash receipts included, share one id space so a ref
 * — a delete's undo, a timeline line — is never ambiguous).
 */
export function caseIds(kase: Case): Set<string> {
  const ids = new Set<string>();
  for (const list of [kase.evidence, kase.reports, kase.proofs, kase.notes, kase.hashReceipts]) {
    for (const item of list) ids.add(item.id);
  }
  return ids;
}

function freshId(kase: Case, wanted: string | undefined, ctx: OpContext): string {
  const taken = caseIds(kase);
  if (wanted !== undefined) {
    if (taken.has(wanted)) throw new CaseOpError('caseop.idTaken', { id: wanted });
    return wanted;
  }
  for (let i = 0; i < 8; i++) {
    const id = ctx.newId();
    if (!taken.has(id)) return id;
  }
  throw new CaseOpError('caseop.noNewId');
}

type ItemWord = 'evidence' | 'report' | 'proof' | 'note' | 'receipt';

function requireItem<T extends { id: string }>(list: T[], id: string, what: ItemWord): T {
  const item = list.find((x) => x.id === id);
  if (!item) throw new CaseOpError(`caseop.notFound.${what}`, { id });
  return item;
}

function replaceItem<T extends { id: string }>(
  list: T[],
  id: string,
  what: ItemWord,
  change: (item: T) => T,
): T[] {
  requireItem(list, id, what);
  return list.map((x) => (x.id === id ? change(x) : x));
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
