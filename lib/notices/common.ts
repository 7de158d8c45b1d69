import type { Evidence, Report } from '../case/model';
import { platformName } from '../directory';
import type { Lang } from '../i18n';
import type { Filled, NoticeContext, Signer } from './define';
import { clean } from './text';

// Fill helpers shared by the notices. Dates in notices are ISO (YYYY-MM-DD, UTC) so a reader in
// any country reads them the same way. Media addresses are never listed: the post's address is
// enough to locate it, and Beacon treats media addresses as text it never opens.

export function isoDay(iso: string | undefined): string | undefined {
  return iso ? iso.slice(0, 10) : undefined;
}

export function today(ctx: NoticeContext): string {
  return ctx.now.toISOString().slice(0, 10);
}

/** Evidence the notice is about: given, else the platform's (or the case's) items still up. */
export function evidenceOf(ctx: NoticeContext): Evidence[] {
  if (ctx.evidence) return ctx.evidence;
  return ctx.kase.evidence.filter(
    (e) => e.status !== 'removed' && (!ctx.platform || e.platform === ctx.platform),
  );
}

const WORDS: Record<Lang, { by: string; posted: string; id: string; seen: string }> = {
  en: { by: 'posted by', posted: 'on', id: 'post id', seen: 'seen' },
  fr: { by: 'publié par', posted: 'le', id: 'identifiant', seen: 'vu le' },
  es: { by: 'publicado por', posted: 'el', id: 'id', seen: 'visto el' },
};

/** Kinds of capture that are a list or a person, never the place of an image itself. */
const NOT_AN_IMAGE: ReadonlySet<Evidence['kind']> = new Set(['search', 'account']);

/** Items that can be the location of an image: not a hashtag/search page, not an account page. */
export function isImageLocation(e: Evidence): boolean {
  return !NOT_AN_IMAGE.has(e.kind);
}

/**
 * One line per item: the address, then who posted it and when (what a reviewer needs).
 * `imagesOnly` leaves out hashtag, search and account pages (a TAKE IT DOWN or DMCA notice
 * names where an image is; a hashtag page is not that place).
 */
export function locationLines(
  ctx: NoticeContext,
  lang: Lang,
  options: { imagesOnly?: boolean } = {},
): Filled {
  const w = WORDS[lang];
  const lines = evidenceOf(ctx)
    .filter((e) => e.url && (!options.imagesOnly || isImageLocation(e)))
    .map((e) => {
      const parts = [e.url!];
      const handle = clean(e.author?.handle, 200);
      const who = handle ? `${w.by} ${handle}` : undefined;
      const when = e.postedAt ? `${w.posted} ${isoDay(e.postedAt)}` : undefined;
      const posted = [who, when].filter(Boolean).join(' ');
      const postId = clean(e.postId, 200);
      const detail = [posted, postId ? `${w.id} ${postId}` : undefined].filter(Boolean).join(', ');
      if (detail) parts.push(`(${detail})`);
      return parts.join(' ');
    });
  return lines.length ? lines : undefined;
}

export function urls(ctx: NoticeContext): string[] {
  return evidenceOf(ctx).flatMap((e) => (e.url ? [e.url] : []));
}

/** Accounts that posted or sold the content: profile address and handle, once each. */
export function accountLines(ctx: NoticeContext): Filled {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of evidenceOf(ctx)) {
    const a = e.author;
    if (!a?.handle && !a?.profileUrl) continue;
    const key = a.profileUrl ?? a.handle!;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([clean(a.handle, 200), a.profileUrl].filter(Boolean).join(' — '));
  }
  // Account pages captured on their own count too.
  for (const e of evidenceOf(ctx)) {
    if (e.kind === 'account' && e.url && !seen.has(e.url)) {
      seen.add(e.url);
      out.push(e.url);
    }
  }
  return out.length ? out : undefined;
}

export function signer(ctx: NoticeContext): Signer {
  const s = { ...ctx.kase.profile.contact, ...ctx.signer };
  return {
    name: clean(s.name, 200),
    email: clean(s.email, 320),
    phone: clean(s.phone, 60),
    address: clean(s.address, 500),
  };
}

export function contactLine(ctx: NoticeContext): Filled {
  const s = signer(ctx);
  const parts = [s.email, s.phone, s.address].filter((v): v is string => !!v?.trim());
  return parts.length ? parts.join(' · ') : undefined;
}

const STATUS: Record<Lang, Record<Report['status'], string>> = {
  en: {
    draft: 'draft',
    sent: 'no answer yet',
    acknowledged: 'acknowledged',
    'no-answer': 'no answer',
    refused: 'refused',
    removed: 'removed',
    'partly-removed': 'partly removed',
    reappeared: 'removed, then back online',
  },
  fr: {
    draft: 'brouillon',
    sent: 'pas encore de réponse',
    acknowledged: 'accusé de réception',
    'no-answer': 'pas de réponse',
    refused: 'refusé',
    removed: 'retiré',
    'partly-removed': 'retiré en partie',
    reappeared: 'retiré puis remis en ligne',
  },
  es: {
    draft: 'borrador',
    sent: 'sin respuesta todavía',
    acknowledged: 'acuse de recibo',
    'no-answer': 'sin respuesta',
    refused: 'rechazado',
    removed: 'retirado',
    'partly-removed': 'retirado en parte',
    reappeared: 'retirado y vuelto a publicar',
  },
};

/** Earlier reports, oldest first: date, where, reference, outcome. */
export function reportLines(ctx: NoticeContext, lang: Lang, onlyPlatform = false): Filled {
  const reports = ctx.kase.reports
    .filter((r) => r.status !== 'draft')
    .filter((r) => !onlyPlatform || !ctx.platform || r.platform === ctx.platform)
    .sort((a, b) => (a.sentAt ?? a.createdAt).localeCompare(b.sentAt ?? b.createdAt));
  const lines = reports.map((r) => {
    const name = clean(r.targetName, 200) ?? '';
    const where = r.platform ? `${platformName(r.platform)} (${name})` : name;
    const ref = r.reference ? `, ref. ${clean(r.reference, 200)}` : '';
    const answered = r.answeredAt ? ` ${isoDay(r.answeredAt)}` : '';
    return `${isoDay(r.sentAt ?? r.createdAt)} — ${where}${ref}: ${STATUS[lang][r.status]}${answered}`;
  });
  return lines.length ? lines : undefined;
}

export function platformLabel(ctx: NoticeContext): string {
  if (ctx.platform) return platformName(ctx.platform);
  return ctx.target?.name ?? '';
}

/** The earliest time any listed item was captured or posted (when it was first seen). */
export function firstSeen(ctx: NoticeContext): string | undefined {
  const times = evidenceOf(ctx)
    .map((e) => e.capturedAt ?? e.createdAt)
    .sort();
  return isoDay(times[0]);
}

export function isMinorCase(ctx: NoticeContext): boolean {
  return ctx.kase.profile.ageAtTime !== 'adult';
}
