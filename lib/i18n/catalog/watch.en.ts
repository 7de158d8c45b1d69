// Removal watch and feed health: the popup's "can't place its button" and Settings › Diagnostics.
export const watch = {
  'watch.noButton': 'Beacon can’t place its button on this page.',
  'watch.noButtonHint':
    'Use “Capture this tab” above, or right-click the post and choose “Capture with Beacon”.',
  'watch.diag.title': 'Diagnostics',
  'watch.diag.intro':
    'Counts of what Beacon’s buttons found on each platform. They stay on this device, are never sent, and are cleared with your data. Copy them into a bug report if the button stops appearing.',
  'watch.diag.platform': 'Platform',
  'watch.diag.version': 'Adapter version',
  'watch.diag.pages': 'Pages read',
  'watch.diag.posts': 'Buttons placed',
  'watch.diag.noButton': 'Media but no button',
  'watch.diag.empty': 'Nothing counted yet.',
  'watch.diag.copy': 'Copy for a bug report',
  'watch.diag.copied': 'Copied.',
  'watch.diag.copyFailed': 'Could not copy. Select the text and copy it.',
  'watch.diag.clear': 'Clear the counts',
  'watch.diag.watch': 'Removal watch: {state}',
  'watch.diag.watch.active': 'on',
  'watch.diag.watch.locked-watching': 'on while locked (evidence addresses only, as keyed hashes)',
  'watch.diag.watch.paused': 'paused until you unlock (the browser was restarted)',
  'watch.checkNow': 'Check now',
  'watch.lastSeen': 'Last seen',
  'watch.neverSeen': 'Not seen yet',
} as const;
