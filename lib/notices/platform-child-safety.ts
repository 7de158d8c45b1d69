import type { Lang } from '../i18n';
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

// The text for a platform's child-safety report form or email. Legal basis for US providers:
// 18 U.S.C. 2258A as amended by the REPORT Act (https://www.law.cornell.edu/uscode/text/18/2258A).

/** Platforms the reference gives no US provider duty for (Telegram is not a US provider). */
const NO_US_DUTY = new Set(['telegram']);

const AGE: Record<'en' | 'fr', Record<'minor' | 'unknown' | 'adult', string>> = {
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
};

const ROLE: Record<'en' | 'fr', Record<string, string>> = {
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
};

const l2 = (lang: Lang) => (lang === 'fr' ? 'fr' : 'en');

export const platformChildSafety = defineNotice({
  id: 'platform-child-safety',
  jurisdiction: 'any',
  languages: ['en', 'fr'],
  elements: [
    { id: 'location', required: true, fill: (c) => locationLines(c, 'en') },
    { id: 'age', required: true, fill: (c) => c.kase.profile.ageAtTime },
    { id: 'reporter', required: false, fill: (c) => c.kase.profile.role },
    { id: 'accounts', required: false, fill: accountLines },
    { id: 'earlier-reports', required: false, fill: (c) => reportLines(c, 'en', true) },
    { id: 'contact', required: false, fill: contactLine },
  ],
  warnings: () => [],
  render: (f, lang, v) => {
    const L = l2(lang);
    const c = v.ctx;
    const platform = platformLabel(c);
    const locations = v.list('location', locationLines(c, L));
    const earlier = reportLines(c, L, true);
    const age = AGE[L][(f.age as 'minor' | 'unknown' | 'adult') ?? 'unknown'];
    const reporter = ROLE[L][(f.reporter as string) ?? 'other'];
    const duty = isMinorCase(c) && c.platform && !NO_US_DUTY.has(c.platform);
    if (L === 'fr') {
      return {
        subject: `Signalement d’exploitation sexuelle d’enfant — ${platform}`,
        body: [
          `À l’équipe de protection de l’enfance de ${platform},`,
          '',
          `Je signale sur ${platform} du contenu d’exploitation sexuelle d’un enfant. Merci de le retirer, de le conserver comme preuve et de le signaler comme la loi l’exige.`,
          '',
          'Où il se trouve :',
          locations,
          '',
          'Comptes concernés :',
          f.accounts ? v.list('accounts', f.accounts) : '- (non renseigné)',
          '',
          `Âge : ${age}`,
          `Qui signale : ${reporter}`,
          earlier ? `Signalements précédents :\n${v.list('earlier-reports', earlier)}` : '',
          duty
            ? '\nLes fournisseurs établis aux États-Unis doivent signaler tout contenu apparent d’abus sexuel sur enfant au CyberTipline du NCMEC (18 U.S.C. 2258A, modifié par le REPORT Act de 2024) et le conserver un an.'
            : '',
          '',
          'Je n’ai ni téléchargé, ni enregistré, ni joint les images.',
          f.contact ? `Contact : ${f.contact}` : 'Contact : (non communiqué)',
          `Date : ${today(c)}`,
        ]
          .filter((line, i, all) => line !== '' || all[i - 1] !== '')
          .join('\n'),
      };
    }
    return {
      subject: `Report of child sexual exploitation — ${platform}`,
      body: [
        `To the ${platform} child safety team,`,
        '',
        `I am reporting content on ${platform} that sexually exploits a child. Please remove it, preserve it as evidence, and report it as the law requires.`,
        '',
        'Where it is:',
        locations,
        '',
        'Accounts involved:',
        f.accounts ? v.list('accounts', f.accounts) : '- (not given)',
        '',
        `Age: ${age}`,
        `Reported by: ${reporter}`,
        earlier ? `Earlier reports:\n${v.list('earlier-reports', earlier)}` : '',
        duty
          ? '\nProviders in the United States must report apparent child sexual abuse material to the NCMEC CyberTipline (18 U.S.C. 2258A, as amended by the REPORT Act of 2024) and preserve it for one year.'
          : '',
        '',
        'I have not downloaded, saved or attached the images.',
        f.contact ? `Contact: ${f.contact}` : 'Contact: (not given)',
        `Date: ${today(c)}`,
      ]
        .filter((line, i, all) => line !== '' || all[i - 1] !== '')
        .join('\n'),
    };
  },
});
