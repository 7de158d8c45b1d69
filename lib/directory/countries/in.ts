import { type CountryDirectory, countryEntries } from '../schema';

// Each entry's `source` is the public page that states its facts.
const entry = countryEntries('IN', ['en', 'hi']);

export const india: CountryDirectory = {
  routes: {
    country: 'IN',
    eu: false,
    emergency: 'in-emergency-112',
    hotlines: ['in-cybercrime-portal'],
    police: ['in-cybercrime-portal', 'in-cybercrime-helpline-1930'],
    childSupport: ['in-childline-1098'],
    adultSupport: ['in-womens-helpline-181'],
    adultReport: ['in-cybercrime-portal'],
    sextortion: ['in-cybercrime-helpline-1930'],
    crisis: ['in-childline-1098'],
  },
  entries: entry([
    {
      id: 'in-emergency-112',
      kind: 'emergency',
      name: '112',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '112' },
      source:
        'https://www.businesstoday.in/current/economy-politics/20-states-join-pan-india-single-emergency-helpline-number-112/story/338636.html',
      confirmed: true,
    },
    {
      id: 'in-cybercrime-portal',
      kind: 'law-enforcement',
      name: 'National Cyber Crime Reporting Portal',
      serves: { age: 'any', role: 'any' },
      channel: { url: 'https://cybercrime.gov.in' },
      anonymous: true,
      prepare: ['post-url', 'profile-url', 'date-seen'],
      source: 'https://www.thehindu.com',
      confirmed: true,
    },
    {
      id: 'in-cybercrime-helpline-1930',
      kind: 'law-enforcement',
      name: 'Cyber crime helpline 1930',
      serves: { age: 'any', role: 'any' },
      channel: { phone: '1930' },
      source: 'https://www.thehindu.com',
      confirmed: false,
      unconfirmedBecause: 'The helpline number comes from a news report, not an official page.',
    },
    {
      id: 'in-childline-1098',
      kind: 'support-line',
      name: 'CHILDLINE 1098',
      serves: { age: 'minor', role: 'any' },
      channel: { phone: '1098' },
      notes: ['being-merged-into-112'],
      source:
        'https://www.thehindu.com/news/national/childline-to-be-merged-with-emergency-response-support-system-in-nine-states-and-union-territories/article66991061.ece',
      confirmed: true,
    },
    {
      id: 'in-womens-helpline-181',
      kind: 'support-line',
      name: "Women's helpline 181",
      serves: { age: 'adult', role: 'victim' },
      channel: { phone: '181' },
      source:
        'https://www.deccanherald.com/national/women-and-child-development-ministry-is-merging-two-women-helplines-1088576.html',
      confirmed: true,
    },
  ]),
};
