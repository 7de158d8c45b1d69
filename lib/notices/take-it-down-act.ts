import { contactLine, isMinorCase, locationLines, platformLabel, signer, today } from './common';
import { defineNotice } from './define';
import { lines } from './text';

// US TAKE IT DOWN Act (Pub. L. 119-12; 47 U.S.C. 223a). A valid removal request has four
// elements (https://www.congress.gov/bill/119th-congress/senate-bill/146): signature of the depicted person or someone authorized
// to act for them; identification and location of the depiction; a brief good-faith statement
// that it is not consensual; contact information. No perjury statement is required.

const ACTING_FOR: Record<string, string> = {
  parent: 'I am the parent or guardian of the person depicted and am authorized to act for them.',
  advocate: 'I am authorized to act on behalf of the person depicted.',
  other: 'I am authorized to act on behalf of the person depicted.',
};

export const takeItDownAct = defineNotice({
  id: 'take-it-down-act',
  jurisdiction: 'US',
  // The request goes to US platforms; it is written in English only.
  languages: ['en'],
  elements: [
    { id: 'signature', required: true, fill: (c) => signer(c).name },
    { id: 'location', required: true, fill: (c) => locationLines(c, 'en') },
    {
      id: 'good-faith',
      required: true,
      fill: () =>
        'I have a good-faith belief that this intimate visual depiction was published without the consent of the person depicted.',
    },
    { id: 'contact', required: true, fill: contactLine },
    {
      id: 'authority',
      // The person depicted signs for themselves; anyone else states their authority.
      required: (c) => c.kase.profile.role !== 'victim',
      fill: (c) => (c.kase.profile.role === 'victim' ? undefined : ACTING_FOR[c.kase.profile.role]),
    },
  ],
  render: (f, _lang, v) => {
    const c = v.ctx;
    const platform = platformLabel(c);
    return {
      subject: 'Removal request under the TAKE IT DOWN Act (47 U.S.C. 223a)',
      body: lines(
        `To ${platform},`,
        '',
        'This is a request to remove an intimate visual depiction published without consent, made under the TAKE IT DOWN Act (Pub. L. 119-12, 47 U.S.C. 223a). The Act requires you to remove it within 48 hours of this valid request and to make reasonable efforts to remove known identical copies.',
        '',
        '1. Identification and location of the intimate visual depiction:',
        v.list('location', f.location),
        '',
        `2. Statement of good faith: ${v.show('good-faith', f['good-faith'])}`,
        isMinorCase(c) && c.kase.profile.ageAtTime === 'minor'
          ? '   The person depicted was under 18 when it was made.'
          : '',
        '',
        `3. Contact information: ${v.show('contact', f.contact)}`,
        '',
        `4. Signature: /s/ ${v.show('signature', f.signature)}`,
        c.kase.profile.role !== 'victim' ? `   ${v.show('authority', f.authority)}` : '',
        `Date: ${today(c)}`,
      ),
    };
  },
});
