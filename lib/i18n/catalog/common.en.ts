// Strings shared by every extension page. Areas keep their own catalog files
// (common, feed, workspace, …) so each feature owns its words; lib/i18n/index.ts joins them.
export const common = {
  'app.name': 'Beacon',
  'app.discreetName': 'Notes',
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.back': 'Back',
  'common.loading': 'Loading…',
  'common.error': 'Something went wrong: {message}',
  'help.getHelpNow': 'Get help now',
  'help.quickExit': 'Quick exit',
  'help.openCase': 'Open my case',
  'popup.title': 'Beacon',
  'popup.captureTab': 'Capture this tab',
  'popup.captured': 'Saved to your case.',
  'popup.noMediaRule': 'Beacon keeps links, never the images. Do not save or share them.',
  'workspace.title': 'Beacon — my case',
  'casefile.title': 'Case file',
  'badge.saved': 'Saved to Beacon',
  'undo.done': 'Undone: Beacon no longer keeps this capture.',
  'undo.doneLogged':
    'Undone: this capture was removed. Your case’s timeline keeps a line saying so.',
  'undo.gone': 'This capture is no longer in your case.',
  'undo.notHere':
    'This capture can’t be undone from here any more. Open the popup’s recent captures, or your case.',
  'undo.locked': 'This capture is already in your case. Unlock Beacon to undo it.',
  'popup.recent': 'Recent captures',
  'popup.undo': 'Undo',
  'popup.undoLabel': 'Undo the capture from {host} at {time}',
} as const;
