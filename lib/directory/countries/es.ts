import { type CountryDirectory, countryEntries } from '../schema';

// Each entry's `source` is the public page that states its facts. INCIBE's hotline address and the
// AEPD Canal Prioritario address could not be confirmed, so they are left out.
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
      source: 'https://upday.com/es/si-tengo-una-emergencia-llamo-al-112-al-091-o-al-061',
      confirmed: true,
    },
    {
      id: 'es-policia-091',
      kind: 'law-enforcement',
      name: 'Policía Nacional 091 / Guardia Civil 062',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '091' },
      prepare: ['case-file'],
      source: 'https://euroweeklynews.com/2020/11/04/call-the-right-police/',
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
      source:
        'https://elpais.com/sociedad/2026-02-06/detenido-un-hombre-por-retransmitir-en-tiempo-real-videos-en-los-que-agredia-sexualmente-a-su-hija-menor.html',
      confirmed: true,
    },
    {
      id: 'es-incibe-017',
      kind: 'support-line',
      name: 'INCIBE 017',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '017', whatsapp: '900 116 117' },
      hours: 'Mon-Sun 08:00-23:00',
      source: 'https://www.incibe.es/en/linea-de-ayuda-en-ciberseguridad/faq',
      confirmed: true,
    },
    {
      id: 'es-anar',
      kind: 'support-line',
      name: 'Fundación ANAR',
      serves: { age: 'minor', role: 'any' },
      channel: { phone: '900 20 20 10' },
      hours: '24/7',
      source:
        'https://www.adeces.org/anar-el-esfuerzo-por-proteger-los-derechos-de-nins-y-adolescentes/',
      confirmed: true,
    },
  ]),
};
