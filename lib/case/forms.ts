import { z } from 'zod';
import { KNOWN_PLATFORM_IDS, OTHER_SITE_ID } from '../platforms/catalog';
import { fromLocalInput, toLocalInput } from './derive';
import type { Evidence, Proof, Report } from './model';
import { EvidenceKind, ProofType, ReportChannel, ReportStatus } from './model';
import type { EvidenceFields, ReportFields } from './ops';

/**
 * The casework forms' schemas. They describe what a person types (strings from inputs); the
 * `to…Fields` functions turn a valid form into the CaseOp fields the background checks again.
 * Error messages are i18n keys of the casework catalog.
 */

const isWebAddress = (v: string) => v === '' || /^https?:\/\/[^\s]+$/i.test(v);
const optionalUrl = z
  .string()
  .trim()
  .max(2048, 'cw.err.tooLong')
  .refine(isWebAddress, 'cw.err.url');
const dateInput = z
  .string()
  .trim()
  .refine((v) => v === '' || fromLocalInput(v) !== undefined, 'cw.err.date');

// Every platform Beacon knows by name, then "web" for any other site.
export const PLATFORM_CHOICES = [...KNOWN_PLATFORM_IDS, OTHER_SITE_ID] as const;

export const EvidenceForm = z
  .object({
    kind: EvidenceKind,
    platform: z.string().trim().min(1, 'cw.err.required').max(40, 'cw.err.tooLong'),
    url: optionalUrl,
    handle: z.string().trim().max(200, 'cw.err.tooLong'),
    text: z.string().max(5000, 'cw.err.tooLong'),
    seenAt: dateInput,
    notes: z.string().max(5000, 'cw.err.tooLong'),
  })
  .superRefine((v, ctx) => {
    // A message has no address: the description is what locates it.
    if (v.kind === 'message' && v.text.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'cw.err.describeMessage' });
    }
    if (v.kind !== 'message' && v.url === '' && v.handle === '') {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'cw.err.urlOrHandle' });
    }
  });
export type EvidenceFormValues = z.infer<typeof EvidenceForm>;

export const emptyEvidenceForm: EvidenceFormValues = {
  kind: 'post',
  platform: 'x',
  url: '',
  handle: '',
  text: '',
  seenAt: '',
  notes: '',
};

export function evidenceToForm(e: Evidence): EvidenceFormValues {
  return {
    kind: e.kind,
    platform: e.platform,
    url: e.url ?? '',
    handle: e.author?.handle ?? '',
    text: e.text ?? '',
    seenAt: toLocalInput(e.capturedAt),
    notes: e.notes ?? '',
  };
}

/** Form → evidence fields. "Date seen" is stored as `capturedAt` (the timeline orders by it). */
export function formToEvidenceFields(v: EvidenceFormValues, before?: Evidence): EvidenceFields {
  const handle = v.handle.trim();
  return {
    kind: v.kind,
    platform: v.platform.trim(),
    url: v.url.trim() || undefined,
    author: handle ? { ...before?.author, handle } : before?.author,
    text: v.text.trim() || undefined,
    capturedAt: fromLocalInput(v.seenAt),
    notes: v.notes.trim() || undefined,
  };
}

export const ReportForm = z.object({
  channel: ReportChannel,
  targetName: z.string().trim().min(1, 'cw.err.required').max(200, 'cw.err.tooLong'),
  target: z.string().max(80),
  platform: z.string().max(40),
  status: ReportStatus,
  sentAt: dateInput,
  reference: z.string().trim().max(200, 'cw.err.tooLong'),
  whatWasSent: z.string().max(10000, 'cw.err.tooLong'),
  answer: z.string().max(10000, 'cw.err.tooLong'),
  followUpAt: dateInput,
  evidenceIds: z.array(z.string()).max(10000),
  follows: z.string().max(64),
  /** On a refused report: why the user thinks the refusal is wrong ('' = no reason given). */
  refusalReason: z.enum(['', 'proof-ignored']).optional(),
});
export type ReportFormValues = z.infer<typeof ReportForm>;

export function reportToForm(r: Report): ReportFormValues {
  return {
    channel: r.channel,
    targetName: r.targetName,
    target: r.target ?? '',
    platform: r.platform ?? '',
    status: r.status,
    sentAt: toLocalInput(r.sentAt),
    reference: r.reference ?? '',
    whatWasSent: r.whatWasSent ?? '',
    answer: r.answer ?? '',
    followUpAt: toLocalInput(r.followUpAt),
    evidenceIds: r.evidenceIds,
    follows: r.follows ?? '',
    refusalReason: r.refusalReason ?? '',
  };
}

/**
 * Form → report fields. A report marked anything but "draft" without a date was sent now; the
 * follow-up date is left to the background's default (settings.followUpHours) when empty.
 */
export function formToReportFields(v: ReportFormValues, now: Date): ReportFields {
  const sentAt = fromLocalInput(v.sentAt) ?? (v.status !== 'draft' ? now.toISOString() : undefined);
  return {
    channel: v.channel,
    targetName: v.targetName.trim(),
    target: v.target || undefined,
    platform: v.platform || undefined,
    status: v.status,
    sentAt,
    reference: v.reference.trim() || undefined,
    whatWasSent: v.whatWasSent.trim() || undefined,
    answer: v.answer.trim() || undefined,
    answeredAt: v.answer.trim() ? now.toISOString() : undefined,
    followUpAt: fromLocalInput(v.followUpAt),
    evidenceIds: v.evidenceIds,
    follows: v.follows || undefined,
    refusalReason: v.status === 'refused' && v.refusalReason ? v.refusalReason : undefined,
  };
}

export const ProofForm = z.object({
  type: ProofType,
  label: z.string().trim().min(1, 'cw.err.required').max(200, 'cw.err.tooLong'),
  redacted: z.boolean(),
  notes: z.string().max(2000, 'cw.err.tooLong'),
});
export type ProofFormValues = z.infer<typeof ProofForm>;

/** The form's values for a stored proof (editing it). */
export function proofToForm(
  p: Pick<Proof, 'type' | 'label' | 'redacted' | 'notes'>,
): ProofFormValues {
  return { type: p.type, label: p.label, redacted: p.redacted, notes: p.notes ?? '' };
}

/**
 * The `updateProof` patch for an edited proof: only what the form holds (the file, its name and
 * the reports it was sent with are changed elsewhere). Cleared notes are stored as cleared.
 */
export function proofFormToPatch(v: ProofFormValues) {
  return { type: v.type, label: v.label.trim(), redacted: v.redacted, notes: v.notes.trim() };
}

/** A note's text (added from the timeline, or edited there). */
export const NoteForm = z.object({
  text: z.string().trim().min(1, 'cw.err.required').max(10000, 'cw.err.tooLong'),
});
export type NoteFormValues = z.infer<typeof NoteForm>;

/** Proof files: images and PDF only, at most 20 MB (the vault's limit). */
export const PROOF_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
];
export const MAX_PROOF_FILE_BYTES = 20 * 1024 * 1024;

export type FileProblem = 'cw.err.fileType' | 'cw.err.fileSize' | 'cw.err.fileEmpty';

export function checkProofFile(file: {
  type: string;
  size: number;
  name: string;
}): FileProblem | undefined {
  if (file.size === 0) return 'cw.err.fileEmpty';
  if (file.size > MAX_PROOF_FILE_BYTES) return 'cw.err.fileSize';
  const type = file.type || guessType(file.name);
  if (!PROOF_TYPES.includes(type)) return 'cw.err.fileType';
  return undefined;
}

/** Some systems give no MIME type for HEIC/PDF: fall back to the extension. */
export function guessType(name: string): string {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  return (
    { pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png' }[ext] ??
    { webp: 'image/webp', heic: 'image/heic' }[ext] ??
    ''
  );
}
