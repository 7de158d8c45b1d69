import { type CountryDirectory, countryEntries } from '../schema';

// Each entry's `source` is the public page that states its facts.
const entry = countryEntries('IE', ['en']);

export const ie: CountryDirectory = {
  routes: {
    country: 'IE',
    eu: true,
    emergency: 'ie-emergency-112',
    hotlines: ['ie-hotline'],
    police: ['ie-garda-confidential'],
    childSupport: ['ie-ispcc-childline'],
    adultSupport: [],
    adultReport: ['ie-hotline'],
    crisis: ['ie-ispcc-childline'],
  },
  entries: entry([
    {
      id: 'ie-emergency-112',
      kind: 'emergency',
      name: '112 / 999',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '112' },
      source: 'https://www.hse.ie',
      confirmed: true,
    },
    {
      id: 'ie-hotline',
      kind: 'hotline',
      name: 'Hotline.ie',
      serves: { age: 'any', role: 'any' },
      channel: { url: 'https://hotline.ie/report' },
      anonymous: true,
      prepare: ['post-url', 'date-seen'],
      notes: ['url-only-never-send-files'],
      source: 'https://hotline.ie/about',
      confirmed: true,
    },
    {
      id: 'ie-garda-confidential',
      kind: 'law-enforcement',
      name: 'Garda Confidential',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '1800 666 111' },
      prepare: ['case-file'],
      source: 'https://www.kildarestreet.com/wrans/?id=2023-06-20a.1143',
      confirmed: true,
    },
    {
      id: 'ie-ispcc-childline',
      kind: 'support-line',
      name: 'ISPCC Childline',
      serves: { age: 'minor', role: 'victim' },
      channel: { phone: '1800 66 66 66', sms: { to: '50101' } },
      hours: '24/7',
      source: 'https://www.irishexaminer.com/news/arid-30005100.html',
      confirmed: false,
      unconfirmedBecause:
        'A public page confirms that ISPCC Childline exists but none found states this number or the text code.',
    },
  ]),
};
