import { z } from 'zod';

/** Messages of the removal watch (lib/watch). */
export const watchMessages = {
  /**
   * The watch content script's reading of the page it runs in: the page address and what the
   * page says about its item. The background keeps it only when the address is evidence.
   */
  watchSeen: {
    request: z
      .object({
        url: z
          .string()
          .max(2048)
          .regex(/^https:\/\//),
        state: z.enum(['online', 'removed', 'withheld', 'account-suspended']),
      })
      .strict(),
    response: z.undefined(),
    from: ['content'],
  },
} as const;
