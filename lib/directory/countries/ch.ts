import { type CountryDirectory, countryEntries } from '../schema';

// Each entry's `source` is the public page that states its facts. Switzerland is not in the EU: no
// DSA routes.
const entry = countryEntries('CH', ['de', 'fr', 'it']);

export const ch: CountryDirectory = {
  routes: {
    country: 'CH',
    eu: false,
    emergency: 'ch-emergency-117',
    hotlines: ['ch-clickandstop'],
    police: ['ch-clickandstop', 'ch-emergency-117'],
    childSupport: ['ch-pro-juventute-147', 'ch-clickandstop'],
    adultSupport: [],
    sextortion: ['ch-clickandstop'],
    crisis: ['ch-pro-juventute-147'],
  },
  entries: entry([
    {
      id: 'ch-emergency-117',
      kind: 'emergency',
      name: 'Police 117 / 112',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '117' },
      source: 'https://blog.alertswiss.ch/de/rubriken/news-babs/europaeischer-tag-des-notrufs-112/',
      confirmed: true,
    },
    {
      id: 'ch-clickandstop',
      kind: 'hotline',
      name: 'clickandstop.ch (Kinderschutz Schweiz)',
      languages: ['de', 'fr'],
      serves: { age: 'any', role: 'any' },
      channel: { url: 'https://clickandstop.ch' },
      anonymous: true,
      prepare: ['post-url', 'date-seen'],
      notes: ['forwards-to-police'],
      source: 'https://clickandstop.ch',
      confirmed: true,
    },
    {
      id: 'ch-pro-juventute-147',
      kind: 'support-line',
      name: 'Pro Juventute 147',
      serves: { age: 'minor', role: 'any' },
      channel: { phone: '147', url: 'https://www.147.ch' },
      hours: '24/7',
      source: 'https://www.147.ch',
      confirmed: true,
    },
  ]),
};
