import { z } from 'zod';
import { Id, Text, WebUrl, When } from './fields';

/**
 * What a family writes down about a blackmailer (sextortion). Text only: no image, no file. Police
 * ask for the payment details (gift-card codes, wallet addresses, payment handles) and the times
 * of the threats.
 */
export const Demand = z.enum(['money', 'more-images', 'meeting', 'other']);
export type Demand = z.infer<typeof Demand>;
export const PaymentKind = z.enum([
  'gift-card',
  'crypto-wallet',
  'payment-handle',
  'bank',
  'other',
]);
export type PaymentKind = z.infer<typeof PaymentKind>;
export const SextortionRecord = z
  .object({
    threatener: z
      .object({
        platform: Text(40).optional(),
        handle: Text(200).optional(),
        profileUrl: WebUrl.optional(),
      })
      .strict(),
    /** Where the contact started (an app, a game, a website), in the family's words. */
    contactStartedOn: Text(500).optional(),
    demands: z.array(Demand).max(4),
    demandNote: Text(2000).optional(),
    paymentDetails: z
      .array(
        z
          .object({ id: Id, kind: PaymentKind, value: Text(500), note: Text(1000).optional() })
          .strict(),
      )
      .max(200),
    threats: z.array(z.object({ id: Id, at: When, text: Text(2000) }).strict()).max(500),
    alreadyShared: z.enum(['yes', 'no', 'unknown']),
  })
  .strict();
export type SextortionRecord = z.infer<typeof SextortionRecord>;

/** The user's own text for a step's notice (edited before sending), kept with the case. */
export const NoticeEdit = z.object({ text: Text(20000), updatedAt: When }).strict();
export type NoticeEdit = z.infer<typeof NoticeEdit>;
/**
 * A hash service's receipt. Take It Down and StopNCII say a lost case number/PIN cannot be
 * recovered, so Beacon keeps them (encrypted with the case) and shows them masked.
 */
export const HashService = z.enum(['take-it-down', 'stopncii', 'other']);
export type HashService = z.infer<typeof HashService>;
export const HashReceipt = z
  .object({
    id: Id,
    service: HashService,
    caseNumber: Text(200),
    pin: Text(200).optional(),
    createdAt: When,
  })
  .strict();
export type HashReceipt = z.infer<typeof HashReceipt>;

/**
 * Changes that leave no item behind, kept so the timeline and the printed case file never change
 * story silently: a details change ("country FR → BE") or a deleted item ("a report to X was
 * deleted on …"). Values of private fields (contact, victim's name) are not copied here.
 */
export const DeletedKind = z.enum(['evidence', 'report', 'proof', 'note', 'hash-receipt']);
export type DeletedKind = z.infer<typeof DeletedKind>;
export const CaseChange = z.discriminatedUnion('kind', [
  z
    .object({
      id: Id,
      at: When,
      kind: z.literal('details-changed'),
      fields: z
        .array(
          z
            .object({ field: Text(40), from: Text(300).optional(), to: Text(300).optional() })
            .strict(),
        )
        .min(1)
        .max(40),
    })
    .strict(),
  z
    .object({
      id: Id,
      at: When,
      kind: z.literal('item-deleted'),
      item: DeletedKind,
      /** What the item was, in a few words (a report's target, an evidence address). */
      label: Text(300).optional(),
      /** When the deleted item had been added. */
      addedAt: When.optional(),
    })
    .strict(),
  z
    .object({
      id: Id,
      at: When,
      kind: z.literal('sextortion-updated'),
      /**
       * Set when an import joined a file's record into the case's: how many entries it added
       * (counts only — never a payment detail's or a threat's words).
       */
      byImport: z
        .object({
          payments: z.number().int().min(0).max(1000),
          threats: z.number().int().min(0).max(1000),
          details: z.number().int().min(0).max(1000),
        })
        .strict()
        .optional(),
    })
    .strict(),
]);
export type CaseChange = z.infer<typeof CaseChange>;
