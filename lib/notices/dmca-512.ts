import { type Lang, t } from '../i18n';
import { contactLine, locationLines, platformLabel, signer, today } from './common';
import { defineNotice } from './define';
import { lines } from './text';

// US DMCA, 17 U.S.C. 512(c)(3)(A): signature; identification of the copyrighted work (a selfie
// belongs to the person who took it); identification and location of the infringing material;
// contact information; good-faith statement that the use is not authorized; statement that
// the information is accurate and, under penalty of perjury, that the sender is authorized
// (https://www.law.cornell.edu/uscode/text/17/512). Platforms often forward it to the uploader: see the warning.

export const dmca512 = defineNotice({
  id: 'dmca-512',
  jurisdiction: 'US',
  languages: ['en'],
  elements: [
    { id: 'signature', required: true, fill: (c) => signer(c).name },
    // Only the user can say what the work is and that they own it.
    { id: 'work', required: true, fill: (c) => c.extra?.workDescription },
    { id: 'location', required: true, fill: (c) => locationLines(c, 'en') },
    {
      id: 'contact',
      required: true,
      fill: (c) => {
        const s = signer(c);
        const rest = contactLine(c);
        return s.name && rest ? `${s.name}, ${rest}` : rest;
      },
    },
    {
      id: 'good-faith',
      required: true,
      fill: () =>
        'I have a good faith belief that use of the material in the manner complained of is not authorized by the copyright owner, its agent, or the law.',
    },
    {
      id: 'accuracy',
      required: true,
      fill: () =>
        'The information in this notification is accurate, and under penalty of perjury, I am the owner, or authorized to act on behalf of the owner, of an exclusive right that is allegedly infringed.',
    },
  ],
  warnings: (lang: Lang) => [t(lang, 'notices.warning.dmca-uploader')],
  render: (f, _lang, v) => ({
    subject: 'DMCA notice of copyright infringement (17 U.S.C. 512(c)(3))',
    body: lines(
      `To the designated copyright agent of ${platformLabel(v.ctx)},`,
      '',
      '1. Copyrighted work:',
      `   ${v.show('work', f.work)}`,
      '',
      '2. Infringing material and where it is:',
      v.list('location', f.location),
      '',
      `3. Contact information: ${v.show('contact', f.contact)}`,
      '',
      `4. ${v.show('good-faith', f['good-faith'])}`,
      '',
      `5. ${v.show('accuracy', f.accuracy)}`,
      '',
      `Signature: /s/ ${v.show('signature', f.signature)}`,
      `Date: ${today(v.ctx)}`,
    ),
  }),
});
