/**
 * One place for what Beacon accepts as an address, a handle or a name from a page or a file.
 * Page text is hostile input: a page can put a newline and a second address inside a query
 * value, or bidi controls that make "gpj.exe" read as "exe.jpg". So:
 * - every stored address is a parsed WHATWG URL, kept as its normalised `href` (host lower-case
 *   and punycoded, anything unusual percent-encoded: it can never hold a line break);
 * - captured addresses are refused outright when they carry control, invisible or space
 *   characters (a clean page never produces them), and adapter captures must be https on one
 *   of the adapter's hosts;
 * - handles and names lose bidi controls and invisible characters; any that remain in page text
 *   are shown visibly escaped (⟨U+202E⟩) wherever Beacon displays or prints them.
 */

/** Bidi controls, zero-width and other invisible or format characters. */
const INVISIBLE =
  /\u034F|[\u00AD\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/g;
/** C0 and C1 control characters and DEL. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's job.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

const codePoint = (char: string) =>
  `⟨U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`;

/** True when the text holds a control, invisible or bidi character. */
export function hasHiddenCharacters(text: string): boolean {
  return new RegExp(INVISIBLE.source).test(text) || new RegExp(CONTROL.source).test(text);
}

/** A handle or a name without bidi controls, invisible characters or controls. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Several lines of text from an untrusted file (a threat's words, a note): bidi controls and
 * invisible characters go, other controls become a space; line breaks and tabs stay.
 */
export function stripInvisibleKeepLines(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(CONTROL, (c) => (c === '\n' || c === '\t' ? c : ' '))
    .trim();
}

/**
 * Page text for display or print: every control (except line breaks and tabs when
 * `multiline`), bidi or invisible character is replaced by a visible ⟨U+XXXX⟩.
 */
export function escapeInvisible(text: string, multiline = false): string {
  return text
    .replace(INVISIBLE, codePoint)
    .replace(CONTROL, (c) => (multiline && (c === '\n' || c === '\t') ? c : codePoint(c)));
}

export type UrlRule = {
  /** Schemes allowed (default http and https). */
  schemes?: readonly ('http:' | 'https:')[];
  /** When given, the host must be one of these (lower case). */
  hosts?: readonly string[];
  /** Refuse control, invisible and space characters instead of letting the parser drop them. */
  strict?: boolean;
};

export type UrlResult = { ok: true; url: string } | { ok: false; reason: string };

export const MAX_URL_LENGTH = 2048;

/** Parse and normalise one address; the reason says plainly why it is refused. */
export function normaliseUrl(value: string, rule: UrlRule = {}): UrlResult {
  const schemes = rule.schemes ?? ['http:', 'https:'];
  if (value.length > MAX_URL_LENGTH) return { ok: false, reason: 'the address is too long' };
  if (rule.strict && (hasHiddenCharacters(value) || /\s/.test(value))) {
    return { ok: false, reason: 'the address holds spaces, line breaks or hidden characters' };
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, reason: 'this is not a web address' };
  }
  if (!(schemes as readonly string[]).includes(url.protocol)) {
    return {
      ok: false,
      reason:
        schemes.length === 1
          ? 'the address must start with https://'
          : 'must be an http(s) address',
    };
  }
  if (url.username || url.password) {
    return { ok: false, reason: 'the address hides a user name before its host' };
  }
  if (!url.hostname) return { ok: false, reason: 'the address has no host' };
  if (rule.hosts && !rule.hosts.includes(url.hostname)) {
    return { ok: false, reason: `the address is not on the platform’s own site (${url.hostname})` };
  }
  return { ok: true, url: url.href };
}
