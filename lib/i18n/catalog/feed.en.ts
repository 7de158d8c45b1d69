// Strings of the feed content script (shortcut and in-page card). The content script imports
// these three files directly — not lib/i18n/index.ts, which would bundle every page's words.
export const feed = {
  'feed.shortcut.post': 'Report this post',
  'feed.shortcut.account': 'Report this account',
  'feed.shortcut.page': 'Report this page',
  'feed.label': 'Beacon: capture and report',
  'feed.failed': 'Not saved.',
  'feed.refused': 'Not saved: this button was hidden or covered on the page.',
  'feed.tooSoon': 'Not saved: this button had just appeared or moved. Try again.',
  'feed.unreadable': 'Not saved: Beacon could not read this post’s address.',
  // Said after 'refused' and 'unreadable' (one copy of the words keeps the feed script small).
  'feed.useMenu': 'Right-click the post and choose “Capture with Beacon” instead.',
  'feed.openCase': 'Open my case',
  'feed.help': 'Get help now',
  'feed.noMedia': 'Don’t save or share the images — Beacon keeps only the link.',
  'feed.close': 'Close',
  'feed.account': 'Account',
} as const;
