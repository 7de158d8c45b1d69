import { z } from 'zod';
import { LINK_HOSTS, PLATFORM_GRAMMAR } from '../platforms/grammar';
import { PLATFORM_HOSTS, PLATFORM_IDS } from '../platforms/hosts';
import { normaliseUrl, stripInvisible, type UrlRule } from './normalise';

/**
 * What one capture records: metadata only. Media addresses are kept as text and are never
 * fetched or rendered anywhere in Beacon (safety rule 1).
 *
 * `Capture` is the trust boundary for page data (the router parses every capture with it once).
 * It accepts over-long fields and then shortens or leaves them out, noting each in `truncated`,
 * so a long title or a huge `data:` image source never costs the user the whole capture; it
 * normalises every address (lib/case/normalise.ts) and refuses, with a reason, a capture whose
 * own address is forged (a line break, a second URL, another site for an adapter capture).
 */
const LIMIT = { text: 500, subject: 500, name: 200, handle: 200, postId: 200, media: 50 } as const;
/** Far above any real value: beyond this the message itself is hostile and refused. */
const HARD = 100_000;
const loose = z.string().max(HARD);

/**
 * Every field the boundary below may shorten or leave out: the only names a `truncated` note
 * can hold. A capture comes from a content script that passes on what the page shows, so a
 * note it claims ("text", or anything a page could slip in) is kept only when it names one of
 * these, once; the background adds its own notes for what it shortened.
 */
export const TRUNCATABLE: readonly string[] = [
  'text',
  'subject',
  'postId',
  'media',
  'author.handle',
  'author.displayName',
  'author.profileUrl',
  'quoted.permalink',
  'quoted.handle',
  'quoted.postId',
  ...Array.from({ length: LIMIT.media }, (_, i) => `media[${i}].address`),
];
const KNOWN_NOTES = new Set(TRUNCATABLE);

/** Notes as read (a message, a stored or imported capture): known field names only, once each. */
const TruncatedNotes = z
  .array(z.string().max(40))
  .max(200)
  .transform((notes) => [...new Set(notes.filter((n) => KNOWN_NOTES.has(n)))]);

export const MediaKind = z.enum(['image', 'video', 'gif', 'unknown']);
export type MediaKind = z.infer<typeof MediaKind>;

export const CapturedMedia = z
  .object({
    kind: MediaKind,
    /** Plain text. Never loaded. */
    address: loose.optional(),
  })
  .strict();

export const CaptureKind = z.enum(['post', 'account', 'search', 'page', 'link', 'media']);
export type CaptureKind = z.infer<typeof CaptureKind>;

export const CapturePlatform = z.enum(['web', ...PLATFORM_IDS]);

export const CaptureVia = z.enum(['shortcut', 'context-menu', 'command', 'popup', 'manual']);
export type CaptureVia = z.infer<typeof CaptureVia>;

export const SelectorTier = z.enum(['testid', 'aria', 'structure', 'url']);

/** The capture as sent, before cleaning (also how a stored capture is read back, leniently). */
export const RawCapture = z
  .object({
    kind: CaptureKind,
    platform: CapturePlatform,
    permalink: loose.optional(),
    postId: loose.optional(),
    author: z
      .object({
        handle: loose.optional(),
        displayName: loose.optional(),
        profileUrl: loose.optional(),
      })
      .strict()
      .optional(),
    postedAt: z.iso.datetime({ offset: true }).optional(),
    text: loose.optional(),
    media: z.array(CapturedMedia).max(1000).default([]),
    quoted: z
      .object({ permalink: loose.optional(), handle: loose.optional(), postId: loose.optional() })
      .strict()
      .optional(),
    /** For account, hashtag and search captures: what was captured ("@name", "#tag", "q"). */
    subject: loose.optional(),
    pageUrl: loose,
    capturedAt: z.iso.datetime({ offset: true }),
    adapter: z
      .object({
        id: z.string().max(40),
        version: z.number().int().nonnegative(),
        tier: SelectorTier,
      })
      .strict()
      .optional(),
    via: CaptureVia,
    /** Fields shortened or left out when the capture was taken ("text", "media[0].address"). */
    truncated: TruncatedNotes.optional(),
  })
  .strict();
type Raw = z.output<typeof RawCapture>;

/** Cleaning and checking of a raw capture (the body of `Capture` and `CaptureMessage`). */
function cleanCapture(raw: Raw, ctx: z.RefinementCtx): Raw {
  const notes = new Set(raw.truncated ?? []);
  const grammar = PLATFORM_GRAMMAR[raw.platform];
  // An adapter read this from a platform page: its addresses must be that platform's, https.
  const rule: UrlRule =
    raw.adapter && raw.platform !== 'web'
      ? {
          schemes: ['https:'],
          hosts: [...PLATFORM_HOSTS[raw.platform], ...(LINK_HOSTS[raw.platform] ?? [])],
          strict: true,
        }
      : { strict: true };
  const required = (value: string, path: string) => {
    const result = normaliseUrl(value, rule);
    if (result.ok) return result.url;
    ctx.addIssue({ code: 'custom', path: [path], message: result.reason });
    return value;
  };
  const optionalUrl = (value: string | undefined, path: string) => {
    if (value === undefined) return undefined;
    const result = normaliseUrl(value, rule);
    if (!result.ok) notes.add(path);
    return result.ok ? result.url : undefined;
  };
  const shorten = (value: string | undefined, max: number, path: string) => {
    if (value === undefined || value.length <= max) return value;
    notes.add(path);
    return value.slice(0, max);
  };
  const handleOf = (value: string | undefined, path: string) => {
    if (value === undefined) return undefined;
    const clean = stripInvisible(value);
    if (clean.length <= LIMIT.handle && grammar.handle.test(clean)) return clean;
    notes.add(path);
    return undefined;
  };
  const idOf = (value: string | undefined, path: string) => {
    if (value === undefined) return undefined;
    if (value.length <= LIMIT.postId && grammar.postId.test(value)) return value;
    notes.add(path);
    return undefined;
  };

  const pageUrl = required(raw.pageUrl, 'pageUrl');
  const permalink = raw.permalink === undefined ? undefined : required(raw.permalink, 'permalink');
  if (raw.media.length > LIMIT.media) notes.add('media');
  const media = raw.media.slice(0, LIMIT.media).map((m, i) => {
    const address = m.address;
    // A data:/blob: source IS the image (or points at it in the page): never kept. A long
    // address is left out rather than cut (a cut address is a different address).
    const keep = address !== undefined && address.length <= 2048 && !/^(data|blob):/i.test(address);
    if (address !== undefined && !keep) notes.add(`media[${i}].address`);
    return keep ? { kind: m.kind, address } : { kind: m.kind };
  });
  const author = raw.author && {
    handle: handleOf(raw.author.handle, 'author.handle'),
    displayName: shorten(
      raw.author.displayName === undefined ? undefined : stripInvisible(raw.author.displayName),
      LIMIT.name,
      'author.displayName',
    ),
    profileUrl: optionalUrl(raw.author.profileUrl, 'author.profileUrl'),
  };
  const quoted = raw.quoted && {
    permalink: optionalUrl(raw.quoted.permalink, 'quoted.permalink'),
    handle: handleOf(raw.quoted.handle, 'quoted.handle'),
    postId: idOf(raw.quoted.postId, 'quoted.postId'),
  };
  const out: Raw = {
    ...raw,
    pageUrl,
    permalink,
    postId: idOf(raw.postId, 'postId'),
    author: author && definedOnly(author),
    text: shorten(raw.text, LIMIT.text, 'text'),
    media,
    quoted: quoted && definedOnly(quoted),
    subject: shorten(raw.subject, LIMIT.subject, 'subject'),
    truncated: notes.size ? [...notes] : undefined,
  };
  return definedOnly(out) as Raw;
}

/** A capture read back (waiting in the inbox, built in the background): its notes are kept. */
export const Capture = RawCapture.transform(cleanCapture);

/**
 * A capture as a content script sends it (the router's `capture` message). No content script
 * sets `truncated`: the background notes what it shortened or left out itself. A note in the
 * message is ignored, not refused (the capture is kept), so a page that drives a content script
 * can't make Beacon claim that the page's words were cut.
 */
export const CaptureMessage = RawCapture.extend({
  truncated: z
    .unknown()
    .optional()
    .transform(() => undefined),
}).transform(cleanCapture);

function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export type Capture = z.output<typeof Capture>;
/** What the content script builds before the background validates it. */
export type CaptureInput = z.input<typeof Capture>;
