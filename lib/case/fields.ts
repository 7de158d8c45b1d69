import { z } from 'zod';
import { normaliseUrl } from './normalise';

// The field schemas every stored item is made of (model.ts and records.ts share them).

/** An item id: what the vault, the ops and the messages all accept (one definition). */
export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
/** A moment with its offset, as stored. */
export const When = z.iso.datetime({ offset: true });
export const Text = (max: number) => z.string().max(max);
/**
 * A stored address: parsed as a WHATWG URL and kept as its normalised form (lib/case/normalise),
 * so no stored address can hold a line break or a second address. Applies to typed evidence,
 * imports and stored data alike.
 */
export const WebUrl = z
  .string()
  .max(2048)
  .transform((value, ctx) => {
    const result = normaliseUrl(value);
    if (result.ok) return result.url;
    ctx.addIssue({ code: 'custom', message: result.reason });
    return z.NEVER;
  });
