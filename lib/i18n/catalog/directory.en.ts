// Words for the escalation directory (lib/directory): kinds, what to prepare, entry notes.
export const directory = {
  'directory.unconfirmed': 'Check this number or link before relying on it.',
  'directory.anonymous': 'You can report without giving your name.',
  'directory.prepareTitle': 'Have ready',
  'directory.source': 'Source',
  'directory.verified': 'Checked {date}',
  'directory.localEmergency': 'your local emergency number',
  'directory.kind.platform-form': 'Platform form',
  'directory.kind.platform-in-app': 'Report in the app',
  'directory.kind.hotline': 'Hotline',
  'directory.kind.hash-service': 'Hash-removal service',
  'directory.kind.law-enforcement': 'Police',
  'directory.kind.regulator': 'Regulator',
  'directory.kind.mediation': 'Mediation service',
  'directory.kind.support-line': 'Support line',
  'directory.kind.crisis-line': 'Crisis line',
  'directory.kind.emergency': 'Emergency',
  'directory.kind.legal-aid': 'Legal help',
  'directory.prepare.post-url': 'The address (URL) of each post',
  'directory.prepare.profile-url': 'The address of the account that posted it',
  'directory.prepare.handle': 'The account name (handle)',
  'directory.prepare.date-seen': 'When you saw it (date and time)',
  'directory.prepare.category': 'What kind of content it is',
  'directory.prepare.own-contact': 'How to contact you',
  'directory.prepare.platform-report-reference':
    'The reference number of your report to the platform',
  'directory.prepare.platform-reply': 'The platform’s reply, with its date',
  'directory.prepare.earlier-reports': 'Your earlier reports and their dates',
  'directory.prepare.age-then-and-now': 'The age of the person pictured, then and now',
  'directory.prepare.device-with-images': 'The device the images are on (they never leave it)',
  'directory.prepare.messages': 'The messages, kept (not deleted)',
  'directory.prepare.message-link': 'A link to the message',
  'directory.prepare.case-file': 'Your printed case file',
  'directory.prepare.service-case-number': 'The case number the service gave you',
  'directory.note.not-for-emergencies': 'Not for emergencies: call the emergency number.',
  'directory.note.not-a-reporting-line': 'A line to talk to someone, not a place to report.',
  'directory.note.url-only-never-send-files':
    'Send only the address (URL). Never send, save or forward the images.',
  'directory.note.name-optional': 'Giving your name is optional.',
  'directory.note.reference-by-email':
    'You get a reference number by email if you give an address.',
  'directory.note.hash-on-device':
    'A fingerprint (hash) is made on your device; the images never leave it.',
  'directory.note.submit-from-original-device':
    'Use the device the image was made on. Do not post the image again afterwards.',
  'directory.note.no-id-needed': 'No ID needed.',
  'directory.note.keep-case-number': 'Write down the case number: it cannot be recovered.',
  'directory.note.report-platform-first':
    'If the image is already online, report it to the platform first.',
  'directory.note.needs-platform-reply':
    'They can help once you have reported to the platform and it has replied.',
  'directory.note.may-act-after-a-week':
    'They may step in when the platform has not answered for a week.',
  'directory.note.age-check-and-account': 'Needs an age check (13+) and a Childline account.',
  'directory.note.usually-removed-in-a-working-day': 'Usually removed within one working day.',
  'directory.note.no-status-updates': 'They do not send updates on a tip.',
  'directory.note.no-duplicate-tips': 'Send one tip; do not repeat it.',
  'directory.note.forwards-to-police': 'They pass reports on to the police.',
  'directory.note.sends-removal-notices': 'They send removal notices to platforms.',
  'directory.note.evidence-vault-app': 'Their app keeps evidence and sends it to the helpline.',
  'directory.note.trusted-flagger': 'A trusted flagger: platforms must handle their reports first.',
  'directory.note.removal-within-24h':
    'Platforms must comply with their removal notices within 24 hours.',
  'directory.note.tida-48h':
    'Under the US TAKE IT DOWN Act the platform has 48 hours to remove it.',
  'directory.note.one-report-per-media': 'One request per image or video.',
  'directory.note.representative-allowed': 'Someone can file for the person pictured.',
  'directory.note.no-account-needed': 'No account needed.',
  'directory.note.message-link-needed': 'Needs a link to the message.',
  'directory.note.goes-to-platform-only':
    'This report goes to the platform only, not to a hotline.',
  'directory.note.appeal-within-6-months': 'You can appeal within 6 months of the decision.',
  'directory.note.out-of-court-bodies':
    'In the EU, certified out-of-court dispute bodies can review the decision.',
  'directory.note.appeals-centre-europe':
    'In the EU, the Appeals Centre Europe can review the decision.',
  'directory.note.oversight-board': 'The Oversight Board can review some decisions.',
  'directory.note.per-state': 'Online police reports (Onlinewache) are run by each state.',
  'directory.note.sender-identifies': 'You must give your name.',
  'directory.note.uses-iwf-hashes': 'Uses the IWF’s list of known images.',
  'directory.note.find-national-hotline': 'Lists the national hotline of each member country.',
  'directory.note.secretariat-takes-no-reports': 'INHOPE itself does not take reports.',
  'directory.note.being-merged-into-112': 'This number is being merged into 112.',
  'directory.note.tell-platform-ages':
    'Tell the platform your age then and now, and that you are the person pictured.',
  'directory.note.search-delisting': 'Can also remove results from search engines.',
  'directory.note.copy-permalink-then-open':
    'Copy the post’s address first, then open the form and paste it.',
} as const;
