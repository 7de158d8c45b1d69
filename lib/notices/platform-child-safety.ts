import type { Lang } from '../i18n';
import { proofLines } from './case-lines';
import {
  accountLines,
  contactLine,
  isMinorCase,
  locationLines,
  platformLabel,
  reportLines,
  today,
} from './common';
import { defineNotice } from './define';
import { AGE, hasUsDuty, ROLE } from './platform-words';
import { lines } from './text';

// The text for a platform's child-safety report form or email. Legal basis for US providers:
// 18 U.S.C. 2258A as amended by the REPORT Act (Pub. L. 118-59), https://www.law.cornell.edu/uscode/text/18/2258A
// and https://www.congress.gov/bill/118th-congress/senate-bill/474 : report apparent child sexual
// abuse material to the NCMEC CyberTipline, preserve it for one year.

const T = {
  en: {
    subject: (p: string) => `Report of child sexual exploitation — ${p}`,
    to: (p: string) => `To the ${p} child safety team,`,
    intro: (p: string) =>
      `I am reporting content on ${p} that sexually exploits a child. Please remove it, preserve it as evidence, and report it as the law requires.`,
    where: 'Where it is:',
    accounts: 'Accounts involved:',
    notGiven: '- (not given)',
    age: 'Age: ',
    by: 'Reported by: ',
    proof: 'Proof of age (I have not attached it; available on request):',
    earlier: 'Earlier reports:',
    duty: 'Providers in the United States must report apparent child sexual abuse material to the NCMEC CyberTipline (18 U.S.C. 2258A, as amended by the REPORT Act of 2024) and preserve it for one year.',
    noImages: 'I have not downloaded, saved or attached the images.',
    contact: 'Contact: ',
    noContact: 'Contact: (not given)',
    date: 'Date: ',
  },
  fr: {
    subject: (p: string) => `Signalement d’exploitation sexuelle d’enfant — ${p}`,
    to: (p: string) => `À l’équipe de protection de l’enfance de ${p},`,
    intro: (p: string) =>
      `Je signale sur ${p} du contenu d’exploitation sexuelle d’un enfant. Merci de le retirer, de le conserver comme preuve et de le signaler comme la loi l’exige.`,
    where: 'Où il se trouve :',
    accounts: 'Comptes concernés :',
    notGiven: '- (non renseigné)',
    age: 'Âge : ',
    by: 'Qui signale : ',
    proof: 'Justificatif d’âge (non joint ; disponible sur demande) :',
    earlier: 'Signalements précédents :',
    duty: 'Les fournisseurs établis aux États-Unis doivent signaler tout contenu apparent d’abus sexuel sur enfant au CyberTipline du NCMEC (18 U.S.C. 2258A, modifié par le REPORT Act de 2024) et le conserver un an.',
    noImages: 'Je n’ai ni téléchargé, ni enregistré, ni joint les images.',
    contact: 'Contact : ',
    noContact: 'Contact : (non communiqué)',
    date: 'Date : ',
  },
  es: {
    subject: (p: string) => `Denuncia de explotación sexual infantil — ${p}`,
    to: (p: string) => `Al equipo de protección infantil de ${p}:`,
    intro: (p: string) =>
      `Denuncio en ${p} un contenido que explota sexualmente a un niño, niña o adolescente. Te pido que lo retires, lo conserves como prueba y lo denuncies como exige la ley.`,
    where: 'Dónde está:',
    accounts: 'Cuentas implicadas:',
    notGiven: '- (no indicado)',
    age: 'Edad: ',
    by: 'Quién denuncia: ',
    proof: 'Prueba de edad (no la adjunto; disponible si la piden):',
    earlier: 'Denuncias anteriores:',
    duty: 'Los proveedores establecidos en Estados Unidos deben denunciar todo material aparente de abuso sexual infantil a la CyberTipline del NCMEC (18 U.S.C. 2258A, modificado por la REPORT Act de 2024) y conservarlo un año.',
    noImages: 'No he descargado, guardado ni adjuntado las imágenes.',
    contact: 'Contacto: ',
    noContact: 'Contacto: (no indicado)',
    date: 'Fecha: ',
  },
} satisfies Record<Lang, unknown>;

export const platformChildSafety = defineNotice({
  id: 'platform-child-safety',
  jurisdiction: 'any',
  languages: ['en', 'fr', 'es'],
  elements: [
    { id: 'location', required: true, fill: (c) => locationLines(c, 'en') },
    { id: 'age', required: true, fill: (c) => c.kase.profile.ageAtTime },
    { id: 'reporter', required: false, fill: (c) => c.kase.profile.role },
    { id: 'accounts', required: false, fill: accountLines },
    { id: 'proof', required: false, fill: (c) => proofLines(c, 'en') },
    { id: 'earlier-reports', required: false, fill: (c) => reportLines(c, 'en', true) },
    { id: 'contact', required: false, fill: contactLine },
  ],
  warnings: () => [],
  render: (f, lang, v) => {
    const L = T[lang];
    const c = v.ctx;
    const platform = platformLabel(c);
    const earlier = reportLines(c, lang, true);
    const proofs = proofLines(c, lang);
    const age = AGE[lang][(f.age as 'minor' | 'unknown' | 'adult') ?? 'unknown'];
    const reporter = ROLE[lang][(f.reporter as string) ?? 'other'];
    return {
      subject: L.subject(platform),
      body: lines(
        L.to(platform),
        '',
        L.intro(platform),
        '',
        L.where,
        v.list('location', locationLines(c, lang)),
        '',
        L.accounts,
        f.accounts ? v.list('accounts', f.accounts) : L.notGiven,
        '',
        `${L.age}${age}`,
        `${L.by}${reporter}`,
        proofs ? `${L.proof}\n${v.list('proof', proofs)}` : '',
        earlier ? `${L.earlier}\n${v.list('earlier-reports', earlier)}` : '',
        isMinorCase(c) && hasUsDuty(c.platform) ? `\n${L.duty}` : '',
        '',
        L.noImages,
        f.contact ? `${L.contact}${f.contact}` : L.noContact,
        `${L.date}${today(c)}`,
      ),
    };
  },
});
