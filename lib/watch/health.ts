/** Media this large (CSS px, each side) is content, not an avatar or an icon. */
export const MEDIA_MIN_SIDE = 150;
/** The feed's shortcut element (lib/feed/shortcut.ts) — its count is what the page shows. */
const SHORTCUT_TAG = 'beacon-shortcut';

export type FeedHealth = { buttons: number; mediaWithoutButton: boolean };

/**
 * How the feed fares on this page, read from outside the feed script (so every feed script
 * keeps its size budget): how many report buttons it placed, and whether the page shows large
 * media while it placed none — the sign that the platform's markup changed under the adapter.
 */
export function feedHealth(
  doc: Document,
  size: (el: Element) => { width: number; height: number } = (el) => el.getBoundingClientRect(),
): FeedHealth {
  const buttons = doc.querySelectorAll(SHORTCUT_TAG).length;
  if (buttons > 0) return { buttons, mediaWithoutButton: false };
  for (const el of doc.querySelectorAll('video, img')) {
    const { width, height } = size(el);
    if (width >= MEDIA_MIN_SIDE && height >= MEDIA_MIN_SIDE)
      return { buttons, mediaWithoutButton: true };
  }
  return { buttons, mediaWithoutButton: false };
}

/** Counters per platform, kept in storage.local (numbers only: no address, no page). */
export type DiagnosticsCounts = Record<
  string,
  { version: number; pages: number; buttons: number; noButton: number }
>;

export function countPage(
  counts: DiagnosticsCounts,
  platform: string,
  version: number,
  health: FeedHealth,
): DiagnosticsCounts {
  const previous = counts[platform];
  // A new adapter version starts its counts afresh: they describe that version's selectors.
  const row =
    previous && previous.version === version
      ? previous
      : { version, pages: 0, buttons: 0, noButton: 0 };
  return {
    ...counts,
    [platform]: {
      version,
      pages: row.pages + 1,
      buttons: row.buttons + health.buttons,
      noButton: row.noButton + (health.mediaWithoutButton ? 1 : 0),
    },
  };
}

/** The counts as plain text for a bug report (no addresses: there are none to give). */
export function diagnosticsText(counts: DiagnosticsCounts, extensionVersion: string): string {
  const lines = [`Beacon ${extensionVersion} — feed diagnostics`];
  for (const [platform, c] of Object.entries(counts).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(
      `${platform} v${c.version}: pages ${c.pages}, buttons ${c.buttons}, media without button ${c.noButton}`,
    );
  }
  return lines.join('\n');
}
