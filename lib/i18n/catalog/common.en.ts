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
  'popup.recent': 'Recent captures',
  'popup.undo': 'Undo',
  'popup.undoLabel': 'Undo the capture from {host} at {time}',
  // The popup's note when the tab shows media without Beacon's button (lib/watch/health.ts).
  'watch.noButton': 'Beacon can’t place its button on this page.',
  'watch.noButtonHint':
    'Use “Capture this tab” above, or right-click the post and choose “Capture with Beacon”.',
} as const;
