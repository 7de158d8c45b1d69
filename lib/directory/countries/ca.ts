import { type CountryDirectory, countryEntries } from '../schema';

// Each entry's `source` is the public page that states its facts.
const entry = countryEntries('CA', ['en', 'fr']);

export const ca: CountryDirectory = {
  routes: {
    country: 'CA',
    eu: false,
    emergency: 'ca-emergency-911',
    hotlines: ['cybertip-ca'],
    // No national police portal was found; the RCMP sends anonymous reports to Cybertip.ca,
    // which forwards reports to police.
    police: ['cybertip-ca', 'ca-anti-fraud-centre'],
    childSupport: ['ca-kids-help-phone', 'needhelpnow'],
    adultSupport: [],
    adultReport: ['cybertip-ca'],
    sextortion: ['needhelpnow', 'ca-anti-fraud-centre'],
    crisis: ['ca-kids-help-phone'],
  },
  entries: entry([
    {
      id: 'ca-emergency-911',
      kind: 'emergency',
      name: '911',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '911' },
      source: 'https://protectkidsonline.ca',
      confirmed: true,
    },
    {
      id: 'cybertip-ca',
      kind: 'hotline',
      name: 'Cybertip.ca / Cyberaide.ca',
      serves: { age: 'any', role: 'any' },
      channel: { url: 'https://www.cybertip.ca', phone: '1-866-658-9022' },
      anonymous: true,
      prepare: ['post-url', 'age-then-and-now', 'profile-url'],
      notes: ['sends-removal-notices', 'forwards-to-police'],
      source: 'https://www.cybertip.ca',
      confirmed: true,
    },
    {
      id: 'needhelpnow',
      kind: 'support-line',
      name: 'NeedHelpNow.ca',
      serves: { age: 'minor', role: 'victim' },
      channel: { url: 'https://needhelpnow.ca' },
      notes: ['tell-platform-ages'],
      source: 'https://protectchildren.ca',
      confirmed: true,
    },
    {
      id: 'ca-kids-help-phone',
      kind: 'support-line',
      name: 'Kids Help Phone',
      serves: { age: 'minor', role: 'any' },
      channel: { phone: '1-800-668-6868', sms: { to: '686868' } },
      hours: '24/7',
      source: 'https://kidshelpphone.ca',
      confirmed: true,
    },
    {
      id: 'ca-anti-fraud-centre',
      kind: 'law-enforcement',
      name: 'Canadian Anti-Fraud Centre',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '1-888-495-8501' },
      prepare: ['profile-url', 'handle', 'messages'],
      source: 'https://rcmp.ca',
      confirmed: true,
    },
  ]),
};
