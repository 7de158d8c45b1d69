import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SAVED_BADGE_MS, showSavedBadge } from '@/entrypoints/background/capture';

/**
 * The toolbar badge after a shortcut capture: the page can hide the in-page card,
 * never the browser's toolbar. The fake browser's action API is mocked to record per-tab state.
 */
describe('the saved badge', () => {
  const badge = new Map<number, string>();
  const title = new Map<number, string>();

  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
    badge.clear();
    title.clear();
    const action = browser.action as unknown as Record<string, unknown>;
    action.setBadgeText = vi.fn(async ({ text, tabId }: { text: string; tabId: number }) => {
      badge.set(tabId, text);
    });
    action.setBadgeBackgroundColor = vi.fn(async () => undefined);
    action.setTitle = vi.fn(async ({ title: t, tabId }: { title: string; tabId: number }) => {
      title.set(tabId, t);
    });
    vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('Beacon');
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts the tab’s captures under the title "Saved to Beacon", then clears after a while', async () => {
    await showSavedBadge(4, 2, { discreet: false, title: 'Saved to Beacon' });
    expect(badge.get(4)).toBe('2');
    expect(title.get(4)).toBe('Saved to Beacon');
    await showSavedBadge(5, 12, { discreet: false, title: 'Guardado en Beacon' });
    expect(badge.get(5)).toBe('9+');
    await vi.advanceTimersByTimeAsync(SAVED_BADGE_MS);
    expect(badge.get(4)).toBe('');
    expect(title.get(4)).toBe('Beacon');
  });

  it('in discreet mode: a plain check mark, and the neutral title is left alone', async () => {
    await showSavedBadge(4, 3, { discreet: true, title: 'Saved to Beacon' });
    expect(badge.get(4)).toBe('✓');
    expect(title.has(4)).toBe(false);
  });

  it('a new capture restarts the wait; none left (all undone) clears at once', async () => {
    await showSavedBadge(4, 1, { discreet: false, title: 'Saved to Beacon' });
    await vi.advanceTimersByTimeAsync(SAVED_BADGE_MS - 1000);
    await showSavedBadge(4, 2, { discreet: false, title: 'Saved to Beacon' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(badge.get(4)).toBe('2');
    await showSavedBadge(4, 0, { discreet: false, title: 'Saved to Beacon' });
    expect(badge.get(4)).toBe('');
  });
});
