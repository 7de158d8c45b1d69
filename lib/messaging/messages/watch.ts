import { z } from 'zod';
import { READ_REASONS } from '../../watch/health';

const Count = z.number().int().min(0).max(100000);
/** Counts by read-failure reason; unknown reasons are refused (strict). */
const Failures = z
  .object(
    Object.fromEntries(READ_REASONS.map((r) => [r, Count.optional()])) as Record<
      (typeof READ_REASONS)[number],
      z.ZodOptional<typeof Count>
    >,
  )
  .strict();

/**
 * A page address as the watch content script names its own page: `location.href`, which a
 * browser always gives as printable ASCII (the rest percent-encoded, hosts in punycode), so
 * https only, bounded, and no space or control character (a URL parser would drop some of
 * those silently and answer for another spelling).
 */
const PageUrl = z
  .string()
  .max(2048)
  .regex(/^https:\/\/[!-~]+$/);

/** Messages of the removal watch (lib/watch). */
export const watchMessages = {
  /**
   * The watch content script asks before it reads its page: is this page's address evidence
   * (an item or an item's account)? Only about the page it runs in (else the answer is no);
   * nothing is stored or logged either way. A yes/no about its own page, in its isolated world.
   */
  watchWanted: {
    request: z.object({ url: PageUrl }).strict(),
    response: z.object({ wanted: z.boolean() }).strict(),
    from: ['content'],
  },
  /**
   * The watch content script's reading of the page it runs in: the page address and what the
   * page says about its item. The background keeps it only when the address is evidence.
   */
  watchSeen: {
    request: z
      .object({
        url: PageUrl,
        state: z.enum(['online', 'removed', 'withheld', 'account-suspended']),
        /**
         * 'sure': the platform's own error container or the item itself; 'page': wording
         * anywhere on the page (it may be an account's own bio: it never reaches the account's
         * other items).
         */
        from: z.enum(['sure', 'page']),
        /** This "online" follows a gone state sent for the same address in the same navigation. */
        corrects: z.literal(true).optional(),
      })
      .strict(),
    response: z.undefined(),
    from: ['content'],
  },
  /** The watch script's check of the feed on its page: buttons placed, media without any. */
  feedHealth: {
    request: z
      .object({
        buttons: z.number().int().min(0).max(100000),
        mediaWithoutButton: z.boolean(),
        posts: Count.optional(),
      })
      .strict(),
    response: z.undefined(),
    from: ['content'],
  },
  /** The feed's read failures on its page since the last batch (counts by reason only). */
  feedReads: {
    request: z.object({ failures: Failures }).strict(),
    response: z.undefined(),
    from: ['content'],
  },
  /** For the popup: does the active tab's page show media Beacon could place no button on? */
  tabTrouble: {
    request: z.undefined(),
    response: z.object({ noButton: z.boolean() }).strict(),
    from: ['page'],
  },
  /** Settings › Diagnostics: the counters, the watch's state, the extension version. */
  diagnostics: {
    request: z.undefined(),
    response: z
      .object({
        counts: z.record(
          z.string(),
          z.object({
            version: z.number(),
            pages: z.number(),
            posts: z.number(),
            buttons: z.number(),
            noButton: z.number(),
            reads: z.number(),
            failures: z.record(z.string(), z.number()),
          }),
        ),
        watch: z.enum(['active', 'locked-watching', 'paused']),
        version: z.string(),
      })
      .strict(),
    from: ['page'],
  },
  clearDiagnostics: { request: z.undefined(), response: z.undefined(), from: ['page'] },
} as const;
