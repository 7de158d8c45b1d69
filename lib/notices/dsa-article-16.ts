import type { Lang } from '../i18n';
import { isMinorCase, locationLines, platformLabel, signer, today } from './common';
import { defineNotice, type Filled } from './define';
import { lines } from './text';

// EU Digital Services Act (Regulation (EU) 2022/2065, https://eur-lex.europa.eu/eli/reg/2022/2065/oj),
// Article 16(2): (a) a substantiated
// explanation of why the content is illegal; (b) its exact electronic location; (c) the
// notifier's name and email — not required for offences under Articles 3 to 7 of Directive
// 2011/93/EU (child sexual abuse), so the notice may be anonymous there; (d) a statement of
// good-faith belief that the notice is accurate and complete (Article 16(2), https://eur-lex.europa.eu/eli/reg/2022/2065/oj).

/** The child-sexual-abuse exception of Article 16(2)(c) applies to this case. */
function csaOffence(c: { kase: { profile: { ageAtTime: string } } }): boolean {
  return c.kase.profile.ageAtTime !== 'adult';
}

const T = {
  en: {
    subject: 'Notice under Article 16 of Regulation (EU) 2022/2065 (Digital Services Act)',
    to: (p: string) => `To ${p},`,
    intro:
      'I notify you of illegal content on your service, under Article 16 of the Digital Services Act.',
    a: '(a) Why the content is illegal:',
    minor:
      'The content is child sexual abuse material: it sexually depicts a person under 18. Producing, distributing and making it available are offences under Articles 3 to 7 of Directive 2011/93/EU.',
    adult:
      'The content shows intimate images of an adult, shared without their consent; sharing them violates their rights and is an offence in many Member States.',
    b: '(b) Exact electronic location:',
    c: '(c) Name and email of the notifier:',
    anonymous:
      'Not given. This notice concerns offences under Articles 3 to 7 of Directive 2011/93/EU, for which Article 16(2)(c) does not require them.',
    d: '(d) I confirm my bona fide belief that the information and allegations in this notice are accurate and complete.',
    after:
      'Please confirm receipt (Article 16(4)), and inform me of your decision and of the redress available (Articles 16(5) and 17).',
    date: 'Date: ',
  },
  fr: {
    subject:
      'Notification au titre de l’article 16 du règlement (UE) 2022/2065 (règlement sur les services numériques)',
    to: (p: string) => `À ${p},`,
    intro:
      'Je vous notifie un contenu illicite sur votre service, au titre de l’article 16 du règlement sur les services numériques.',
    a: '(a) Pourquoi le contenu est illicite :',
    minor:
      'Le contenu est du matériel d’abus sexuel sur enfant : il représente de façon sexuelle une personne de moins de 18 ans. Le produire, le diffuser et le rendre accessible sont des infractions visées aux articles 3 à 7 de la directive 2011/93/UE.',
    adult:
      'Le contenu montre des images intimes d’une personne majeure, diffusées sans son consentement ; leur diffusion porte atteinte à ses droits et constitue une infraction dans de nombreux États membres.',
    b: '(b) Emplacement électronique exact :',
    c: '(c) Nom et adresse e-mail de l’auteur de la notification :',
    anonymous:
      'Non communiqués. La notification concerne des infractions visées aux articles 3 à 7 de la directive 2011/93/UE, pour lesquelles l’article 16, paragraphe 2, point c), ne les exige pas.',
    d: '(d) Je déclare croire de bonne foi que les informations et allégations contenues dans la présente notification sont exactes et complètes.',
    after:
      'Merci d’accuser réception (article 16, paragraphe 4) et de m’informer de votre décision et des voies de recours possibles (article 16, paragraphe 5, et article 17).',
    date: 'Date : ',
  },
  es: {
    subject:
      'Notificación según el artículo 16 del Reglamento (UE) 2022/2065 (Ley de Servicios Digitales)',
    to: (p: string) => `A ${p}:`,
    intro:
      'Te notifico un contenido ilícito en tu servicio, según el artículo 16 de la Ley de Servicios Digitales.',
    a: '(a) Por qué el contenido es ilícito:',
    minor:
      'El contenido es material de abuso sexual infantil: representa de forma sexual a una persona menor de 18 años. Producirlo, difundirlo y ponerlo a disposición son delitos según los artículos 3 a 7 de la Directiva 2011/93/UE.',
    adult:
      'El contenido muestra imágenes íntimas de una persona adulta difundidas sin su consentimiento; difundirlas vulnera sus derechos y es delito en muchos Estados miembros.',
    b: '(b) Ubicación electrónica exacta:',
    c: '(c) Nombre y correo electrónico de quien notifica:',
    anonymous:
      'No se indican. Esta notificación se refiere a delitos de los artículos 3 a 7 de la Directiva 2011/93/UE, para los que el artículo 16, apartado 2, letra c), no los exige.',
    d: '(d) Declaro que creo de buena fe que la información y las alegaciones de esta notificación son exactas y completas.',
    after:
      'Te pido que acuses recibo (artículo 16, apartado 4) y que me informes de tu decisión y de las vías de recurso (artículo 16, apartado 5, y artículo 17).',
    date: 'Fecha: ',
  },
} satisfies Record<Lang, unknown>;

const l2 = (lang: Lang) => lang;

export const dsaArticle16 = defineNotice({
  id: 'dsa-article-16',
  jurisdiction: 'EU',
  languages: ['en', 'fr', 'es'],
  elements: [
    {
      id: 'explanation',
      required: true,
      fill: (c) => c.extra?.explanation ?? (isMinorCase(c) ? T.en.minor : T.en.adult),
    },
    { id: 'location', required: true, fill: (c) => locationLines(c, 'en') },
    {
      id: 'notifier',
      required: (c) => !csaOffence(c),
      fill: (c): Filled => {
        const s = signer(c);
        return s.name && s.email ? `${s.name} <${s.email}>` : undefined;
      },
    },
    {
      id: 'good-faith',
      required: true,
      fill: () => 'confirmed',
    },
  ],
  render: (f, lang, v) => {
    const L = T[l2(lang)];
    const c = v.ctx;
    const explanation = c.extra?.explanation ?? (isMinorCase(c) ? L.minor : L.adult);
    const notifier = f.notifier
      ? String(f.notifier)
      : csaOffence(c)
        ? L.anonymous
        : v.show('notifier', undefined);
    return {
      subject: L.subject,
      body: lines(
        L.to(platformLabel(c)),
        '',
        L.intro,
        '',
        L.a,
        explanation,
        '',
        L.b,
        v.list('location', locationLines(c, l2(lang))),
        '',
        L.c,
        notifier,
        '',
        L.d,
        '',
        L.after,
        `${L.date}${today(c)}`,
      ),
    };
  },
});
