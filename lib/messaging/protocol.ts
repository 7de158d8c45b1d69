import { z } from 'zod';
import { CaptureMessage } from '../case/capture';
import { Id } from '../case/fields';
import { uiMessages } from './messages/ui';
import { vaultMessages } from './messages/vault';
import { watchMessages } from './messages/watch';

/**
 * One entry per message: what it carries, what it answers, and who may send it.
 * - `page`: an extension page (popup, workspace, case file) of this extension.
 * - `content`: the feed content script, from a tab's top frame on a supported platform host.
 * Feature areas add their messages in their own file (lib/messaging/messages/*.ts) and spread
 * them in here, so each stays small and owned by its feature.
 */
export type Sender = 'page' | 'content';

export type MessageSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> = {
  request: Req;
  response: Res;
  from: readonly Sender[];
};

export const WorkspaceView = z.enum([
  'home',
  'onboarding',
  'evidence',
  'proof',
  'reports',
  'next',
  'timeline',
  'settings',
  'help',
  'details',
]);
export type WorkspaceView = z.infer<typeof WorkspaceView>;

export const CaptureResult = z
  .object({
    saved: z.boolean(),
    /** Where it went: into the open vault, sealed into the inbox, or waiting for onboarding. */
    where: z.enum(['case', 'inbox', 'pending']),
    caseTitle: z.string().max(200).optional(),
    lang: z.enum(['en', 'fr', 'es']),
    /** The capture's id (its evidence id): what "Undo" names (undoCapture). */
    id: Id.optional(),
    /** Fields shortened or left out (capture.truncated), so the page that asked can say so. */
    truncated: z.array(z.string().max(40)).max(200).optional(),
    /**
     * The feed card's words in `lang` (lib/i18n/card-words.ts): kept out of the feed content
     * scripts, which must stay within 25 KB each.
     */
    words: z.record(z.string().max(40), z.string().max(400)).optional(),
  })
  .strict();
export type CaptureResult = z.infer<typeof CaptureResult>;

export const protocol = {
  ping: {
    request: z.undefined(),
    response: z.object({ version: z.string() }).strict(),
    from: ['page'],
  },
  capture: {
    request: CaptureMessage,
    response: CaptureResult,
    from: ['content'],
  },
  /**
   * Undo a recent capture (the card's and the popup's "Undo"). The popup may undo any of the
   * recent list; a content script only one made from its own tab in the last few minutes
   * (lib/vault/recent.ts mayUndo, checked against the sender the browser names).
   */
  undoCapture: {
    request: z.object({ id: Id }).strict(),
    response: z
      .object({
        where: z.enum(['case', 'inbox', 'pending']),
        /** What happened, in the person's language (the card shows it as is). */
        message: z.string().max(300),
      })
      .strict(),
    from: ['page', 'content'],
  },
  /** This browser session's recent captures (the popup's list): host, kind and time only. */
  recentCaptures: {
    request: z.undefined(),
    response: z.array(
      z
        .object({
          id: Id,
          at: z.number().int().nonnegative(),
          where: z.enum(['case', 'inbox', 'pending']),
          host: z.string().max(253),
          kind: z.string().max(20),
        })
        .strip(),
    ),
    from: ['page'],
  },
  captureActiveTab: {
    request: z.undefined(),
    response: CaptureResult,
    from: ['page'],
  },
  openWorkspace: {
    request: z.object({ view: WorkspaceView }).strict(),
    response: z.undefined(),
    from: ['page', 'content'],
  },
  /** Opens the platform's report form in a new tab after the user's click on the card. */
  openUrl: {
    request: z
      .object({
        url: z
          .string()
          .max(2048)
          .regex(/^https:\/\//),
      })
      .strict(),
    response: z.undefined(),
    from: ['page', 'content'],
  },
  ...vaultMessages,
  ...uiMessages,
  ...watchMessages,
} satisfies Record<string, MessageSpec>;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.input<Protocol[T]['request']>;
export type ParsedRequestOf<T extends MessageType> = z.output<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<Protocol[T]['response']>;
