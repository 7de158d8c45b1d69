// Strings of the feed content script (shortcut and in-page card). The content script imports
// these three files directly — not lib/i18n/index.ts, which would bundle every page's words.
export const feed = {
  'feed.shortcut.post': 'Report this post',
  'feed.shortcut.account': 'Report this account',
  'feed.shortcut.page': 'Report this page',
  'feed.card.label': 'Beacon: capture and report',
  'feed.card.saved': 'Saved to your case.',
  'feed.card.savedTo': 'Saved to “{title}”.',
  'feed.card.savedInbox': 'Saved. It joins your case the next time you unlock Beacon.',
  'feed.card.savedPending': 'Saved for now. Open Beacon to set up your case and keep it.',
  'feed.card.failed': 'Not saved: {message}',
  'feed.card.refused': 'Not saved: this button was hidden or covered on the page.',
  'feed.card.tooSoon': 'Not saved: this button had just appeared or moved. Try again.',
  'feed.card.unreadable': 'Not saved: Beacon could not read this post’s address.',
  // Said after 'refused' and 'unreadable' (one copy of the words keeps the feed script small).
  'feed.card.useMenu': 'Right-click the post and choose “Capture with Beacon” instead.',
  'feed.card.account': 'Account',
  'feed.card.link': 'Link',
  'feed.card.route': 'To report it on {platform}:',
  'feed.card.unconfirmed': 'Check that the form opens on {platform}’s own website.',
  'feed.card.noForm':
    '{platform} has no report form we know of outside the app. A hotline can also take your report: choose “Get help now”.',
  'feed.card.copyOpen': 'Copy link and open the report form',
  'feed.card.copy': 'Copy link',
  'feed.card.copied': 'Link copied. Paste it into the report form.',
  'feed.card.copyFailed': 'Could not copy. Select the link above and copy it.',
  'feed.card.openCase': 'Open my case',
  'feed.card.help': 'Get help now',
  'feed.card.noMedia': 'Don’t save or share the images — Beacon keeps only the link.',
  'feed.card.close': 'Close',
  'feed.card.undo': 'Undo',
  'feed.card.truncated': 'Some details were too long and were shortened.',
} as const;
