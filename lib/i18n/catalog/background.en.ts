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
  // Refusals of a case change (lib/case/ops.ts CaseOpError); the background shows them in the
  // vault's language. Nothing was changed when one of these is shown.
  'caseop.full.evidence':
    'This case is full: it can hold {max} evidence items at most. Nothing was added. You can start a new case for the rest.',
  'caseop.full.proofs':
    'This case is full: it can hold {max} documents at most. Nothing was added.',
  'caseop.full.reports':
    'This case is full: it can hold {max} reports at most. Nothing was added. You can start a new case for the rest.',
  'caseop.full.notes': 'This case is full: it can hold {max} notes at most. Nothing was added.',
  'caseop.full.stepsDone':
    'This case can keep {max} steps marked done at most. Nothing was changed.',
  'caseop.full.noticeEdits':
    'This case can keep {max} edited notices at most. Nothing was saved; you can go back to the prepared text of one you no longer need.',
  'caseop.full.hashReceipts':
    'This case can keep {max} receipts at most. Nothing was added; you can delete one you no longer need.',
  'caseop.full.changes':
    'This case’s timeline is full ({max} entries). Nothing was changed. You can start a new case.',
  'caseop.idTaken': 'This item is already in your case. Nothing was changed.',
  'caseop.noNewId':
    'Beacon could not make a new item just now. Nothing was changed; please try again.',
  'caseop.notFound.evidence':
    'This evidence item is no longer in your case (it may have been deleted in another window). Nothing was changed.',
  'caseop.notFound.report':
    'This report is no longer in your case (it may have been deleted in another window). Nothing was changed.',
  'caseop.notFound.proof':
    'This document is no longer in your case (it may have been deleted in another window). Nothing was changed.',
  'caseop.notFound.note':
    'This note is no longer in your case (it may have been deleted in another window). Nothing was changed.',
  'caseop.notFound.receipt':
    'This receipt is no longer in your case (it may have been deleted in another window). Nothing was changed.',
  // The vault's own refusals (lib/vault/refusal.ts), said in the vault's language. {detail} is a
  // technical detail kept in English for bug reports.
  'vault.noVault': 'There is no case file on this browser yet.',
  'vault.locked': 'The case file is locked. Unlock it with your passphrase.',
  'vault.needsUpdate':
    'Beacon can’t change the saved cases until they are updated to this version: {detail} Your data is kept as it was; you can export it.',
  'vault.caseNotFound': 'That case is not in this case file.',
  'vault.notRecent': 'This capture is not among the recent ones.',
  'vault.proofNotFound': 'That proof item is not in this case.',
  'vault.proofUnreadable': 'The file could not be read.',
  'vault.proofTooLarge': 'The file is larger than {size} MB, the most Beacon keeps per proof.',
  'vault.proofFileMissing': 'The file for this proof is missing.',
  'vault.proofFileDamaged': 'The stored file for this proof is damaged.',
  'vault.proofNoFile': 'This proof item has no file.',
  'vault.inboxFull': 'Too many captures are waiting. Unlock Beacon to file them.',
  'vault.pendingFull':
    'Too many captures are waiting. Open Beacon and create your case file first.',
  'vault.damagedList':
    'The list of cases is damaged and no earlier copy could be read. Nothing was changed.',
  'vault.damagedCase':
    'A saved case is damaged and no earlier copy could be read. Nothing was changed.',
  'vault.damagedPart':
    'Part of a saved case is damaged and no earlier copy could be read. Nothing was changed.',
  'vault.exists': 'A case file already exists on this browser.',
  'vault.keyDamaged':
    'The passphrase is right, but the stored key record is damaged. Nothing was changed.',
  'vault.exportNeedsPassphrase': 'An encrypted export needs a passphrase for the file.',
  'vault.storageFull':
    'Beacon could not save because the disk or the browser storage is full. Nothing that was already saved has been lost. Free some space, then try again.',
  'vault.tabNoAddress': 'This tab has no web address Beacon can record.',
} as const;
