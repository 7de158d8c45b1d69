import type { Report } from '../case/model';
import { routesFor } from '../directory';
import type { Lang } from '../i18n';
import { proofLines } from './case-lines';
import { contactLine, isMinorCase, isoDay, locationLines, platformLabel, today } from './common';
import { defineNotice, type Filled, type NoticeContext } from './define';
import { AGE, hasUsDuty } from './platform-words';
import { clean, lines } from './text';

// The appeal after a refused or unanswered platform report: it cites the earlier report (date,
// reference, the platform's answer), the proof of age and when it was sent, and the duty that
// applies where the platform is established or where the family lives. Sources:
// - US provider duty, 18 U.S.C. 2258A as amended by the REPORT Act (Pub. L. 118-59):
//   https://www.law.cornell.edu/uscode/text/18/2258A
// - US TAKE IT DOWN Act, 48-hour removal (Pub. L. 119-12, 47 U.S.C. 223a):
//   https://www.congress.gov/bill/119th-congress/senate-bill/146
// - EU Digital Services Act, Article 16 notice and Article 20 free internal complaint within six
//   months of the decision: https://eur-lex.europa.eu/eli/reg/2022/2065/oj
// - UK Online Safety Act 2023 (sharing intimate images without consent is a priority offence):
//   https://www.legislation.gov.uk/ukpga/2023/50 ; reports to the IWF https://www.iwf.org.uk
//   and CEOP https://www.ceop.police.uk
// - Australia, Online Safety Act 2021 s77 (eSafety removal notices, 24 hours):
//   https://www.esafety.gov.au/report
// Where these sources are silent for a country, the notice says no specific duty is cited.

type Words = {
  subject: (p: string, date: string, ref: string) => string;
  to: (p: string) => string;
  toAny: (p: string) => string;
  refused: (date: string, ref: string, answered: string) => string;
  unanswered: (date: string, ref: string) => string;
  answer: string;
  still: string;
  proof: string;
  law: string;
  noLaw: string;
  ask: string;
  noImages: string;
  contact: string;
  noContact: string;
  date: string;
  duty: Record<'us' | 'tida' | 'euComplaint' | 'euNotice' | 'gb' | 'au', string>;
};

const T: Record<Lang, Words> = {
  en: {
    subject: (p, date, ref) => `Request to review your decision — ${p} report of ${date}${ref}`,
    to: (p) => `To the ${p} child safety team,`,
    toAny: (p) => `To ${p},`,
    refused: (date, ref, answered) =>
      `I reported the content below on ${date}${ref}. On ${answered} you answered that you would not remove it. I ask you to review that decision.`,
    unanswered: (date, ref) =>
      `I reported the content below on ${date}${ref} and have had no answer. I ask you to act on it now.`,
    answer: 'Your answer:',
    still: 'The content is still online:',
    proof: 'Proof of age (I have not attached it; available on request):',
    law: 'The law that applies:',
    noLaw:
      'Beacon’s sources cite no specific legal duty for this platform and country; I rely on your own rules.',
    ask: 'Please review the content again, remove it, preserve it as evidence, report it as the law requires, and tell me your decision and its reasons.',
    noImages: 'I have not downloaded, saved or attached the images.',
    contact: 'Contact: ',
    noContact: 'Contact: (not given)',
    date: 'Date: ',
    duty: {
      us: 'As a provider in the United States, you must report apparent child sexual abuse material to the NCMEC CyberTipline as soon as reasonably possible after you learn of it, and preserve it for one year (18 U.S.C. 2258A, as amended by the REPORT Act of 2024).',
      tida: 'Under the TAKE IT DOWN Act (Pub. L. 119-12, 47 U.S.C. 223a), you must remove an intimate visual depiction within 48 hours of a valid removal request.',
      euComplaint:
        'This is a complaint through your internal complaint-handling system under Article 20 of the Digital Services Act (Regulation (EU) 2022/2065), which must be free of charge and open for six months after your decision on my notice (Article 16).',
      euNotice:
        'My report was a notice under Article 16 of the Digital Services Act (Regulation (EU) 2022/2065): you must confirm receipt and decide on it (Article 16(4) and (5)).',
      gb: 'In the United Kingdom, the Online Safety Act 2023 makes sharing intimate images without consent a priority offence: services must minimise how long such content stays up. I am also reporting it to the Internet Watch Foundation and to CEOP.',
      au: 'In Australia, the eSafety Commissioner can issue a removal notice that must be complied with within 24 hours (Online Safety Act 2021, s77). I will report it to eSafety if it stays online.',
    },
  },
  fr: {
    subject: (p, date, ref) =>
      `Demande de réexamen de votre décision — signalement ${p} du ${date}${ref}`,
    to: (p) => `À l’équipe de protection de l’enfance de ${p},`,
    toAny: (p) => `À ${p},`,
    refused: (date, ref, answered) =>
      `J’ai signalé le contenu ci-dessous le ${date}${ref}. Le ${answered}, vous avez répondu que vous ne le retireriez pas. Je vous demande de réexaminer cette décision.`,
    unanswered: (date, ref) =>
      `J’ai signalé le contenu ci-dessous le ${date}${ref} et n’ai reçu aucune réponse. Je vous demande d’agir maintenant.`,
    answer: 'Votre réponse :',
    still: 'Le contenu est toujours en ligne :',
    proof: 'Justificatif d’âge (non joint ; disponible sur demande) :',
    law: 'Le droit applicable :',
    noLaw:
      'Les sources de Beacon ne citent pas d’obligation légale précise pour cette plateforme et ce pays ; je m’appuie sur vos propres règles.',
    ask: 'Merci de réexaminer le contenu, de le retirer, de le conserver comme preuve, de le signaler comme la loi l’exige et de m’informer de votre décision et de ses motifs.',
    noImages: 'Je n’ai ni téléchargé, ni enregistré, ni joint les images.',
    contact: 'Contact : ',
    noContact: 'Contact : (non communiqué)',
    date: 'Date : ',
    duty: {
      us: 'En tant que fournisseur établi aux États-Unis, vous devez signaler tout contenu apparent d’abus sexuel sur enfant au CyberTipline du NCMEC dès que raisonnablement possible après en avoir eu connaissance, et le conserver un an (18 U.S.C. 2258A, modifié par le REPORT Act de 2024).',
      tida: 'En vertu du TAKE IT DOWN Act (Pub. L. 119-12, 47 U.S.C. 223a), vous devez retirer une représentation visuelle intime dans les 48 heures suivant une demande de retrait valide.',
      euComplaint:
        'Ceci est une réclamation via votre système interne de traitement des réclamations, au titre de l’article 20 du règlement sur les services numériques (règlement (UE) 2022/2065), qui doit être gratuit et ouvert pendant six mois après votre décision sur ma notification (article 16).',
      euNotice:
        'Mon signalement était une notification au titre de l’article 16 du règlement sur les services numériques (règlement (UE) 2022/2065) : vous devez en accuser réception et statuer (article 16, paragraphes 4 et 5).',
      gb: 'Au Royaume-Uni, l’Online Safety Act 2023 fait de la diffusion d’images intimes sans consentement une infraction prioritaire : les services doivent réduire au minimum la durée de mise en ligne de ces contenus. Je le signale aussi à l’Internet Watch Foundation et au CEOP.',
      au: 'En Australie, le commissaire eSafety peut émettre un avis de retrait à exécuter dans les 24 heures (Online Safety Act 2021, art. 77). Je le signalerai à eSafety s’il reste en ligne.',
    },
  },
  es: {
    subject: (p, date, ref) =>
      `Solicitud de revisión de tu decisión — denuncia en ${p} del ${date}${ref}`,
    to: (p) => `Al equipo de protección infantil de ${p}:`,
    toAny: (p) => `A ${p}:`,
    refused: (date, ref, answered) =>
      `Denuncié el contenido de abajo el ${date}${ref}. El ${answered} respondiste que no lo retirarías. Te pido que revises esa decisión.`,
    unanswered: (date, ref) =>
      `Denuncié el contenido de abajo el ${date}${ref} y no he recibido respuesta. Te pido que actúes ahora.`,
    answer: 'Tu respuesta:',
    still: 'El contenido sigue en línea:',
    proof: 'Prueba de edad (no la adjunto; disponible si la piden):',
    law: 'La ley aplicable:',
    noLaw:
      'Las fuentes de Beacon no citan ninguna obligación legal concreta para esta plataforma y este país; me baso en tus propias normas.',
    ask: 'Te pido que revises de nuevo el contenido, lo retires, lo conserves como prueba, lo denuncies como exige la ley y me informes de tu decisión y sus motivos.',
    noImages: 'No he descargado, guardado ni adjuntado las imágenes.',
    contact: 'Contacto: ',
    noContact: 'Contacto: (no indicado)',
    date: 'Fecha: ',
    duty: {
      us: 'Como proveedor establecido en Estados Unidos, debes denunciar todo material aparente de abuso sexual infantil a la CyberTipline del NCMEC lo antes razonablemente posible después de conocerlo, y conservarlo un año (18 U.S.C. 2258A, modificado por la REPORT Act de 2024).',
      tida: 'Según la TAKE IT DOWN Act (Pub. L. 119-12, 47 U.S.C. 223a), debes retirar una representación visual íntima en las 48 horas siguientes a una solicitud de retirada válida.',
      euComplaint:
        'Esta es una reclamación a través de tu sistema interno de gestión de reclamaciones, según el artículo 20 de la Ley de Servicios Digitales (Reglamento (UE) 2022/2065), que debe ser gratuito y estar abierto seis meses después de tu decisión sobre mi notificación (artículo 16).',
      euNotice:
        'Mi denuncia era una notificación según el artículo 16 de la Ley de Servicios Digitales (Reglamento (UE) 2022/2065): debes acusar recibo y decidir sobre ella (artículo 16, apartados 4 y 5).',
      gb: 'En el Reino Unido, la Online Safety Act 2023 hace de la difusión de imágenes íntimas sin consentimiento un delito prioritario: los servicios deben reducir al mínimo el tiempo que ese contenido sigue en línea. También lo denuncio a la Internet Watch Foundation y al CEOP.',
      au: 'En Australia, el comisionado de eSafety puede emitir un aviso de retirada que debe cumplirse en 24 horas (Online Safety Act 2021, art. 77). Lo denunciaré a eSafety si sigue en línea.',
    },
  },
};

/** The report appealed: the one the step cites, else the platform's latest report sent. */
export function appealedReport(ctx: NoticeContext): Report | undefined {
  if (ctx.earlierReport) return ctx.earlierReport;
  return ctx.kase.reports
    .filter((r) => r.status !== 'draft' && (!ctx.platform || r.platform === ctx.platform))
    .sort((a, b) => (a.sentAt ?? a.createdAt).localeCompare(b.sentAt ?? b.createdAt))
    .at(-1);
}

const REFUSED_LIKE = new Set<Report['status']>(['refused', 'partly-removed']);

/** The duties that apply, as keys of `Words.duty`: where the platform is, where the family lives. */
export function appealDuties(ctx: NoticeContext): (keyof Words['duty'])[] {
  const out: (keyof Words['duty'])[] = [];
  const country = ctx.kase.profile.country.toUpperCase();
  const report = appealedReport(ctx);
  if (isMinorCase(ctx) && hasUsDuty(ctx.platform)) out.push('us');
  if (country === 'US') out.push('tida');
  if (routesFor(country)?.eu) {
    out.push(report && REFUSED_LIKE.has(report.status) ? 'euComplaint' : 'euNotice');
  }
  if (country === 'GB') out.push('gb');
  if (country === 'AU') out.push('au');
  return out;
}

function earlierFill(ctx: NoticeContext): Filled {
  const r = appealedReport(ctx);
  if (!r) return undefined;
  const ref = r.reference ? `, ref. ${clean(r.reference, 200)}` : '';
  return `${isoDay(r.sentAt ?? r.createdAt)}${ref}: ${r.status}`;
}

export const platformAppeal = defineNotice({
  id: 'platform-appeal',
  jurisdiction: 'any',
  languages: ['en', 'fr', 'es'],
  elements: [
    { id: 'earlier-report', required: true, fill: earlierFill },
    { id: 'location', required: true, fill: (c) => locationLines(c, 'en') },
    { id: 'age', required: true, fill: (c) => c.kase.profile.ageAtTime },
    { id: 'proof', required: false, fill: (c) => proofLines(c, 'en') },
    { id: 'duty', required: false, fill: (c) => appealDuties(c).map((d) => T.en.duty[d]) },
    { id: 'contact', required: false, fill: contactLine },
  ],
  render: (f, lang, v) => {
    const L = T[lang];
    const c = v.ctx;
    const platform = platformLabel(c);
    const r = appealedReport(c);
    const date = r ? (isoDay(r.sentAt ?? r.createdAt) ?? '') : v.show('earlier-report', undefined);
    const reference = r?.reference ? clean(r.reference, 200) : undefined;
    const ref = reference ? ` (ref. ${reference})` : '';
    const refused = !!r && REFUSED_LIKE.has(r.status);
    const answer = clean(r?.answer, 1000);
    const proofs = proofLines(c, lang);
    const duties = appealDuties(c).map((d) => L.duty[d]);
    const age = AGE[lang][c.kase.profile.ageAtTime];
    return {
      subject: L.subject(platform, r ? date : today(c), ref),
      body: lines(
        isMinorCase(c) ? L.to(platform) : L.toAny(platform),
        '',
        refused
          ? L.refused(date, ref, isoDay(r?.answeredAt ?? r?.updatedAt) ?? '')
          : L.unanswered(date, ref),
        answer ? `${L.answer} “${answer}”` : '',
        '',
        L.still,
        v.list('location', locationLines(c, lang)),
        '',
        age,
        '',
        proofs ? `${L.proof}\n${v.list('proof', proofs)}` : '',
        '',
        L.law,
        duties.length ? duties.map((d) => `- ${d}`).join('\n') : `- ${L.noLaw}`,
        '',
        L.ask,
        '',
        L.noImages,
        f.contact ? `${L.contact}${f.contact}` : L.noContact,
        `${L.date}${today(c)}`,
      ),
    };
  },
});
