// Words the background itself shows (context menu, reminder notifications): the only
// catalog area the service worker bundles (lib/i18n/background.ts), so its start stays small.
export const background = {
  'menu.capture': 'Capture with Beacon',
  'reminders.recheck.title': 'Beacon: time to check again',
  'reminders.recheck.message': 'It is time to check a link again. Open to see what to do.',
  'reminders.normal.title': 'Beacon: a follow-up is due',
  'reminders.normal.message':
    'A report is waiting for an answer. Open to see what you can do next.',
  'reminders.discreet.title': 'Notes: reminder',
  'reminders.discreet.message': 'You have a reminder.',
  'reminders.snooze': 'Remind me tomorrow',
  'reminders.done': 'Done',
  'undo.done': 'Undone: Beacon no longer keeps this capture.',
  'undo.doneLogged':
    'Undone: this capture was removed. Your case’s timeline keeps a line saying so.',
  'undo.gone': 'This capture is no longer in your case.',
  'undo.notHere':
    'This capture can’t be undone from here any more. Open the popup’s recent captures, or your case.',
  'undo.locked': 'This capture is already in your case. Unlock Beacon to undo it.',
  'badge.saved': 'Saved to Beacon',
} as const;
