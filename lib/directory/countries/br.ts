import { type CountryDirectory, countryEntries } from '../schema';

// Each entry's `source` is the public page that states its facts. SaferNet's direct form address is
// unconfirmed, so only its site is listed.
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
      source: 'https://agenciadamata.com.br/?p=2623',
      confirmed: true,
    },
    {
      id: 'br-tips-181',
      kind: 'law-enforcement',
      name: 'Denúncia anônima 181',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '181' },
      anonymous: true,
      source: 'https://minaspelapaz.org.br/duvidas',
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
      source:
        'https://acreagora.com/2023/05/07/com-novo-numero-whatsapp-disque-100-tem-protocolo-escolar/',
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
