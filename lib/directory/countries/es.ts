import { type CountryDirectory, countryEntries } from '../schema';

// Facts: reference/countries.md "ES". INCIBE's hotline address and the AEPD Canal Prioritario
// address are unconfirmed in the reference, so they are left out.
const entry = countryEntries('ES', ['es']);

export const es: CountryDirectory = {
  routes: {
    country: 'ES',
    eu: true,
    emergency: 'es-emergency-112',
    hotlines: ['es-policia-csam-email'],
    police: ['es-policia-csam-email', 'es-policia-091'],
    childSupport: ['es-anar', 'es-incibe-017'],
    adultSupport: ['es-incibe-017'],
    sextortion: ['es-incibe-017'],
    crisis: ['es-anar'],
  },
  entries: entry([
    {
      id: 'es-emergency-112',
      kind: 'emergency',
      name: '112',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '112' },
      source: 'ref:services.md#emergency-numbers',
      confirmed: true,
    },
    {
      id: 'es-policia-091',
      kind: 'law-enforcement',
      name: 'Policía Nacional 091 / Guardia Civil 062',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '091' },
      prepare: ['case-file'],
      source: 'ref:countries.md#ES',
      confirmed: true,
    },
    {
      id: 'es-policia-csam-email',
      kind: 'law-enforcement',
      name: 'Policía Nacional — denuncias de pornografía infantil',
      serves: { age: 'minor', role: 'any' },
      channel: { email: 'denuncias.pornografia.infantil@policia.es' },
      prepare: ['post-url', 'date-seen', 'profile-url'],
      notes: ['url-only-never-send-files'],
      source: 'ref:countries.md#ES',
      confirmed: true,
    },
    {
      id: 'es-incibe-017',
      kind: 'support-line',
      name: 'INCIBE 017',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '017', whatsapp: '900 116 117' },
      hours: 'Mon-Sun 08:00-23:00',
      source: 'ref:countries.md#ES',
      confirmed: true,
    },
    {
      id: 'es-anar',
      kind: 'support-line',
      name: 'Fundación ANAR',
      serves: { age: 'minor', role: 'any' },
      channel: { phone: '900 20 20 10' },
      hours: '24/7',
      source: 'ref:countries.md#ES',
      confirmed: true,
    },
  ]),
};
