import { type Lang, t } from '../i18n';
import { contactLine, locationLines, platformLabel, signer, today } from './common';
import { defineNotice } from './define';
import { lines } from './text';

// US DMCA, 17 U.S.C. 512(c)(3)(A), https://www.law.cornell.edu/uscode/text/17/512 : signature;
// identification of the copyrighted work (a selfie belongs to the person who took it);
// identification and location of the infringing material; contact information; good-faith
// statement that the use is not authorized; statement that the information is accurate and,
// under penalty of perjury, that the sender is authorized. Platforms often forward it to the
// uploader: see the warning. Sent in English; French and Spanish are the reader's version.

const T = {
  en: {
    subject: 'DMCA notice of copyright infringement (17 U.S.C. 512(c)(3))',
    to: (p: string) => `To the designated copyright agent of ${p},`,
    work: '1. Copyrighted work:',
    where: '2. Infringing material and where it is:',
    contact: '3. Contact information: ',
    goodFaith:
      'I have a good faith belief that use of the material in the manner complained of is not authorized by the copyright owner, its agent, or the law.',
    accuracy:
      'The information in this notification is accurate, and under penalty of perjury, I am the owner, or authorized to act on behalf of the owner, of an exclusive right that is allegedly infringed.',
    signature: 'Signature: /s/ ',
    date: 'Date: ',
  },
  fr: {
    subject: 'Notification DMCA de violation du droit d’auteur (17 U.S.C. 512(c)(3))',
    to: (p: string) => `À l’agent désigné pour le droit d’auteur de ${p},`,
    work: '1. Œuvre protégée :',
    where: '2. Contenu contrefaisant et où il se trouve :',
    contact: '3. Coordonnées : ',
    goodFaith:
      'Je crois de bonne foi que l’utilisation du contenu dont je me plains n’est autorisée ni par le titulaire du droit d’auteur, ni par son représentant, ni par la loi.',
    accuracy:
      'Les informations de cette notification sont exactes et, sous peine de parjure, je suis le titulaire, ou autorisé(e) à agir au nom du titulaire, d’un droit exclusif qui serait violé.',
    signature: 'Signature : /s/ ',
    date: 'Date : ',
  },
  es: {
    subject: 'Aviso DMCA de infracción de derechos de autor (17 U.S.C. 512(c)(3))',
    to: (p: string) => `Al agente designado para derechos de autor de ${p}:`,
    work: '1. Obra protegida:',
    where: '2. Material infractor y dónde está:',
    contact: '3. Datos de contacto: ',
    goodFaith:
      'Creo de buena fe que el uso del material denunciado no está autorizado por el titular de los derechos de autor, su representante ni la ley.',
    accuracy:
      'La información de este aviso es exacta y, bajo pena de perjurio, soy el titular, o estoy autorizado/a para actuar en nombre del titular, de un derecho exclusivo que se estaría infringiendo.',
    signature: 'Firma: /s/ ',
    date: 'Fecha: ',
  },
} satisfies Record<Lang, unknown>;

export const dmca512 = defineNotice({
  id: 'dmca-512',
  jurisdiction: 'US',
  languages: ['en'],
  readerLanguages: ['fr', 'es'],
  elements: [
    { id: 'signature', required: true, fill: (c) => signer(c).name },
    // Only the user can say what the work is and that they own it.
    { id: 'work', required: true, fill: (c) => c.extra?.workDescription },
    { id: 'location', required: true, fill: (c) => locationLines(c, 'en', { imagesOnly: true }) },
    {
      id: 'contact',
      required: true,
      fill: (c) => {
        const s = signer(c);
        const rest = contactLine(c);
        return s.name && rest ? `${s.name}, ${rest}` : rest;
      },
    },
    { id: 'good-faith', required: true, fill: () => T.en.goodFaith },
    { id: 'accuracy', required: true, fill: () => T.en.accuracy },
  ],
  warnings: (lang: Lang) => [t(lang, 'notices.warning.dmca-uploader')],
  render: (f, lang, v) => {
    const L = T[lang];
    return {
      subject: L.subject,
      body: lines(
        L.to(platformLabel(v.ctx)),
        '',
        L.work,
        `   ${v.show('work', f.work)}`,
        '',
        L.where,
        v.list('location', locationLines(v.ctx, lang, { imagesOnly: true })),
        '',
        `${L.contact}${v.show('contact', f.contact)}`,
        '',
        `4. ${f['good-faith'] ? L.goodFaith : v.show('good-faith', undefined)}`,
        '',
        `5. ${f.accuracy ? L.accuracy : v.show('accuracy', undefined)}`,
        '',
        `${L.signature}${v.show('signature', f.signature)}`,
        `${L.date}${today(v.ctx)}`,
      ),
    };
  },
});
