import { type CountryDirectory, countryEntries } from '../schema';

// Each entry's `source` is the public page that states its facts. The Onlinewache (a police portal
// per Land) has no single address, so the police route is 110.
const entry = countryEntries('DE', ['de']);

export const de: CountryDirectory = {
  routes: {
    country: 'DE',
    eu: true,
    emergency: 'de-emergency-110',
    hotlines: ['de-eco-beschwerdestelle', 'de-fsm-beschwerdestelle', 'de-jugendschutz-net'],
    police: ['de-emergency-110'],
    childSupport: ['de-nummer-gegen-kummer'],
    adultSupport: ['de-hateaid'],
    crisis: ['de-nummer-gegen-kummer'],
  },
  entries: entry([
    {
      id: 'de-emergency-110',
      kind: 'emergency',
      name: 'Polizei 110 / 112',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '110' },
      notes: ['per-state'],
      source: 'https://www.feuerwehr-klinga.de/infothek/notruf/',
      confirmed: true,
    },
    {
      id: 'de-eco-beschwerdestelle',
      kind: 'hotline',
      name: 'eco Beschwerdestelle',
      serves: { age: 'any', role: 'any' },
      channel: { url: 'https://www.eco.de/beschwerdestelle' },
      anonymous: true,
      prepare: ['post-url', 'date-seen'],
      source: 'https://www.klicksafe.de',
      confirmed: true,
    },
    {
      id: 'de-fsm-beschwerdestelle',
      kind: 'hotline',
      name: 'FSM Beschwerdestelle',
      serves: { age: 'any', role: 'any' },
      channel: { url: 'https://www.fsm.de/beschwerdestelle' },
      anonymous: true,
      prepare: ['post-url', 'date-seen'],
      source: 'https://www.klicksafe.de',
      confirmed: true,
    },
    {
      id: 'de-jugendschutz-net',
      kind: 'hotline',
      name: 'jugendschutz.net',
      serves: { age: 'any', role: 'any' },
      channel: { url: 'https://www.jugendschutz.net/verstoss-melden' },
      anonymous: true,
      prepare: ['post-url', 'date-seen'],
      source: 'https://www.klicksafe.de',
      confirmed: true,
    },
    {
      id: 'de-nummer-gegen-kummer',
      kind: 'support-line',
      name: 'Nummer gegen Kummer',
      serves: { age: 'minor', role: 'any' },
      channel: { phone: '116 111' },
      hours: 'Mon-Sat 14:00-20:00',
      source: 'https://www.bmfsfj.de/bmfsfj/mediathek/anrufen-mailen-chatten-gegen-sorgen-154556',
      confirmed: true,
    },
    {
      id: 'de-hateaid',
      kind: 'support-line',
      name: 'HateAid',
      serves: { age: 'adult', role: 'victim' },
      channel: { phone: '030 252 088 38' },
      source: 'https://hateaid.org/betroffenenberatung/',
      confirmed: true,
    },
  ]),
};
