import { QUICK_EXIT_URL } from '@/lib/ui/quick-exit-url';
import { send } from './send';

/**
 * Leave Beacon at once: hide this page immediately, then ask the background to open a neutral
 * page, close every Beacon tab and lock. If the background doesn't answer quickly, this tab
 * goes to the neutral page by itself (replacing history, so Back doesn't return here).
 */
export async function quickExit(): Promise<void> {
  document.title = '…';
  document.documentElement.style.visibility = 'hidden';
  const fallback = setTimeout(() => location.replace(QUICK_EXIT_URL), 1500);
  try {
    await send('quickExit');
  } catch {
    clearTimeout(fallback);
    location.replace(QUICK_EXIT_URL);
  }
}
