import { z } from 'zod';
import { Capture } from './capture';
import {
  type Case,
  CaseProfile,
  Evidence,
  type Note,
  OnlineStatus,
  Proof,
  Report,
  ReportStatus,
  type Settings,
} from './model';

/**
 * Every change a page can ask for on a case, as data. The background validates the op with this
 * schema, applies it with the pure `applyOp` and saves the result as one write (issue 4).
 */
const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
const When = z.iso.datetime({ offset: true });

/** What a person can type for an evidence item (the rest is filled in by `applyOp`). */
export const EvidenceFields = Evidence.pick({
  kind: true,
  platform: true,
  url: true,
  postId: true,
  author: true,
  postedAt: true,
  capturedAt: true,
  text: true,
  media: true,
  quoted: true,
  subject: true,
  pageUrl: true,
  notes: true,
});
export type EvidenceFields = z.input<typeof EvidenceFields>;

export const ReportFields = Report.pick({
  channel: true,
  target: true,
  platform: true,
  targetName: true,
  sentAt: true,
  reference: true,
  whatWasSent: true,
  evidenceIds: true,
  status: true,
  answer: true,
  answeredAt: true,
  followUpAt: true,
  follows: true,
});
export type ReportFields = z.input<typeof ReportFields>;

export const ProofFields = Proof.pick({
  type: true,
  label: true,
  fileId: true,
  fileName: true,
  fileType: true,
  fileSize: true,
  redacted: true,
  sentWith: true,
  notes: true,
});
export type ProofFields = z.input<typeof ProofFields>;

/**
 * Patches carry no defaults: a missing key means "leave as is". (zod's `.partial()` would still
 * fill defaulted fields, so those are re-added without their default.)
 */
export const EvidencePatch = EvidenceFields.omit({ media: true }).partial().extend({
  media: Evidence.shape.media.removeDefault().optional(),
});
export const ReportPatch = ReportFields.omit({ evidenceIds: true, status: true }).partial().extend({
  evidenceIds: Report.shape.evidenceIds.removeDefault().optional(),
});
export const ProofPatch = ProofFields.omit({ redacted: true, sentWith: true }).partial().extend({
  redacted: z.boolean().optional(),
  sentWith: Proof.shape.sentWith.removeDefault().optional(),
});

export const CaseOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('setProfile'), profile: CaseProfile }).strict(),
  z
    .object({
      op: z.literal('addEvidence'),
      /** Optional id chosen by the caller (so it can refer to the item right away). */
      id: Id.optional(),
      capture: Capture.optional(),
      fields: EvidenceFields.optional(),
    })
    .strict()
    .refine((v) => (v.capture === undefined) !== (v.fields === undefined), {
      message: 'give either a capture or the evidence fields',
    }),
  z.object({ op: z.literal('updateEvidence'), id: Id, patch: EvidencePatch }).strict(),
  z
    .object({
      op: z.literal('setEvidenceStatus'),
      id: Id,
      status: OnlineStatus,
      at: When.optional(),
    })
    .strict(),
  z.object({ op: z.literal('removeEvidence'), id: Id }).strict(),
  z.object({ op: z.literal('addReport'), id: Id.optional(), fields: ReportFields }).strict(),
  z.object({ op: z.literal('updateReport'), id: Id, patch: ReportPatch }).strict(),
  z
    .object({
      op: z.literal('setReportStatus'),
      id: Id,
      status: ReportStatus,
      at: When.optional(),
      answer: z.string().max(10000).optional(),
      answeredAt: When.optional(),
    })
    .strict(),
  z.object({ op: z.literal('removeReport'), id: Id }).strict(),
  z.object({ op: z.literal('addProof'), id: Id.optional(), fields: ProofFields }).strict(),
  z.object({ op: z.literal('updateProof'), id: Id, patch: ProofPatch }).strict(),
  z.object({ op: z.literal('removeProof'), id: Id }).strict(),
  z
    .object({ op: z.literal('addNote'), id: Id.optional(), text: z.string().min(1).max(10000) })
    .strict(),
  z.object({ op: z.literal('updateNote'), id: Id, text: z.string().min(1).max(10000) }).strict(),
  z.object({ op: z.literal('removeNote'), id: Id }).strict(),
  z.object({ op: z.literal('markStepDone'), stepId: z.string().min(1).max(120) }).strict(),
  z.object({ op: z.literal('markStepUndone'), stepId: z.string().min(1).max(120) }).strict(),
]);
export type CaseOp = z.input<typeof CaseOp>;
type ParsedOp = z.output<typeof CaseOp>;

export type OpContext = {
  now: Date;
  newId: () => string;
  /** Only `followUpHours` is read (default follow-up date of a sent report). */
  settings?: Pick<Settings, 'followUpHours'>;
};

/** A request that names something that isn't in the case, or can't be applied as asked. */
export class CaseOpError extends Error {
  constructor(message: string) {
    super(message);
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
  // The op was validated once, at the trust boundary (the router's `updateCase` schema), or was
  // built by the vault itself; defaults the schema would fill are filled by each branch's item
  // parse below, so the op is not parsed again here.
  const op = input as ParsedOp;
  const at = ctx.now.toISOString();
  // Only the changed item is validated (each branch parses it): re-parsing a case with 10,000
  // items on every save would cost more than the whole save budget (50 ms).
  const touched = (next: Partial<Case>): Case => ({ ...kase, ...next, updatedAt: at });

  switch (op.op) {
    case 'setProfile':
      return touched({ profile: op.profile });

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
    case 'removeEvidence':
      requireItem(kase.evidence, op.id, 'evidence');
      return touched({
        evidence: kase.evidence.filter((e) => e.id !== op.id),
        // Reports keep their text but no longer point at the removed item.
        reports: kase.reports.map((r) =>
          r.evidenceIds.includes(op.id)
            ? { ...r, evidenceIds: r.evidenceIds.filter((x) => x !== op.id), updatedAt: at }
            : r,
        ),
      });

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
    case 'removeReport':
      requireItem(kase.reports, op.id, 'report');
      return touched({
        reports: kase.reports
          .filter((r) => r.id !== op.id)
          .map((r) => (r.follows === op.id ? { ...r, follows: undefined, updatedAt: at } : r)),
        proofs: kase.proofs.map((p) =>
          p.sentWith.includes(op.id)
            ? { ...p, sentWith: p.sentWith.filter((x) => x !== op.id), updatedAt: at }
            : p,
        ),
      });

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
    case 'removeProof':
      requireItem(kase.proofs, op.id, 'proof');
      return touched({ proofs: kase.proofs.filter((p) => p.id !== op.id) });

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
    case 'removeNote':
      requireItem(kase.notes, op.id, 'note');
      return touched({ notes: kase.notes.filter((n) => n.id !== op.id) });

    case 'markStepDone':
      if (kase.stepsDone.includes(op.stepId)) return kase;
      return touched({ stepsDone: [...kase.stepsDone, op.stepId] });
    case 'markStepUndone':
      if (!kase.stepsDone.includes(op.stepId)) return kase;
      return touched({ stepsDone: kase.stepsDone.filter((s) => s !== op.stepId) });
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

/** Every id in a case (items of all kinds share one id space so a ref is never ambiguous). */
export function caseIds(kase: Case): Set<string> {
  const ids = new Set<string>();
  for (const list of [kase.evidence, kase.reports, kase.proofs, kase.notes]) {
    for (const item of list) ids.add(item.id);
  }
  return ids;
}

function freshId(kase: Case, wanted: string | undefined, ctx: OpContext): string {
  const taken = caseIds(kase);
  if (wanted !== undefined) {
    if (taken.has(wanted))
      throw new CaseOpError(`The id "${wanted}" is already used in this case.`);
    return wanted;
  }
  for (let i = 0; i < 8; i++) {
    const id = ctx.newId();
    if (!taken.has(id)) return id;
  }
  throw new CaseOpError('Could not make a new id.');
}

function requireItem<T extends { id: string }>(list: T[], id: string, what: string): T {
  const item = list.find((x) => x.id === id);
  if (!item) throw new CaseOpError(`There is no ${what} with id "${id}" in this case.`);
  return item;
}

function replaceItem<T extends { id: string }>(
  list: T[],
  id: string,
  what: string,
  change: (item: T) => T,
): T[] {
  requireItem(list, id, what);
  return list.map((x) => (x.id === id ? change(x) : x));
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
