/** The notice generators Beacon has (one file each in lib/notices). */
export const NOTICE_IDS = [
  'platform-child-safety',
  'take-it-down-act',
  'dsa-article-16',
  'dmca-512',
  'hotline-summary',
  'police-letter',
  'platform-appeal',
  'hashtag-account',
] as const;
export type NoticeId = (typeof NOTICE_IDS)[number];
