import type { Lang } from '../i18n';
import {
  accountLines,
  contactLine,
  evidenceOf,
  isImageLocation,
  isMinorCase,
  locationLines,
  platformLabel,
  today,
} from './common';
import { defineNotice, type Filled, type NoticeContext } from './define';
import { hasUsDuty } from './platform-words';
import { clean, lines } from './text';

// "This hashtag / this account is used to share or sell child sexual abuse material": it names
// the hashtag, search page or account, gives example posts from the case, and asks for
// delisting and review. The US provider duty it cites is 18 U.S.C. 2258A as amended by the
// REPORT Act (https://www.law.cornell.edu/uscode/text/18/2258A). A hashtag page is never called
// the location of an image here or anywhere (see take-it-down-act.ts).

const T = {
  en: {
    subject: (p: string) => `Hashtag or account used to share child sexual abuse material — ${p}`,
    to: (p: string) => `To the ${p} child safety team,`,
    intro:
      'The hashtags, searches or accounts below are used to share or sell child sexual abuse material.',
    targets: 'Hashtags, searches and accounts:',
    examples: 'Example posts (from my records):',
    none: '- (none recorded)',
    ask: 'Please delist these hashtags and searches from search and recommendations, review the accounts and every post that uses them, remove the child sexual abuse material, and preserve and report it as the law requires.',
    duty: 'Providers in the United States must report apparent child sexual abuse material to the NCMEC CyberTipline (18 U.S.C. 2258A, as amended by the REPORT Act of 2024).',
    noImages: 'I have not downloaded, saved or attached any image.',
    contact: 'Contact: ',
    noContact: 'Contact: (not given)',
    date: 'Date: ',
  },
  fr: {
    subject: (p: string) =>
      `Hashtag ou compte utilisé pour diffuser des contenus d’abus sexuel sur enfant — ${p}`,
    to: (p: string) => `À l’équipe de protection de l’enfance de ${p},`,
    intro:
      'Les hashtags, recherches ou comptes ci-dessous servent à diffuser ou vendre des contenus d’abus sexuel sur enfant.',
    targets: 'Hashtags, recherches et comptes :',
    examples: 'Exemples de publications (de mon dossier) :',
    none: '- (aucun enregistré)',
    ask: 'Merci de retirer ces hashtags et recherches des résultats et des recommandations, d’examiner les comptes et toutes les publications qui les utilisent, de retirer les contenus d’abus sexuel sur enfant, de les conserver et de les signaler comme la loi l’exige.',
    duty: 'Les fournisseurs établis aux États-Unis doivent signaler tout contenu apparent d’abus sexuel sur enfant au CyberTipline du NCMEC (18 U.S.C. 2258A, modifié par le REPORT Act de 2024).',
    noImages: 'Je n’ai ni téléchargé, ni enregistré, ni joint aucune image.',
    contact: 'Contact : ',
    noContact: 'Contact : (non communiqué)',
    date: 'Date : ',
  },
  es: {
    subject: (p: string) =>
      `Hashtag o cuenta usada para difundir material de abuso sexual infantil — ${p}`,
    to: (p: string) => `Al equipo de protección infantil de ${p}:`,
    intro:
      'Los hashtags, búsquedas o cuentas de abajo se usan para difundir o vender material de abuso sexual infantil.',
    targets: 'Hashtags, búsquedas y cuentas:',
    examples: 'Ejemplos de publicaciones (de mi expediente):',
    none: '- (ninguno registrado)',
    ask: 'Te pido que quites estos hashtags y búsquedas de los resultados y las recomendaciones, revises las cuentas y todas las publicaciones que los usan, retires el material de abuso sexual infantil y lo conserves y denuncies como exige la ley.',
    duty: 'Los proveedores establecidos en Estados Unidos deben denunciar todo material aparente de abuso sexual infantil a la CyberTipline del NCMEC (18 U.S.C. 2258A, modificado por la REPORT Act de 2024).',
    noImages: 'No he descargado, guardado ni adjuntado ninguna imagen.',
    contact: 'Contacto: ',
    noContact: 'Contacto: (no indicado)',
    date: 'Fecha: ',
  },
} satisfies Record<Lang, unknown>;

/** The hashtag, search and account pages captured; else the accounts that posted the items. */
export function listedTargets(ctx: NoticeContext): Filled {
  const pages = evidenceOf(ctx)
    .filter((e) => !isImageLocation(e) && e.url)
    .map((e) => {
      const name = clean(e.subject, 200) ?? clean(e.author?.handle, 200);
      return name ? `${name} — ${e.url}` : e.url!;
    });
  if (pages.length) return pages;
  return accountLines(ctx);
}

export const hashtagAccount = defineNotice({
  id: 'hashtag-account',
  jurisdiction: 'any',
  languages: ['en', 'fr', 'es'],
  elements: [
    { id: 'targets', required: true, fill: listedTargets },
    { id: 'examples', required: false, fill: (c) => locationLines(c, 'en', { imagesOnly: true }) },
    { id: 'contact', required: false, fill: contactLine },
  ],
  render: (f, lang, v) => {
    const L = T[lang];
    const c = v.ctx;
    const platform = platformLabel(c);
    const examples = locationLines(c, lang, { imagesOnly: true });
    return {
      subject: L.subject(platform),
      body: lines(
        L.to(platform),
        '',
        L.intro,
        '',
        L.targets,
        v.list('targets', f.targets),
        '',
        L.examples,
        examples ? v.list('examples', examples) : L.none,
        '',
        L.ask,
        isMinorCase(c) && hasUsDuty(c.platform) ? `\n${L.duty}` : '',
        '',
        L.noImages,
        f.contact ? `${L.contact}${f.contact}` : L.noContact,
        `${L.date}${today(c)}`,
      ),
    };
  },
});
