import { type CountryDirectory, countryEntries } from '../schema';

// Each entry's `source` is the public page that states its facts. Netsafe's phone is given only in
// letters (0508 NETSAFE) with unconfirmed digits, so only its web address is listed.
const entry = countryEntries('NZ', ['en']);

export const nz: CountryDirectory = {
  routes: {
    country: 'NZ',
    eu: false,
    emergency: 'nz-emergency-111',
    hotlines: ['nz-dia-report', 'nz-netsafe'],
    police: ['nz-police-105'],
    childSupport: ['nz-youthline', 'nz-netsafe'],
    adultSupport: ['nz-netsafe'],
    adultReport: ['nz-netsafe'],
    sextortion: ['nz-netsafe'],
    crisis: ['nz-youthline'],
  },
  entries: entry([
    {
      id: 'nz-emergency-111',
      kind: 'emergency',
      name: '111',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '111' },
      source: 'https://www.police.govt.nz/contact-us/calling-emergency-111',
      confirmed: true,
    },
    {
      id: 'nz-police-105',
      kind: 'law-enforcement',
      name: 'Police 105',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '105' },
      prepare: ['case-file'],
      source:
        'https://www.vectorgroup.org.nz/vector-group-latest-news/police-announce-non-emergency-number-its-105/',
      confirmed: true,
    },
    {
      id: 'nz-dia-report',
      kind: 'law-enforcement',
      name: 'DIA Digital Child Exploitation Team',
      serves: { age: 'minor', role: 'any' },
      channel: {
        url: 'https://www.dia.govt.nz/Digital-Safety-Report-Online-Child-Exploitation-Material',
      },
      prepare: ['post-url', 'date-seen'],
      source: 'https://www.dia.govt.nz/Digital-Safety-Report-Online-Child-Exploitation-Material',
      confirmed: false,
      unconfirmedBecause: 'The only source found for this form is partial.',
    },
    {
      id: 'nz-netsafe',
      kind: 'support-line',
      name: 'Netsafe',
      serves: { age: 'any', role: 'any' },
      channel: { url: 'https://netsafe.org.nz' },
      source: 'https://netsafe.org.nz',
      confirmed: true,
    },
    {
      id: 'nz-youthline',
      kind: 'support-line',
      name: 'Youthline',
      serves: { age: 'minor', role: 'victim' },
      channel: { phone: '0800 37 66 33', sms: { to: '234' } },
      hours: '24/7',
      source: 'https://youthaffairs.govt.nz/news/2012/youthline.html',
      confirmed: true,
    },
  ]),
};
