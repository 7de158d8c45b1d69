import { z } from 'zod';
import { Capture } from './capture';
import {
  CaseProfile,
  Evidence,
  HashReceipt,
  Id,
  OnlineStatus,
  Proof,
  Report,
  ReportStatus,
  SextortionRecord,
  When,
} from './model';

/**
 * Every change a page can ask for on a case, as data. The background validates the op with this
 * schema and applies it with the pure `applyOp` (ops.ts).
 */

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
  refusalReason: true,
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

export const HashReceiptFields = HashReceipt.pick({ service: true, caseNumber: true, pin: true });
export type HashReceiptFields = z.input<typeof HashReceiptFields>;

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
      /** 'you': the removal watch saw it on the user's own visit (lib/watch/observe.ts rules). */
      seenBy: z.enum(['you', 'manual']).optional(),
      /**
       * With seenBy 'you' and an "online": the time of the watch's own gone entry, made by an
       * earlier read of the same page, that this reading corrects (lib/watch/observe.ts).
       */
      corrects: When.optional(),
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
  // The user's own text for a step's notice; reset drops it (the prepared text shows again).
  z
    .object({
      op: z.literal('setNoticeEdit'),
      stepId: z.string().min(1).max(120),
      text: z.string().max(20000),
    })
    .strict(),
  z.object({ op: z.literal('resetNoticeEdit'), stepId: z.string().min(1).max(120) }).strict(),
  z.object({ op: z.literal('setSextortion'), record: SextortionRecord.nullable() }).strict(),
  z
    .object({ op: z.literal('addHashReceipt'), id: Id.optional(), fields: HashReceiptFields })
    .strict(),
  z.object({ op: z.literal('updateHashReceipt'), id: Id, fields: HashReceiptFields }).strict(),
  z.object({ op: z.literal('removeHashReceipt'), id: Id }).strict(),
]);
export type CaseOp = z.input<typeof CaseOp>;
export type ParsedOp = z.output<typeof CaseOp>;
