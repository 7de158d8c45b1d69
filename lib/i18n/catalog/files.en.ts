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
} as const;
