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
} as const;
