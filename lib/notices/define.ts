import type { Case, Evidence, Report } from '../case/model';
import type { Entry } from '../directory/schema';
import { type Lang, t } from '../i18n';
import type { NoticeId } from './ids';

/** Who signs and how to reach them; defaults to the case profile's contact. */
export type Signer = { name?: string; email?: string; phone?: string; address?: string };

export type NoticeContext = {
  kase: Case;
  now: Date;
  /** Platform the notice goes to (lib/directory platform id). */
  platform?: string;
  /** Directory entry it goes to: its name and email (mailto) are used. */
  target?: Entry;
  /** Evidence to list; default: the platform's (or the case's) items not marked removed. */
  evidence?: Evidence[];
  /** Earlier report to cite (re-report, appeal, escalation). */
  earlierReport?: Report;
  signer?: Signer;
  /** What only the user can say: the copyrighted work (DMCA), more about why it is illegal. */
  extra?: { workDescription?: string; explanation?: string };
};

/** A filled element: text, a list of lines, or nothing (missing). */
export type Filled = string | string[] | undefined;

export type ElementSpec = {
  id: string;
  /** Required by the law or form; may depend on the case (DSA: name optional for CSA offences). */
  required: boolean | ((ctx: NoticeContext) => boolean);
  fill: (ctx: NoticeContext) => Filled;
};

export type Rendered = { subject: string; body: string };

export type NoticeSpec = {
  id: NoticeId;
  jurisdiction: 'US' | 'EU' | 'any';
  elements: ElementSpec[];
  /** Languages the body is written in; others fall back to English (`fellBackTo`). */
  languages: readonly Lang[];
  /**
   * Languages `render` can also write a reader's version in, for notices that must be sent in
   * English (US law): the result then carries `readerText`, for the user to read, not to send.
   */
  readerLanguages?: readonly Lang[];
  render: (filled: Record<string, Filled>, lang: Lang, view: RenderView) => Rendered;
};

/** Helpers the renderer gets: a marker for missing elements, so none is hidden. */
export type RenderView = {
  missing: string[];
  /** The element's text, or "[missing: <label>]". */
  show: (id: string, filled: Filled) => string;
  /** A list as "- line" rows, or the missing marker. */
  list: (id: string, filled: Filled) => string;
  ctx: NoticeContext;
};

export type NoticeResult = {
  id: NoticeId;
  subject: string;
  /** Plain text to copy or print; missing elements are listed at the top and marked in place. */
  text: string;
  missing: string[];
  /** Only where email is the channel; Beacon never sends anything itself. */
  mailto?: string;
  /** Things the user must know before sending (not part of the text sent). */
  warnings: string[];
  /** Set when the body is not written in the language asked for. */
  fellBackTo?: Lang;
  /** A faithful version in the asked language, for the user to read (they send `text`). */
  readerText?: string;
};

export type Notice = NoticeSpec & {
  build: (ctx: NoticeContext, lang: Lang) => NoticeResult;
  warnings?: (lang: Lang) => string[];
};

export function defineNotice(spec: NoticeSpec & { warnings?: (lang: Lang) => string[] }): Notice {
  return { ...spec, build: (ctx, lang) => buildNotice(spec, ctx, lang) };
}

export function isEmpty(v: Filled): boolean {
  return v === undefined || (Array.isArray(v) ? v.length === 0 : v.trim() === '');
}

/** "[missing: Signature (your full name)]": the marker a notice shows in place of an element. */
export function missingMarker(lang: Lang, id: string): string {
  return `[${t(lang, 'notices.missingMarker', { element: elementLabel(lang, id) })}]`;
}

export function elementLabel(lang: Lang, id: string): string {
  return t(lang, `notices.element.${id}` as never);
}

/** The MISSING header above a notice, or '' when nothing required is missing. */
export function missingHeader(lang: Lang, missing: readonly string[]): string {
  return missing.length
    ? `${t(lang, 'notices.missingHeader', { elements: missing.map((id) => elementLabel(lang, id)).join('; ') })}\n\n`
    : '';
}

function renderText(
  spec: NoticeSpec,
  filled: Record<string, Filled>,
  missing: string[],
  ctx: NoticeContext,
  lang: Lang,
): Rendered {
  const view: RenderView = {
    missing,
    ctx,
    show: (id, v) => (isEmpty(v) ? missingMarker(lang, id) : Array.isArray(v) ? v.join(', ') : v!),
    list: (id, v) =>
      isEmpty(v)
        ? missingMarker(lang, id)
        : (Array.isArray(v) ? v : [v!]).map((l) => `- ${l}`).join('\n'),
  };
  const { subject, body } = spec.render(filled, lang, view);
  return { subject, body: `${missingHeader(lang, missing) + body.trim()}\n` };
}

function buildNotice(
  spec: NoticeSpec & { warnings?: (lang: Lang) => string[] },
  ctx: NoticeContext,
  asked: Lang,
): NoticeResult {
  const lang: Lang = spec.languages.includes(asked) ? asked : 'en';
  const filled: Record<string, Filled> = {};
  const missing: string[] = [];
  for (const el of spec.elements) {
    const value = el.fill(ctx);
    filled[el.id] = isEmpty(value) ? undefined : value;
    const required = typeof el.required === 'function' ? el.required(ctx) : el.required;
    if (required && isEmpty(value)) missing.push(el.id);
  }
  const { subject, body: text } = renderText(spec, filled, missing, ctx, lang);
  const reader =
    lang !== asked && spec.readerLanguages?.includes(asked)
      ? renderText(spec, filled, missing, ctx, asked)
      : undefined;
  const email = ctx.target?.channel.email;
  return {
    id: spec.id,
    subject,
    text,
    missing,
    mailto: email
      ? `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`
      : undefined,
    warnings: spec.warnings?.(asked) ?? [],
    fellBackTo: lang !== asked ? lang : undefined,
    readerText: reader ? `${reader.subject}\n\n${reader.body}` : undefined,
  };
}
