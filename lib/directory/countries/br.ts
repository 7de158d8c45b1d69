import { type CountryDirectory, countryEntries } from '../schema';

// Facts: reference/countries.md "BR". SaferNet's direct form address is unconfirmed; its site is.
const entry = countryEntries('BR', ['pt']);

export const br: CountryDirectory = {
  routes: {
    country: 'BR',
    eu: false,
    emergency: 'br-emergency-190',
    hotlines: ['br-safernet-denuncias'],
    police: ['br-tips-181', 'br-emergency-190'],
    childSupport: ['br-disque-100', 'br-safernet-helpline'],
    adultSupport: ['br-safernet-helpline'],
    adultReport: ['br-safernet-denuncias'],
    sextortion: ['br-safernet-helpline'],
    crisis: ['br-disque-100'],
  },
  entries: entry([
    {
      id: 'br-emergency-190',
      kind: 'emergency',
      name: 'Polícia 190',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '190' },
      source: 'ref:countries.md#BR',
      confirmed: true,
    },
    {
      id: 'br-tips-181',
      kind: 'law-enforcement',
      name: 'Denúncia anônima 181',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '181' },
      anonymous: true,
      source: 'ref:countries.md#BR',
      confirmed: true,
    },
    {
      id: 'br-safernet-denuncias',
      kind: 'hotline',
      name: 'SaferNet Brasil — Canal Nacional de Denúncias',
      serves: { age: 'any', role: 'any' },
      channel: { url: 'https://new.safernet.org.br' },
      anonymous: true,
      prepare: ['post-url', 'date-seen'],
      source: 'https://new.safernet.org.br',
      confirmed: true,
    },
    {
      id: 'br-disque-100',
      kind: 'support-line',
      name: 'Disque 100',
      languages: ['pt', 'sgn'],
      serves: { age: 'any', role: 'any' },
      channel: { phone: '100', whatsapp: '61 99611-0100' },
      anonymous: true,
      hours: '24/7',
      source: 'ref:countries.md#BR',
      confirmed: true,
    },
    {
      id: 'br-safernet-helpline',
      kind: 'support-line',
      name: 'SaferNet HelpLine',
      serves: { age: 'any', role: 'victim' },
      channel: { url: 'https://helpline.org.br' },
      source: 'https://helpline.org.br',
      confirmed: true,
    },
  ]),
};
