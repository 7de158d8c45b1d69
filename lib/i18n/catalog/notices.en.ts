// Words around the legal notices (lib/notices): titles, element names, warnings. The notice
// bodies themselves are documents for platforms and police, written in each notice's file.
export const notices = {
  'notices.title.platform-child-safety': 'Child-safety report to the platform',
  'notices.title.take-it-down-act': 'TAKE IT DOWN Act removal request (US)',
  'notices.title.dsa-article-16': 'Digital Services Act notice (EU, Article 16)',
  'notices.title.dmca-512': 'DMCA copyright notice (US)',
  'notices.title.hotline-summary': 'Summary for a hotline',
  'notices.title.police-letter': 'Letter to the police',
  'notices.missingHeader':
    'MISSING before sending: {elements}. A request missing one of these can be refused.',
  'notices.missingMarker': 'missing: {element}',
  'notices.element.location': 'Where the content is (exact addresses)',
  'notices.element.accounts': 'Accounts involved',
  'notices.element.age': 'Age of the person pictured',
  'notices.element.reporter': 'Who is reporting',
  'notices.element.earlier-reports': 'Earlier reports',
  'notices.element.contact': 'Contact information',
  'notices.element.good-faith': 'Statement of good faith',
  'notices.element.signature': 'Signature (your full name)',
  'notices.element.authority': 'Authority to act for the person pictured',
  'notices.element.explanation': 'Why the content is illegal',
  'notices.element.notifier': 'Your name and email',
  'notices.element.work': 'The copyrighted work (e.g. a photo you took)',
  'notices.element.accuracy': 'Statement of accuracy, under penalty of perjury',
  'notices.element.category': 'What the content is',
  'notices.element.country': 'Country',
  'notices.element.first-seen': 'First seen',
  'notices.element.victim': 'The person pictured',
  'notices.warning.dmca-uploader':
    'Platforms often forward a copyright notice, with your name and contact details, to the person who posted the content. Never use it against someone who is blackmailing you or knows you: use the child-safety or TAKE IT DOWN routes instead.',
  'notices.warning.never-attach':
    'Send the addresses only. Never attach, download or forward the images, even to report them.',
  'notices.fallback.en': 'This notice is written in English, which platforms and authorities read.',
  'notices.beaconNeverSends': 'Beacon never sends anything: copy, print or open it in your email.',
} as const;
