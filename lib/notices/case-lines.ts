import type { Case, Proof, Report } from '../case/model';
import { platformName } from '../directory';
import type { Lang } from '../i18n';
import { isoDay } from './common';
import type { Filled, NoticeContext } from './define';
import { clean } from './text';

// Lines the notices share about what the family recorded: the proof of age (which document,
// sent to whom and when — never the document or its number) and the sextortion record.

const PROOF_TYPE: Record<Lang, Record<Proof['type'], string>> = {
  en: {
    'birth-certificate': 'a birth certificate',
    passport: 'a passport',
    'national-id': 'a national identity card',
    'school-id': 'a school identity card',
    'photo-at-age': 'a dated photo showing the age',
    other: 'a document showing the age',
  },
  fr: {
    'birth-certificate': 'un acte de naissance',
    passport: 'un passeport',
    'national-id': 'une carte nationale d’identité',
    'school-id': 'une carte scolaire',
    'photo-at-age': 'une photo datée montrant l’âge',
    other: 'un document montrant l’âge',
  },
  es: {
    'birth-certificate': 'un acta de nacimiento',
    passport: 'un pasaporte',
    'national-id': 'un documento nacional de identidad',
    'school-id': 'un carné escolar',
    'photo-at-age': 'una foto con fecha que muestra la edad',
    other: 'un documento que muestra la edad',
  },
};

const PROOF_WORDS: Record<
  Lang,
  { sentTo: string; on: string; ref: string; notSent: string; onRequest: string }
> = {
  en: {
    sentTo: 'sent to',
    on: 'on',
    ref: 'ref.',
    notSent: 'not sent yet',
    onRequest: 'available on request',
  },
  fr: {
    sentTo: 'envoyé à',
    on: 'le',
    ref: 'réf.',
    notSent: 'pas encore envoyé',
    onRequest: 'disponible sur demande',
  },
  es: {
    sentTo: 'enviado a',
    on: 'el',
    ref: 'ref.',
    notSent: 'todavía no enviado',
    onRequest: 'disponible si lo piden',
  },
};

/** The reports a proof was sent with, oldest first (drafts don't count: nothing left). */
export function proofReports(kase: Case, proof: Proof): Report[] {
  return kase.reports
    .filter((r) => proof.sentWith.includes(r.id) && r.status !== 'draft')
    .sort((a, b) => (a.sentAt ?? a.createdAt).localeCompare(b.sentAt ?? b.createdAt));
}

function reportPlace(r: Report): string {
  return r.platform ? platformName(r.platform) : (clean(r.targetName, 200) ?? '');
}

/**
 * One line per proof of age: which document, to whom and when it was sent, "available on
 * request". The label, file name and notes are never used (they may hold a name or a number).
 */
export function proofLines(ctx: NoticeContext, lang: Lang): Filled {
  const w = PROOF_WORDS[lang];
  const lines = ctx.kase.proofs.map((p) => {
    const sent = proofReports(ctx.kase, p).map((r) => {
      const ref = r.reference ? ` (${w.ref} ${clean(r.reference, 200)})` : '';
      return `${w.sentTo} ${reportPlace(r)} ${w.on} ${isoDay(r.sentAt ?? r.createdAt)}${ref}`;
    });
    const what = PROOF_TYPE[lang][p.type];
    const head = what.charAt(0).toUpperCase() + what.slice(1);
    const [colon, semi] = lang === 'fr' ? [' : ', ' ; '] : [': ', '; '];
    return `${head}${colon}${sent.length ? sent.join(semi) : w.notSent}${semi}${w.onRequest}.`;
  });
  return lines.length ? lines : undefined;
}

const SX: Record<
  Lang,
  {
    who: string;
    started: string;
    demands: string;
    demand: Record<'money' | 'more-images' | 'meeting' | 'other', string>;
    payment: string;
    kind: Record<'gift-card' | 'crypto-wallet' | 'payment-handle' | 'bank' | 'other', string>;
    threats: string;
    shared: string;
    answer: Record<'yes' | 'no' | 'unknown', string>;
  }
> = {
  en: {
    who: 'Account making the threats',
    started: 'Where the contact started',
    demands: 'What they demand',
    demand: { money: 'money', 'more-images': 'more images', meeting: 'a meeting', other: 'other' },
    payment: 'Payment details they gave',
    kind: {
      'gift-card': 'gift card',
      'crypto-wallet': 'crypto wallet',
      'payment-handle': 'payment account',
      bank: 'bank account',
      other: 'other',
    },
    threats: 'Threats received',
    shared: 'Images already shared by them',
    answer: { yes: 'yes', no: 'no', unknown: 'not known' },
  },
  fr: {
    who: 'Compte qui menace',
    started: 'Où le contact a commencé',
    demands: 'Ce qui est exigé',
    demand: {
      money: 'de l’argent',
      'more-images': 'd’autres images',
      meeting: 'une rencontre',
      other: 'autre',
    },
    payment: 'Moyens de paiement donnés',
    kind: {
      'gift-card': 'carte cadeau',
      'crypto-wallet': 'portefeuille crypto',
      'payment-handle': 'compte de paiement',
      bank: 'compte bancaire',
      other: 'autre',
    },
    threats: 'Menaces reçues',
    shared: 'Images déjà diffusées par cette personne',
    answer: { yes: 'oui', no: 'non', unknown: 'on ne sait pas' },
  },
  es: {
    who: 'Cuenta que amenaza',
    started: 'Dónde empezó el contacto',
    demands: 'Qué exige',
    demand: {
      money: 'dinero',
      'more-images': 'más imágenes',
      meeting: 'un encuentro',
      other: 'otra cosa',
    },
    payment: 'Datos de pago que dio',
    kind: {
      'gift-card': 'tarjeta de regalo',
      'crypto-wallet': 'billetera de criptomonedas',
      'payment-handle': 'cuenta de pago',
      bank: 'cuenta bancaria',
      other: 'otro',
    },
    threats: 'Amenazas recibidas',
    shared: 'Imágenes ya difundidas por esa persona',
    answer: { yes: 'sí', no: 'no', unknown: 'no se sabe' },
  },
};

/**
 * The sextortion record as lines for the police letter and the hotline summary: who threatens,
 * where it started, the demands, the payment details (police ask for these), each threat with
 * its date, and whether images were already shared. Undefined when the case has no record.
 */
export function sextortionLines(ctx: NoticeContext, lang: Lang): Filled {
  const s = ctx.kase.sextortion;
  if (!s) return undefined;
  const w = SX[lang];
  const sep = lang === 'fr' ? ' : ' : ': ';
  const out: string[] = [];
  const who = [
    clean(s.threatener.handle, 200),
    clean(s.threatener.profileUrl, 2048),
    s.threatener.platform ? `(${platformName(s.threatener.platform)})` : undefined,
  ].filter(Boolean);
  if (who.length) out.push(`${w.who}${sep}${who.join(' ')}`);
  const started = clean(s.contactStartedOn);
  if (started) out.push(`${w.started}${sep}${started}`);
  const demands = s.demands.map((d) => w.demand[d]);
  const note = clean(s.demandNote, 1000);
  if (demands.length || note) {
    out.push(`${w.demands}${sep}${[demands.join(', '), note].filter(Boolean).join(' — ')}`);
  }
  for (const p of s.paymentDetails) {
    const value = clean(p.value);
    if (!value) continue;
    const extra = clean(p.note, 300);
    out.push(`${w.payment}${sep}${w.kind[p.kind]} ${value}${extra ? ` (${extra})` : ''}`);
  }
  for (const th of [...s.threats].sort((a, b) => a.at.localeCompare(b.at))) {
    const text = clean(th.text, 500);
    out.push(`${w.threats}${sep}${isoDay(th.at)}${text ? ` — ${text}` : ''}`);
  }
  out.push(`${w.shared}${sep}${w.answer[s.alreadyShared]}`);
  return out;
}
