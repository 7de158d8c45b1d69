import { type CountryDirectory, countryEntries } from '../schema';

// Each entry's `source` is the public page that states its facts.
const entry = countryEntries('MX', ['es']);

export const mx: CountryDirectory = {
  routes: {
    country: 'MX',
    eu: false,
    emergency: 'mx-emergency-911',
    hotlines: ['mx-te-protejo'],
    police: ['mx-guardia-nacional-088', 'mx-policia-cibernetica-cdmx'],
    otherReporting: ['mx-anonymous-089'],
    childSupport: ['mx-consejo-ciudadano'],
    adultSupport: ['mx-consejo-ciudadano'],
    sextortion: ['mx-consejo-ciudadano'],
    crisis: ['mx-consejo-ciudadano'],
  },
  entries: entry([
    {
      id: 'mx-emergency-911',
      kind: 'emergency',
      name: '911',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '911' },
      source:
        'https://diariodequeretaro.com.mx/local/sabes-para-que-sirven-los-numeros-089-y-911-9351430.html',
      confirmed: true,
    },
    {
      id: 'mx-anonymous-089',
      kind: 'law-enforcement',
      name: 'Denuncia anónima 089',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '089' },
      anonymous: true,
      source:
        'https://diariodequeretaro.com.mx/local/sabes-para-que-sirven-los-numeros-089-y-911-9351430.html',
      confirmed: true,
    },
    {
      id: 'mx-guardia-nacional-088',
      kind: 'law-enforcement',
      name: 'Guardia Nacional 088',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '088' },
      anonymous: true,
      prepare: ['case-file'],
      source:
        'https://amp.milenio.com/policia/psicosis-violencia-mexicanos-creen-bombas-extorsiones',
      confirmed: true,
    },
    {
      id: 'mx-policia-cibernetica-cdmx',
      kind: 'law-enforcement',
      name: 'Policía Cibernética CDMX',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '55 5242 5100', ext: '5086' },
      prepare: ['case-file'],
      source:
        'https://noticiasom.com/audio-sobre-el-secuestro-y-venta-de-mujeres-es-una-fake-news/',
      confirmed: true,
    },
    {
      id: 'mx-te-protejo',
      kind: 'hotline',
      name: 'Te Protejo México',
      serves: { age: 'any', role: 'any' },
      channel: { url: 'https://www.teprotejomexico.org' },
      anonymous: true,
      prepare: ['post-url', 'date-seen'],
      source: 'https://www.teprotejomexico.org',
      confirmed: true,
    },
    {
      id: 'mx-consejo-ciudadano',
      kind: 'support-line',
      name: 'Consejo Ciudadano CDMX',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '55 5533 5533' },
      hours: '24/7',
      source:
        'https://www.proceso.com.mx/nacional/2026/3/7/violencia-familiar-digital-los-delitos-mas-denunciados-por-mujeres-de-18-30-anos-369824.html',
      confirmed: true,
    },
  ]),
};
