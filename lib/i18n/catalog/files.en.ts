/** Hostile-file refusals and safe file viewing (proof files, imports). */
export const files = {
  'files.notAllowed':
    'Beacon can keep only PDF, PNG, JPEG, WebP or HEIC files, and this file’s content is not one of them (or not the type its name says). Nothing was saved. Choose a scan or a photo of the document.',
  'files.downloaded':
    'This file can’t be shown safely in Beacon, so it was downloaded instead. Open it from your downloads folder.',
  'files.notImported': 'The file “{name}” can’t be imported.',
} as const;
