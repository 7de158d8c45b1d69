import { z } from 'zod';
import { PLATFORM_IDS } from '../platforms/hosts';

/**
 * What one capture records: metadata only. Media addresses are kept as text and are never
 * fetched or rendered anywhere in Beacon (safety rule 1).
 */
const text = (max: number) => z.string().max(max);
const httpUrl = z
  .string()
  .max(2048)
  .refine((value) => /^https?:\/\//i.test(value), { message: 'must be an http(s) address' });

export const MediaKind = z.enum(['image', 'video', 'gif', 'unknown']);
export type MediaKind = z.infer<typeof MediaKind>;

export const CapturedMedia = z
  .object({
    kind: MediaKind,
    /** Plain text. Never loaded. */
    address: text(2048).optional(),
  })
  .strict();

export const CaptureKind = z.enum(['post', 'account', 'search', 'page', 'link', 'media']);
export type CaptureKind = z.infer<typeof CaptureKind>;

export const CapturePlatform = z.enum(['web', ...PLATFORM_IDS]);

export const CaptureVia = z.enum(['shortcut', 'context-menu', 'command', 'popup', 'manual']);
export type CaptureVia = z.infer<typeof CaptureVia>;

export const SelectorTier = z.enum(['testid', 'aria', 'structure', 'url']);

export const Capture = z
  .object({
    kind: CaptureKind,
    platform: CapturePlatform,
    permalink: httpUrl.optional(),
    postId: text(200).optional(),
    author: z
      .object({
        handle: text(200).optional(),
        displayName: text(200).optional(),
        profileUrl: httpUrl.optional(),
      })
      .strict()
      .optional(),
    postedAt: z.iso.datetime({ offset: true }).optional(),
    text: text(500).optional(),
    media: z.array(CapturedMedia).max(50).default([]),
    quoted: z
      .object({
        permalink: httpUrl.optional(),
        handle: text(200).optional(),
        postId: text(200).optional(),
      })
      .strict()
      .optional(),
    /** For account, hashtag and search captures: what was captured ("@name", "#tag", "q"). */
    subject: text(500).optional(),
    pageUrl: httpUrl,
    capturedAt: z.iso.datetime({ offset: true }),
    adapter: z
      .object({ id: text(40), version: z.number().int().nonnegative(), tier: SelectorTier })
      .strict()
      .optional(),
    via: CaptureVia,
  })
  .strict();

export type Capture = z.infer<typeof Capture>;
/** What the content script builds before the background validates it. */
export type CaptureInput = z.input<typeof Capture>;
