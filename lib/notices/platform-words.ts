import type { Lang } from '../i18n';

// Words shared by the texts sent to platforms (report, appeal, hashtag/account request).

/** Platforms the sources give no US provider duty for (Telegram is not a US provider). */
const NO_US_DUTY = new Set(['telegram']);

/** Whether 18 U.S.C. 2258A (report to NCMEC) binds this platform as a US provider. */
export function hasUsDuty(platform: string | undefined): boolean {
  return !!platform && !NO_US_DUTY.has(platform);
}

export const AGE: Record<Lang, Record<'minor' | 'unknown' | 'adult', string>> = {
  en: {
    minor: 'The person pictured was under 18 when the images were made.',
    unknown: 'The person pictured may be under 18; please treat this as a child-safety report.',
    adult: 'The person pictured is an adult; the images are shared without consent.',
  },
  fr: {
    minor: 'La personne représentée avait moins de 18 ans lorsque les images ont été faites.',
    unknown:
      'La personne représentée a peut-être moins de 18 ans ; merci de traiter ce signalement comme relevant de la protection de l’enfance.',
    adult: 'La personne représentée est majeure ; les images sont diffusées sans son consentement.',
  },
  es: {
    minor: 'La persona que aparece tenía menos de 18 años cuando se hicieron las imágenes.',
    unknown:
      'La persona que aparece puede ser menor de 18 años; trata esta denuncia como un caso de protección infantil.',
    adult: 'La persona que aparece es adulta; las imágenes se difunden sin su consentimiento.',
  },
};

export const ROLE: Record<Lang, Record<string, string>> = {
  en: {
    victim: 'the person pictured',
    parent: 'a parent or guardian of the person pictured',
    advocate: 'an advocate acting for the person pictured',
    other: 'someone who saw the content',
  },
  fr: {
    victim: 'la personne représentée',
    parent: 'un parent ou tuteur de la personne représentée',
    advocate: 'une personne qui accompagne la personne représentée',
    other: 'une personne qui a vu le contenu',
  },
  es: {
    victim: 'la persona que aparece',
    parent: 'la madre, el padre o el tutor de la persona que aparece',
    advocate: 'una persona que acompaña a la persona que aparece',
    other: 'alguien que vio el contenido',
  },
};
