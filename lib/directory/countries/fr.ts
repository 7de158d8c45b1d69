import { type CountryDirectory, countryEntries } from '../schema';

// Each entry's `source` is the public page that states its facts.
const entry = countryEntries('FR', ['fr']);

export const fr: CountryDirectory = {
  routes: {
    country: 'FR',
    eu: true,
    emergency: 'fr-emergency-17',
    hotlines: ['point-de-contact', 'pharos'],
    police: ['pharos'],
    childSupport: ['e-enfance-3018', 'fr-119'],
    adultSupport: [],
    crisis: ['e-enfance-3018'],
    sextortion: ['e-enfance-3018'],
  },
  entries: entry([
    {
      id: 'fr-emergency-17',
      kind: 'emergency',
      name: '17 (police) / 112',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '17', sms: { to: '114' } },
      source:
        'https://madinin-art.net/119-allo-enfance-en-danger-un-numero-pour-les-situations-durgence',
      confirmed: true,
    },
    {
      id: 'pharos',
      kind: 'law-enforcement',
      name: 'PHAROS',
      serves: { age: 'any', role: 'any' },
      channel: { url: 'https://www.internet-signalement.gouv.fr' },
      prepare: ['category', 'date-seen', 'post-url', 'own-contact'],
      notes: ['not-for-emergencies'],
      source: 'https://www.service-public.gouv.fr',
      confirmed: true,
    },
    {
      id: 'point-de-contact',
      kind: 'hotline',
      name: 'Point de Contact',
      serves: { age: 'any', role: 'any' },
      channel: { url: 'https://www.pointdecontact.net' },
      anonymous: true,
      prepare: ['post-url', 'date-seen'],
      notes: ['trusted-flagger', 'forwards-to-police'],
      source: 'https://www.pointdecontact.net',
      confirmed: true,
    },
    {
      id: 'e-enfance-3018',
      kind: 'support-line',
      name: '3018 (e-Enfance)',
      serves: { age: 'minor', role: 'any' },
      channel: { phone: '3018', url: 'https://3018.fr', app: ['3018'] },
      anonymous: true,
      hours: 'Mon-Sun 09:00-23:00',
      notes: ['evidence-vault-app', 'trusted-flagger'],
      source: 'https://e-enfance.org',
      confirmed: true,
    },
    {
      id: 'fr-119',
      kind: 'support-line',
      name: '119 Allô enfance en danger',
      serves: { age: 'minor', role: 'any' },
      channel: { phone: '119' },
      hours: '24/7',
      source:
        'https://madinin-art.net/119-allo-enfance-en-danger-un-numero-pour-les-situations-durgence',
      confirmed: true,
    },
  ]),
};
