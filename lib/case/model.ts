import { z } from 'zod';
import { RawCapture } from './capture';
import { Id, Text, WebUrl, When } from './fields';
import { CaseChange, HashReceipt, NoticeEdit, SextortionRecord } from './records';

export { Id, When } from './fields';
export * from './records';

/**
 * The case domain model. Every item has an id, created/updated times and provenance.
 * Schemas are strict: they are the trust boundary for storage and imports.
 */
export const Provenance = z
  .object({
    /** How the item entered the case. */
    source: z.enum(['capture', 'manual', 'import']),
    via: z.enum(['shortcut', 'context-menu', 'command', 'popup', 'manual']).optional(),
    /** Capture's adapter id/version, or the import file's format version. */
    detail: Text(120).optional(),
  })
  .strict();
export type Provenance = z.infer<typeof Provenance>;

const Meta = {
  id: Id,
  createdAt: When,
  updatedAt: When,
  provenance: Provenance,
};

export const UserRole = z.enum(['victim', 'parent', 'advocate', 'other']);
export type UserRole = z.infer<typeof UserRole>;
export const AgeAtTime = z.enum(['minor', 'adult', 'unknown']);
export type AgeAtTime = z.infer<typeof AgeAtTime>;
/** ISO 3166-1 alpha-2, upper case. */
export const Country = z.string().regex(/^[A-Z]{2}$/);
export const Lang = z.enum(['en', 'fr', 'es']);

export const CaseProfile = z
  .object({
    title: Text(200),
    role: UserRole,
    ageAtTime: AgeAtTime,
    country: Country,
    languages: z.array(Lang).max(3),
    /** Someone is in danger right now (self-harm, threats of violence, a meeting arranged). */
    immediateDanger: z.boolean().default(false),
    /** Someone threatens to share images unless paid / more images are sent. */
    sextortion: z.boolean().default(false),
    /** The victim still has the images on a device (Take It Down / StopNCII hash on-device). */
    hasImagesOnDevice: z.enum(['yes', 'no', 'unknown']).default('unknown'),
    /** Optional, for notices that need a signature/contact; never shown unless the user fills it. */
    contact: z
      .object({
        name: Text(200).optional(),
        email: Text(320).optional(),
        phone: Text(60).optional(),
        address: Text(500).optional(),
      })
      .strict()
      .default({}),
    victimName: Text(200).optional(),
  })
  .strict();
export type CaseProfile = z.infer<typeof CaseProfile>;

export const EvidenceKind = z.enum([
  'post',
  'account',
  'search',
  'message',
  'page',
  'link',
  'media',
]);
export type EvidenceKind = z.infer<typeof EvidenceKind>;
/**
 * Whether an evidence item is still up. 'withheld' = blocked in the viewer's country only;
 * 'account-suspended' = the account behind it is gone. Both were added after the first vaults:
 * old values all stay valid.
 */
export const OnlineStatus = z.enum([
  'online',
  'removed',
  'reappeared',
  'unknown',
  'withheld',
  'account-suspended',
]);
export type OnlineStatus = z.infer<typeof OnlineStatus>;

export const Evidence = z
  .object({
    ...Meta,
    kind: EvidenceKind,
    platform: Text(40),
    url: WebUrl.optional(),
    postId: Text(200).optional(),
    author: z
      .object({
        handle: Text(200).optional(),
        displayName: Text(200).optional(),
        profileUrl: WebUrl.optional(),
      })
      .strict()
      .optional(),
    postedAt: When.optional(),
    capturedAt: When.optional(),
    /** Text excerpt from the page or typed description (messages). */
    text: Text(5000).optional(),
    /** Media addresses as plain text: never fetched, never rendered. */
    media: z
      .array(
        z
          .object({
            kind: z.enum(['image', 'video', 'gif', 'unknown']),
            address: Text(2048).optional(),
          })
          .strict(),
      )
      .max(50)
      .default([]),
    quoted: z
      .object({
        permalink: WebUrl.optional(),
        handle: Text(200).optional(),
        postId: Text(200).optional(),
      })
      .strict()
      .optional(),
    subject: Text(500).optional(),
    pageUrl: WebUrl.optional(),
    status: OnlineStatus.default('online'),
    statusCheckedAt: When.optional(),
    /** Status history, oldest first: each change is a timeline entry. */
    statusHistory: z
      .array(
        z
          .object({
            status: OnlineStatus,
            at: When,
            /** Who saw it: 'you' = the removal watch read it on the user's own visit. */
            seenBy: z.enum(['you', 'manual']).optional(),
          })
          .strict(),
      )
      .max(500)
      .default([]),
    notes: Text(5000).optional(),
    /** The capture as taken (provenance), read back leniently: it is not what is shown. */
    capture: RawCapture.optional(),
  })
  .strict();
export type Evidence = z.infer<typeof Evidence>;

export const ProofType = z.enum([
  'birth-certificate',
  'passport',
  'national-id',
  'school-id',
  'photo-at-age',
  'other',
]);
export type ProofType = z.infer<typeof ProofType>;

export const Proof = z
  .object({
    ...Meta,
    type: ProofType,
    label: Text(200),
    /** Id of the encrypted blob in IndexedDB, when a file is attached. */
    fileId: Id.optional(),
    fileName: Text(255).optional(),
    fileType: Text(100).optional(),
    fileSize: z
      .number()
      .int()
      .nonnegative()
      .max(20 * 1024 * 1024)
      .optional(),
    redacted: z.boolean().default(false),
    /** Reports this proof was sent with. */
    sentWith: z.array(Id).max(200).default([]),
    notes: Text(2000).optional(),
  })
  .strict();
export type Proof = z.infer<typeof Proof>;

export const ReportChannel = z.enum([
  'platform-in-app',
  'platform-form',
  'hotline',
  'hash-service',
  'police',
  'regulator',
  'other',
]);
export type ReportChannel = z.infer<typeof ReportChannel>;

export const ReportStatus = z.enum([
  'draft',
  'sent',
  'acknowledged',
  'no-answer',
  'refused',
  'removed',
  'partly-removed',
  'reappeared',
]);
export type ReportStatus = z.infer<typeof ReportStatus>;

export const Report = z
  .object({
    ...Meta,
    channel: ReportChannel,
    /** Directory entry id when the route came from the directory (e.g. "x-cse-form", "ncmec-cybertipline"). */
    target: Text(80).optional(),
    /** Platform id when the report was made to a platform. */
    platform: Text(40).optional(),
    targetName: Text(200),
    sentAt: When.optional(),
    reference: Text(200).optional(),
    whatWasSent: Text(10000).optional(),
    evidenceIds: z.array(Id).max(10000).default([]),
    status: ReportStatus,
    answer: Text(10000).optional(),
    answeredAt: When.optional(),
    followUpAt: When.optional(),
    /** Status history, oldest first. */
    statusHistory: z
      .array(z.object({ status: ReportStatus, at: When }).strict())
      .max(500)
      .default([]),
    /** The earlier report this one cites (a re-report after content reappeared, an appeal). */
    follows: Id.optional(),
    /** Why the user thinks a refusal is wrong: "the platform ignored the proof of age". */
    refusalReason: z.enum(['proof-ignored']).optional(),
  })
  .strict();
export type Report = z.infer<typeof Report>;

export const Note = z.object({ ...Meta, text: Text(10000) }).strict();
export type Note = z.infer<typeof Note>;

/**
 * How many of each a case holds at most. The stored schema refuses a case over them (and a vault
 * with such a case opens none), so every op checks them too (ops.ts `applyOp`).
 */
export const CASE_CAPS = {
  evidence: 50000,
  proofs: 1000,
  reports: 10000,
  notes: 10000,
  stepsDone: 500,
  noticeEdits: 500,
  hashReceipts: 100,
  changes: 20000,
} as const;

export const Case = z
  .object({
    id: Id,
    createdAt: When,
    updatedAt: When,
    profile: CaseProfile,
    evidence: z.array(Evidence).max(CASE_CAPS.evidence).default([]),
    proofs: z.array(Proof).max(CASE_CAPS.proofs).default([]),
    reports: z.array(Report).max(CASE_CAPS.reports).default([]),
    notes: z.array(Note).max(CASE_CAPS.notes).default([]),
    /** Next-step ids the user marked done (lib/escalation step ids are stable). */
    stepsDone: z.array(Text(120)).max(CASE_CAPS.stepsDone).default([]),
    sextortion: SextortionRecord.optional(),
    /** Edited notice text per next-step id; an old vault without it reads as {}. */
    noticeEdits: z
      .record(Text(120), NoticeEdit)
      .refine((r) => Object.keys(r).length <= CASE_CAPS.noticeEdits, {
        message: 'too many edited notices',
      })
      .default({}),
    hashReceipts: z.array(HashReceipt).max(CASE_CAPS.hashReceipts).default([]),
    /** Details changes and deletions, oldest first (see CaseChange). */
    changes: z.array(CaseChange).max(CASE_CAPS.changes).default([]),
  })
  .strict();
export type Case = z.infer<typeof Case>;
export type CaseInput = z.input<typeof Case>;

export const Settings = z
  .object({
    lang: Lang.default('en'),
    country: Country.optional(),
    autoLockMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    discreet: z.boolean().default(false),
    followUpHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(48),
    currentCaseId: Id.optional(),
  })
  .strict();
export type Settings = z.infer<typeof Settings>;
