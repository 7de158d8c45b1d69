import { type CountryDirectory, countryEntries } from '../schema';

// Each entry's `source` is the public page that states its facts.
const entry = countryEntries('NL', ['nl']);

export const nl: CountryDirectory = {
  routes: {
    country: 'NL',
    eu: true,
    emergency: 'nl-emergency-112',
    hotlines: ['nl-meldpunt-kinderporno'],
    police: ['nl-police-0900-8844', 'nl-meld-misdaad-anoniem'],
    childSupport: ['nl-kindertelefoon', 'nl-helpwanted'],
    adultSupport: ['nl-helpwanted'],
    sextortion: ['nl-helpwanted'],
    crisis: ['nl-kindertelefoon'],
  },
  entries: entry([
    {
      id: 'nl-emergency-112',
      kind: 'emergency',
      name: '112',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '112' },
      source: 'https://www.politie.nl/themas/meld-misdaad-anoniem.html',
      confirmed: true,
    },
    {
      id: 'nl-police-0900-8844',
      kind: 'law-enforcement',
      name: 'Politie (non-urgent)',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '0900-8844' },
      prepare: ['case-file'],
      source: 'https://www.politie.nl/themas/meld-misdaad-anoniem.html',
      confirmed: true,
    },
    {
      id: 'nl-meld-misdaad-anoniem',
      kind: 'law-enforcement',
      name: 'Meld Misdaad Anoniem',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '0800-7000' },
      anonymous: true,
      source: 'https://www.politie.nl/themas/meld-misdaad-anoniem.html',
      confirmed: true,
    },
    {
      id: 'nl-meldpunt-kinderporno',
      kind: 'hotline',
      name: 'Meldpunt Kinderporno (Offlimits)',
      serves: { age: 'any', role: 'any' },
      channel: { url: 'https://meldpunt-kinderporno.nl' },
      anonymous: true,
      prepare: ['post-url', 'date-seen'],
      source: 'https://meldpunt-kinderporno.nl',
      confirmed: true,
    },
    {
      id: 'nl-helpwanted',
      kind: 'support-line',
      name: 'Helpwanted',
      serves: { age: 'any', role: 'any' },
      channel: { url: 'https://www.helpwanted.nl' },
      anonymous: true,
      source: 'https://www.helpwanted.nl',
      confirmed: true,
    },
    {
      id: 'nl-kindertelefoon',
      kind: 'support-line',
      name: 'De Kindertelefoon',
      serves: { age: 'minor', role: 'victim' },
      channel: { phone: '0800-0432' },
      source: 'https://www.vriendenkindertelefoon.nl/kindertelefoon',
      confirmed: true,
    },
  ]),
};
