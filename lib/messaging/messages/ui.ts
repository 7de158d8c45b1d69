import { z } from 'zod';

export { QUICK_EXIT_URL } from '../../ui/quick-exit-url';

/** Messages of the workspace shell and the popup. */
export const uiMessages = {
  /**
   * Quick exit: open the neutral page, close every Beacon tab and lock the vault. It can't hide
   * browser history, downloads or the toolbar button; the help text says so.
   */
  quickExit: { request: z.undefined(), response: z.undefined(), from: ['page'] },
} as const;
