import { z } from 'zod';
import { fromLocalInput, toLocalInput } from './derive';
import { plainText } from './details-form';
import { Demand, PaymentKind, type SextortionRecord } from './model';

/**
 * The sextortion record form: who threatens, where it started, what they demand, the payment
 * details they gave and each threat with its time. Text only (no screenshot, no file). Error
 * messages are catalog keys.
 */

const webAddress = plainText(2048).refine(
  (v) => v.trim() === '' || /^https?:\/\/[^\s]+$/i.test(v.trim()),
  'case.err.url',
);

export const SextortionForm = z.object({
  platform: plainText(40),
  handle: plainText(200),
  profileUrl: webAddress,
  contactStartedOn: plainText(500),
  demands: z.array(Demand).max(4),
  demandNote: plainText(2000, true),
  payments: z
    .array(
      z.object({
        id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
        kind: PaymentKind,
        value: plainText(500).refine((v) => v.trim() !== '', 'case.err.required'),
        note: plainText(1000),
      }),
    )
    .max(200),
  threats: z
    .array(
      z.object({
        id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
        at: z.string().refine((v) => fromLocalInput(v) !== undefined, 'case.err.date'),
        text: plainText(2000, true).refine((v) => v.trim() !== '', 'case.err.required'),
      }),
    )
    .max(500),
  alreadyShared: z.enum(['yes', 'no', 'unknown']),
});
export type SextortionFormValues = z.infer<typeof SextortionForm>;

export function sextortionToForm(r: SextortionRecord | undefined): SextortionFormValues {
  return {
    platform: r?.threatener.platform ?? '',
    handle: r?.threatener.handle ?? '',
    profileUrl: r?.threatener.profileUrl ?? '',
    contactStartedOn: r?.contactStartedOn ?? '',
    demands: [...(r?.demands ?? [])],
    demandNote: r?.demandNote ?? '',
    payments: (r?.paymentDetails ?? []).map((p) => ({
      id: p.id,
      kind: p.kind,
      value: p.value,
      note: p.note ?? '',
    })),
    threats: (r?.threats ?? []).map((x) => ({ id: x.id, at: toLocalInput(x.at), text: x.text })),
    alreadyShared: r?.alreadyShared ?? 'unknown',
  };
}

const opt = (v: string) => v.trim() || undefined;

export function formToSextortion(v: SextortionFormValues): SextortionRecord {
  const threatener: SextortionRecord['threatener'] = {};
  if (opt(v.platform)) threatener.platform = v.platform.trim();
  if (opt(v.handle)) threatener.handle = v.handle.trim();
  if (opt(v.profileUrl)) threatener.profileUrl = v.profileUrl.trim();
  const record: SextortionRecord = {
    threatener,
    demands: [...new Set(v.demands)],
    paymentDetails: v.payments.map((p) => ({
      id: p.id,
      kind: p.kind,
      value: p.value.trim(),
      ...(opt(p.note) ? { note: p.note.trim() } : {}),
    })),
    threats: v.threats
      .map((x) => ({ id: x.id, at: fromLocalInput(x.at) as string, text: x.text.trim() }))
      .sort((a, b) => a.at.localeCompare(b.at)),
    alreadyShared: v.alreadyShared,
  };
  if (opt(v.contactStartedOn)) record.contactStartedOn = v.contactStartedOn.trim();
  if (opt(v.demandNote)) record.demandNote = v.demandNote.trim();
  return record;
}

/** A receipt number or PIN shown masked: only the last few characters stay readable. */
export function maskSecret(value: string, visible = 2): string {
  const tail = secretTail(value, visible);
  return '•'.repeat([...value].length - [...tail].length) + tail;
}

/**
 * The characters `maskSecret` leaves readable: none when the value is that short (it is hidden
 * whole), so nothing that names the secret — a button's name — may say more than the mask.
 */
export function secretTail(value: string, visible = 2): string {
  const chars = [...value];
  return chars.length <= visible ? '' : chars.slice(-visible).join('');
}
