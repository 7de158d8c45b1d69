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
import { clean, lines } from './text';

// A covering letter for the printed case file: who reports, what happened, where, which
// accounts, every report and answer with dates, and what is asked (investigate, preserve).
// Police need to reach the reporter, so name and contact are required here.

const T = {
  en: {
    subject: 'Report of online sexual exploitation — case file attached',
    to: 'To the police,',
    intro: (n: number, first: string) =>
      `I am reporting the online sharing of sexual images${first ? ` first seen on ${first}` : ''}. My case file lists ${n} item(s) with their addresses and dates.`,
    minor: 'The person pictured was under 18 when the images were made.',
    unknown: 'The person pictured may have been under 18.',
    adult: 'The person pictured is an adult and did not consent to the sharing.',
    sextortion:
      'The person pictured is being threatened: images are used to demand money or more images.',
    victim: 'The person pictured',
    where: 'Where the content is (or was)',
    accounts: 'Accounts involved',
    reports: 'Reports made and answers received',
    none: '(none)',
    ask: 'I ask you to investigate, and to request the platforms to preserve the content and account data. I have not downloaded or kept copies of the images; the addresses above locate them.',
    from: 'From',
    contact: 'Contact',
    signature: 'Signature',
    date: 'Date',
    proof: 'Proof of age (not attached; I can give it to you on request)',
    threat: 'The threats (sextortion)',
    sep: ': ',
  },
  fr: {
    subject: 'Signalement d’exploitation sexuelle en ligne — dossier joint',
    to: 'Madame, Monsieur,',
    intro: (n: number, first: string) =>
      `Je signale la diffusion en ligne d’images sexuelles${first ? `, vues pour la première fois le ${first}` : ''}. Mon dossier recense ${n} élément(s) avec leurs adresses et dates.`,
    minor: 'La personne représentée avait moins de 18 ans lorsque les images ont été faites.',
    unknown: 'La personne représentée avait peut-être moins de 18 ans.',
    adult: 'La personne représentée est majeure et n’a pas consenti à la diffusion.',
    sextortion:
      'La personne représentée est menacée : les images servent à exiger de l’argent ou d’autres images.',
    victim: 'La personne représentée',
    where: 'Où se trouve (ou se trouvait) le contenu',
    accounts: 'Comptes concernés',
    reports: 'Signalements faits et réponses reçues',
    none: '(aucun)',
    ask: 'Je vous demande d’enquêter et de demander aux plateformes de conserver le contenu et les données des comptes. Je n’ai ni téléchargé ni conservé de copie des images ; les adresses ci-dessus permettent de les retrouver.',
    from: 'De',
    contact: 'Contact',
    signature: 'Signature',
    date: 'Date',
    proof: 'Justificatif d’âge (non joint ; je peux vous le remettre sur demande)',
    threat: 'Les menaces (sextorsion)',
    sep: ' : ',
  },
  es: {
    subject: 'Denuncia de explotación sexual en línea — expediente adjunto',
    to: 'A la policía:',
    intro: (n: number, first: string) =>
      `Denuncio la difusión en línea de imágenes sexuales${first ? `, vistas por primera vez el ${first}` : ''}. Mi expediente recoge ${n} elemento(s) con sus direcciones y fechas.`,
    minor: 'La persona que aparece tenía menos de 18 años cuando se hicieron las imágenes.',
    unknown: 'La persona que aparece podía tener menos de 18 años.',
    adult: 'La persona que aparece es adulta y no consintió la difusión.',
    sextortion:
      'La persona que aparece está siendo amenazada: usan las imágenes para exigir dinero o más imágenes.',
    victim: 'La persona que aparece',
    where: 'Dónde está (o estaba) el contenido',
    accounts: 'Cuentas implicadas',
    reports: 'Denuncias hechas y respuestas recibidas',
    none: '(ninguna)',
    ask: 'Pido que investiguen y que soliciten a las plataformas conservar el contenido y los datos de las cuentas. No he descargado ni guardado copias de las imágenes; las direcciones de arriba permiten encontrarlas.',
    from: 'De',
    contact: 'Contacto',
    signature: 'Firma',
    date: 'Fecha',
    proof: 'Prueba de edad (no adjunta; puedo entregarla si la piden)',
    threat: 'Las amenazas (sextorsión)',
    sep: ': ',
  },
} satisfies Record<Lang, unknown>;
const l2 = (lang: Lang) => lang;

export const policeLetter = defineNotice({
  id: 'police-letter',
  jurisdiction: 'any',
  languages: ['en', 'fr', 'es'],
  elements: [
    { id: 'signature', required: true, fill: (c) => signer(c).name },
    { id: 'contact', required: true, fill: contactLine },
    // The victim's name appears only in this letter, and only if the user entered it.
    { id: 'victim', required: false, fill: (c) => c.kase.profile.victimName },
    { id: 'location', required: true, fill: (c) => locationLines(c, 'en') },
    { id: 'accounts', required: false, fill: accountLines },
    { id: 'earlier-reports', required: false, fill: (c) => reportLines(c, 'en') },
    { id: 'first-seen', required: false, fill: firstSeen },
    { id: 'proof', required: false, fill: (c) => proofLines(c, 'en') },
    { id: 'sextortion', required: false, fill: (c) => sextortionLines(c, 'en') },
  ],
  render: (f, lang, v) => {
    const L = T[l2(lang)];
    const c = v.ctx;
    const reports = reportLines(c, l2(lang));
    const locations = locationLines(c, l2(lang));
    const count = Array.isArray(locations) ? locations.length : 0;
    const proofs = proofLines(c, lang);
    const threats = sextortionLines(c, lang);
    return {
      subject: L.subject,
      body: lines(
        L.to,
        '',
        L.intro(count, (f['first-seen'] as string) ?? ''),
        L[c.kase.profile.ageAtTime],
        c.kase.profile.sextortion ? L.sextortion : '',
        f.victim ? `${L.victim}${L.sep}${clean(String(f.victim), 200)}` : '',
        '',
        `${L.where}${L.sep.trimEnd()}`,
        v.list('location', locations),
        '',
        `${L.accounts}${L.sep.trimEnd()}`,
        f.accounts ? v.list('accounts', f.accounts) : L.none,
        '',
        `${L.reports}${L.sep.trimEnd()}`,
        reports ? v.list('earlier-reports', reports) : L.none,
        '',
        proofs ? `${L.proof}${L.sep.trimEnd()}\n${v.list('proof', proofs)}` : '',
        '',
        threats ? `${L.threat}${L.sep.trimEnd()}\n${v.list('sextortion', threats)}` : '',
        '',
        L.ask,
        '',
        `${L.from}${L.sep}${v.show('signature', f.signature)}`,
        `${L.contact}${L.sep}${v.show('contact', f.contact)}`,
        `${L.signature}${L.sep}${v.show('signature', f.signature)}`,
        `${L.date}${L.sep}${today(c)}`,
      ),
    };
  },
});
