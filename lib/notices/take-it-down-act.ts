import type { Lang } from '../i18n';
import { contactLine, locationLines, platformLabel, signer, today } from './common';
import { defineNotice } from './define';
import { lines } from './text';

// US TAKE IT DOWN Act (Pub. L. 119-12; 47 U.S.C. 223a), https://www.congress.gov/bill/119th-congress/senate-bill/146
// A valid removal request has four elements: signature of the depicted person or someone
// authorized to act for them; identification and location of the depiction; a brief good-faith
// statement that it is not consensual; contact information. No perjury statement is required.
// The platform must remove it within 48 hours of a valid request.
// The request goes to US platforms in English; the French and Spanish texts below are the
// reader's version (`readerText`), a faithful translation the user reads but does not send.

const T = {
  en: {
    subject: 'Removal request under the TAKE IT DOWN Act (47 U.S.C. 223a)',
    to: (p: string) => `To ${p},`,
    intro:
      'This is a request to remove an intimate visual depiction published without consent, made under the TAKE IT DOWN Act (Pub. L. 119-12, 47 U.S.C. 223a). The Act requires you to remove it within 48 hours of this valid request and to make reasonable efforts to remove known identical copies.',
    location: '1. Identification and location of the intimate visual depiction:',
    goodFaithLabel: '2. Statement of good faith: ',
    goodFaith:
      'I have a good-faith belief that this intimate visual depiction was published without the consent of the person depicted.',
    minor: '   The person depicted was under 18 when it was made.',
    contact: '3. Contact information: ',
    signature: '4. Signature: /s/ ',
    acting: {
      parent:
        'I am the parent or guardian of the person depicted and am authorized to act for them.',
      advocate: 'I am authorized to act on behalf of the person depicted.',
      other: 'I am authorized to act on behalf of the person depicted.',
    },
    date: 'Date: ',
  },
  fr: {
    subject: 'Demande de retrait au titre du TAKE IT DOWN Act (47 U.S.C. 223a)',
    to: (p: string) => `À ${p},`,
    intro:
      'Ceci est une demande de retrait d’une représentation visuelle intime publiée sans consentement, faite au titre du TAKE IT DOWN Act (Pub. L. 119-12, 47 U.S.C. 223a). La loi vous oblige à la retirer dans les 48 heures suivant cette demande valide et à faire des efforts raisonnables pour retirer les copies identiques connues.',
    location: '1. Identification et emplacement de la représentation visuelle intime :',
    goodFaithLabel: '2. Déclaration de bonne foi : ',
    goodFaith:
      'Je crois de bonne foi que cette représentation visuelle intime a été publiée sans le consentement de la personne représentée.',
    minor: '   La personne représentée avait moins de 18 ans lorsqu’elle a été faite.',
    contact: '3. Coordonnées : ',
    signature: '4. Signature : /s/ ',
    acting: {
      parent:
        'Je suis le parent ou le tuteur de la personne représentée et je suis autorisé(e) à agir pour elle.',
      advocate: 'Je suis autorisé(e) à agir au nom de la personne représentée.',
      other: 'Je suis autorisé(e) à agir au nom de la personne représentée.',
    },
    date: 'Date : ',
  },
  es: {
    subject: 'Solicitud de retirada según la TAKE IT DOWN Act (47 U.S.C. 223a)',
    to: (p: string) => `A ${p}:`,
    intro:
      'Esta es una solicitud para retirar una representación visual íntima publicada sin consentimiento, hecha según la TAKE IT DOWN Act (Pub. L. 119-12, 47 U.S.C. 223a). La ley te obliga a retirarla en las 48 horas siguientes a esta solicitud válida y a hacer esfuerzos razonables para retirar las copias idénticas conocidas.',
    location: '1. Identificación y ubicación de la representación visual íntima:',
    goodFaithLabel: '2. Declaración de buena fe: ',
    goodFaith:
      'Creo de buena fe que esta representación visual íntima se publicó sin el consentimiento de la persona representada.',
    minor: '   La persona representada tenía menos de 18 años cuando se hizo.',
    contact: '3. Datos de contacto: ',
    signature: '4. Firma: /s/ ',
    acting: {
      parent:
        'Soy la madre, el padre o el tutor de la persona representada y estoy autorizado/a para actuar por ella.',
      advocate: 'Estoy autorizado/a para actuar en nombre de la persona representada.',
      other: 'Estoy autorizado/a para actuar en nombre de la persona representada.',
    },
    date: 'Fecha: ',
  },
} satisfies Record<Lang, unknown>;

type ActingRole = keyof (typeof T)['en']['acting'];
const acting = (lang: Lang, role: string) =>
  role === 'victim' ? undefined : T[lang].acting[role as ActingRole];

export const takeItDownAct = defineNotice({
  id: 'take-it-down-act',
  jurisdiction: 'US',
  // The request goes to US platforms; it is written in English only.
  languages: ['en'],
  readerLanguages: ['fr', 'es'],
  elements: [
    { id: 'signature', required: true, fill: (c) => signer(c).name },
    // Only where an image is: never a hashtag, search or account page.
    { id: 'location', required: true, fill: (c) => locationLines(c, 'en', { imagesOnly: true }) },
    { id: 'good-faith', required: true, fill: () => T.en.goodFaith },
    { id: 'contact', required: true, fill: contactLine },
    {
      id: 'authority',
      // The person depicted signs for themselves; anyone else states their authority.
      required: (c) => c.kase.profile.role !== 'victim',
      fill: (c) => acting('en', c.kase.profile.role),
    },
  ],
  render: (f, lang, v) => {
    const c = v.ctx;
    const L = T[lang];
    const role = c.kase.profile.role;
    return {
      subject: L.subject,
      body: lines(
        L.to(platformLabel(c)),
        '',
        L.intro,
        '',
        L.location,
        v.list('location', locationLines(c, lang, { imagesOnly: true })),
        '',
        `${L.goodFaithLabel}${f['good-faith'] ? L.goodFaith : v.show('good-faith', undefined)}`,
        c.kase.profile.ageAtTime === 'minor' ? L.minor : '',
        '',
        `${L.contact}${v.show('contact', f.contact)}`,
        '',
        `${L.signature}${v.show('signature', f.signature)}`,
        role !== 'victim' ? `   ${v.show('authority', acting(lang, role))}` : '',
        `${L.date}${today(c)}`,
      ),
    };
  },
});
