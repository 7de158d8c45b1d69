// The in-page card's words after a capture (where it went, how to report, Undo). They are not
// in the feed content script: the background sends them with its answer, in the person's
// language (CaptureResult.words), so the feed scripts stay within their 25 KB budget.
export const card = {
  'feed.card.saved': 'Saved to your case.',
  'feed.card.savedTo': 'Saved to “{title}”.',
  'feed.card.savedInbox': 'Saved. It joins your case the next time you unlock Beacon.',
  'feed.card.savedPending': 'Saved for now. Open Beacon to set up your case and keep it.',
  'feed.card.link': 'Link',
  'feed.card.route': 'To report it on {platform}:',
  'feed.card.unconfirmed': 'Check that the form opens on {platform}’s own website.',
  'feed.card.noForm':
    '{platform} has no report form we know of outside the app. A hotline can also take your report: choose “Get help now”.',
  'feed.card.copyOpen': 'Copy link and open the report form',
  'feed.card.copy': 'Copy link',
  'feed.card.copied': 'Link copied. Paste it into the report form.',
  'feed.card.copyFailed': 'Could not copy. Select the link above and copy it.',
  'feed.card.undo': 'Undo',
  'feed.card.truncated': 'Some details were too long and were shortened.',
  'feed.card.undoRefused': 'Not undone: the card had just appeared or was covered. Try again.',
  'feed.card.undoFailed':
    'Not undone: Beacon didn’t answer. Use “Recent captures” in Beacon’s toolbar button to undo it.',
} as const;
