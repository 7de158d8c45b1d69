import type { Lang } from '../i18n';
import { proofLines, sextortionLines } from './case-lines';
import {
  accountLines,
  contactLine,
  firstSeen,
  locationLines,
  reportLines,
  signer,
  today,
} from './common';
import { defineNotice } from './define';
import { lines } from './text';

// What hotlines ask for (https://report.cybertip.org/faqs, https://www.iwf.org.uk/report): the
// address only (never the files), what it is, when it was seen, the accounts, earlier reports
// to platforms; the reporter's name and contact are optional (most hotlines accept anonymous
// reports; location helps routing). The proof of age and the sextortion record are stated when
// the case has them: a refusal despite proof is what a hotline can act on.

const T = {
  en: {
    subject: 'Report summary',
    intro:
      'Summary of a report, prepared with Beacon. It lists addresses only: no images are attached.',
    category: 'What it is',
    minor: 'Suspected child sexual abuse material (the person pictured was under 18).',
    unknown: 'Sexual images of a person who may be under 18.',
    adult: 'Intimate images of an adult shared without consent.',
    sextortion: 'The person pictured is being threatened (sextortion).',
    where: 'Where it is',
    accounts: 'Accounts involved',
    country: 'Country of the person pictured',
    first: 'First seen',
    reports: 'Reports already made',
    none: '(none)',
    contact: 'Contact',
    anonymous: '(not given)',
    proof: 'Proof of age (not attached; available on request)',
    threat: 'The threats (sextortion)',
    date: 'Date',
    sep: ': ',
  },
  fr: {
    subject: 'Résumé de signalement',
    intro:
      'Résumé d’un signalement, préparé avec Beacon. Il ne contient que des adresses : aucune image n’est jointe.',
    category: 'Nature du contenu',
    minor:
      'Contenu présumé d’abus sexuel sur enfant (la personne représentée avait moins de 18 ans).',
    unknown: 'Images sexuelles d’une personne qui a peut-être moins de 18 ans.',
    adult: 'Images intimes d’une personne majeure diffusées sans son consentement.',
    sextortion: 'La personne représentée est menacée (sextorsion).',
    where: 'Où il se trouve',
    accounts: 'Comptes concernés',
    country: 'Pays de la personne représentée',
    first: 'Vu pour la première fois',
    reports: 'Signalements déjà faits',
    none: '(aucun)',
    contact: 'Contact',
    anonymous: '(non communiqué)',
    proof: 'Justificatif d’âge (non joint ; disponible sur demande)',
    threat: 'Les menaces (sextorsion)',
    date: 'Date',
    sep: ' : ',
  },
  es: {
    subject: 'Resumen de denuncia',
    intro:
      'Resumen de una denuncia, preparado con Beacon. Solo contiene direcciones: no se adjunta ninguna imagen.',
    category: 'Qué es',
    minor:
      'Presunto material de abuso sexual infantil (la persona que aparece tenía menos de 18 años).',
    unknown: 'Imágenes sexuales de una persona que puede ser menor de 18 años.',
    adult: 'Imágenes íntimas de una persona adulta difundidas sin su consentimiento.',
    sextortion: 'La persona que aparece está siendo amenazada (sextorsión).',
    where: 'Dónde está',
    accounts: 'Cuentas implicadas',
    country: 'País de la persona que aparece',
    first: 'Visto por primera vez',
    reports: 'Denuncias ya hechas',
    none: '(ninguna)',
    contact: 'Contacto',
    anonymous: '(no indicado)',
    proof: 'Prueba de edad (no adjunta; disponible si la piden)',
    threat: 'Las amenazas (sextorsión)',
    date: 'Fecha',
    sep: ': ',
  },
} satisfies Record<Lang, unknown>;
const l2 = (lang: Lang) => lang;

export const hotlineSummary = defineNotice({
  id: 'hotline-summary',
  jurisdiction: 'any',
  languages: ['en', 'fr', 'es'],
  elements: [
    { id: 'category', required: true, fill: (c) => c.kase.profile.ageAtTime },
    { id: 'location', required: true, fill: (c) => locationLines(c, 'en') },
    { id: 'age', required: true, fill: (c) => c.kase.profile.ageAtTime },
    { id: 'accounts', required: false, fill: accountLines },
    { id: 'country', required: false, fill: (c) => c.kase.profile.country },
    { id: 'first-seen', required: false, fill: firstSeen },
    { id: 'earlier-reports', required: false, fill: (c) => reportLines(c, 'en') },
    { id: 'proof', required: false, fill: (c) => proofLines(c, 'en') },
    { id: 'sextortion', required: false, fill: (c) => sextortionLines(c, 'en') },
    {
      id: 'contact',
      required: false,
      fill: (c) => [signer(c).name, contactLine(c)].filter(Boolean).join(', ') || undefined,
    },
  ],
  render: (f, lang, v) => {
    const L = T[l2(lang)];
    const c = v.ctx;
    const age = c.kase.profile.ageAtTime;
    const reports = reportLines(c, l2(lang));
    const proofs = proofLines(c, lang);
    const threats = sextortionLines(c, lang);
    return {
      subject: L.subject,
      body: lines(
        L.intro,
        '',
        `${L.category}${L.sep}${L[age]}`,
        c.kase.profile.sextortion ? L.sextortion : '',
        '',
        `${L.where}${L.sep.trimEnd()}`,
        v.list('location', locationLines(c, l2(lang))),
        '',
        `${L.accounts}${L.sep.trimEnd()}`,
        f.accounts ? v.list('accounts', f.accounts) : L.none,
        '',
        `${L.country}${L.sep}${c.kase.profile.country}`,
        f['first-seen'] ? `${L.first}${L.sep}${f['first-seen']}` : '',
        '',
        `${L.reports}${L.sep.trimEnd()}`,
        reports ? v.list('earlier-reports', reports) : L.none,
        '',
        proofs ? `${L.proof}${L.sep.trimEnd()}\n${v.list('proof', proofs)}` : '',
        '',
        threats ? `${L.threat}${L.sep.trimEnd()}\n${v.list('sextortion', threats)}` : '',
        '',
        `${L.contact}${L.sep}${f.contact ?? L.anonymous}`,
        `${L.date}${L.sep}${today(c)}`,
      ),
    };
  },
});
