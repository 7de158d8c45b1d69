import { type CountryDirectory, countryEntries } from '../schema';

// Each entry's `source` is the public page that states its facts.
const entry = countryEntries('BE', ['fr', 'nl']);

export const be: CountryDirectory = {
  routes: {
    country: 'BE',
    eu: true,
    emergency: 'be-emergency-112',
    hotlines: ['be-child-focus-hotline'],
    police: ['be-police-101'],
    childSupport: ['be-child-focus-116000', 'be-awel-102', 'be-ecoute-enfants-103'],
    adultSupport: [],
    sextortion: ['be-child-focus-116000'],
    crisis: ['be-child-focus-116000'],
  },
  entries: entry([
    {
      id: 'be-emergency-112',
      kind: 'emergency',
      name: '112',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '112' },
      source: 'https://www.police.be/5998/fr/contact/numeros-durgence',
      confirmed: true,
    },
    {
      id: 'be-police-101',
      kind: 'law-enforcement',
      name: 'Police 101',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '101' },
      prepare: ['case-file'],
      source: 'https://www.police.be/5998/fr/contact/numeros-durgence',
      confirmed: true,
    },
    {
      id: 'be-child-focus-hotline',
      kind: 'hotline',
      name: 'Child Focus — stopchildporno.be',
      languages: ['en', 'fr', 'nl'],
      serves: { age: 'any', role: 'any' },
      channel: { url: 'https://stopchildporno.be' },
      anonymous: true,
      prepare: ['post-url', 'date-seen'],
      source: 'https://stopchildporno.be',
      confirmed: true,
    },
    {
      id: 'be-child-focus-116000',
      kind: 'support-line',
      name: 'Child Focus 116 000',
      serves: { age: 'minor', role: 'any' },
      channel: { phone: '116 000' },
      hours: '24/7',
      source:
        'https://fr.metrotime.be/2018/03/29/actualite/en-20-ans-child-focus-a-lance-plus-de-2-300-campagnes-dappels-a-temoins/',
      confirmed: true,
    },
    {
      id: 'be-awel-102',
      kind: 'support-line',
      name: 'Awel 102',
      languages: ['nl'],
      serves: { age: 'minor', role: 'victim' },
      channel: { phone: '102' },
      source:
        'https://weekend.knack.be/lifestyle/radar/recordaantal-vrijwilligers-voor-jongerentelefoon-awel-een-stap-in-de-goede-richting/article-normal-971559.html',
      confirmed: true,
    },
    {
      id: 'be-ecoute-enfants-103',
      kind: 'support-line',
      name: '103 Écoute-Enfants',
      languages: ['fr'],
      serves: { age: 'minor', role: 'victim' },
      channel: { phone: '103' },
      source:
        'https://www.rtbf.be/article/ecoute-enfants-le-numero-103-en-quete-de-visibilite-11076758',
      confirmed: true,
    },
  ]),
};
