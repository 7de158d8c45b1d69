/** Hostile-file refusals and safe file viewing (proof files, imports). */
export const files = {
  'files.notAllowed':
    'Beacon can keep only PDF, PNG, JPEG, WebP or HEIC files, and this file’s content is not one of them (or not the type its name says). Nothing was saved. Choose a scan or a photo of the document.',
  'files.downloaded':
    'This file can’t be shown safely in Beacon, so it was downloaded instead. Open it from your downloads folder.',
  'files.notImported': 'The file “{name}” can’t be imported.',
  // Import refusals of a ZIP. `{name}` comes from the file: shown shortened and with hidden
  // characters escaped (lib/vault/file-types.ts shownName).
  'files.zip.damaged': 'The ZIP archive is damaged or cut short, so it can’t be read.',
  'files.zip.tooManyEntries': 'The ZIP holds more than {count} files.',
  'files.zip.twice': 'The ZIP holds “{name}” twice, so it can’t be read safely.',
  'files.zip.tooMuch': 'The ZIP unpacks to more than {size} MB.',
  'files.zip.caseJsonTooBig': 'case.json in the ZIP is larger than {size} MB.',
  'files.zip.noCaseJson': 'The ZIP has no case.json, so it is not a Beacon export.',
  'files.zip.listedTwice': 'The file “{name}” is listed twice in case.json.',
  'files.zip.largerThanListed':
    'The file “{name}” in the ZIP is larger than listed, so it can’t be read safely.',
  'files.zip.missing': 'The file “{name}” listed in case.json is missing from the ZIP.',
  'files.import.caseTwice': 'The file lists the case “{id}” twice.',
  'files.import.itemTwice': 'The case “{title}” has two items with the id “{id}”.',
  'files.import.orphanFile': 'The file “{name}” doesn’t belong to any proof item in the file.',
  'files.zip.damagedFile':
    'The file “{name}” in the ZIP is damaged (its size or SHA-256 is not the one listed).',
  // Import refusals of the file as a whole. `{what}` is one of the files.what.* names;
  // `{detail}` is a technical detail (in English) for whoever helps with a bug report.
  'files.what.encrypted': 'The encrypted file',
  'files.what.caseJson': 'case.json',
  'files.what.caseData': 'The case data',
  'files.import.empty': 'The file is empty.',
  'files.import.tooLarge': 'The file is larger than {size} MB, the most Beacon imports.',
  'files.import.notBeacon':
    'This is not a Beacon export file (it is neither a Beacon ZIP nor an encrypted Beacon file).',
  'files.import.noFormatName':
    'This is not a Beacon export file (its format name is missing or different).',
  'files.import.noFormatVersion': 'The file has no format version.',
  'files.import.newerFormat':
    'The file was made by a newer version of Beacon (format {version}; this version reads up to {max}). Update Beacon, then import it again.',
  'files.import.unknownFormat':
    'The file’s format version ({version}) is not one Beacon ever wrote.',
  'files.import.notText': '{what} is damaged (it is not valid text).',
  'files.import.unreadable': '{what} can’t be read: {detail}.',
  'files.import.shape': '{what} doesn’t have the expected shape: {detail}.',
  'files.import.shapeAt': '{what} doesn’t have the expected shape at {path}: {detail}.',
  'files.import.unsafeKeys': 'The file can’t be opened safely: {detail}.',
  'files.import.needsPassphrase':
    'This file is protected by a passphrase. Type the passphrase it was exported with.',
  'files.import.wrongPassphrase':
    'That passphrase doesn’t open this file. Check it and try again (it is the one chosen when the file was exported).',
  'files.import.sealMismatch':
    'The passphrase is right but the file is damaged or was changed after export: its content does not match its seal.',
  'files.import.headerMismatch':
    'The file’s header and its content carry different SHA-256 values: it was changed after export.',
  'files.import.hashMismatch':
    'The content doesn’t match the SHA-256 written in the file: it was changed or damaged after export.',
  'files.import.noDataVersion': 'The file has no case data version.',
  'files.import.newerData':
    'The cases in this file were written by a newer version of Beacon (data version {version}; this one reads up to {max}). Update Beacon, then import it again.',
  'files.import.cantUpdate':
    'Beacon can’t update the cases in this file from data version {version} ({detail}).',
  'files.import.notBase64': 'The file could not be read (the data sent was not base64).',
} as const;
