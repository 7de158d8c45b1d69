import { browser } from 'wxt/browser';

const SIZES = [16, 32, 48, 128] as const;
const iconSet = (prefix: string) =>
  Object.fromEntries(SIZES.map((size) => [size, `/icon/${prefix}${size}.png`]));

let applied: boolean | null = null;

/**
 * Discreet mode: the toolbar button looks like a plain notes app ("Notes", a page icon), so a
 * glance at the browser doesn't reveal what the family is doing. Idempotent and cheap.
 */
export async function applyDiscreet(discreet: boolean): Promise<void> {
  if (applied === discreet) return;
  applied = discreet;
  const action =
    browser.action ??
    (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  if (!action) return;
  await action.setIcon({ path: iconSet(discreet ? 'discreet-' : '') });
  await action.setTitle({
    title: discreet ? 'Notes' : browser.i18n.getMessage('actionTitle') || 'Beacon',
  });
}

/**
 * The background learns the discreet setting from the vault's own answers (status, settings,
 * unlock, wipe), so the toolbar follows every change without reading storage itself.
 */
export function discreetFromAnswer(answer: unknown): boolean | undefined {
  if (typeof answer !== 'object' || answer === null) return undefined;
  const { ok, data } = answer as { ok?: unknown; data?: unknown };
  if (ok !== true || typeof data !== 'object' || data === null) return undefined;
  const direct = (data as { discreet?: unknown }).discreet;
  if (typeof direct === 'boolean') return direct;
  const nested = (data as { settings?: { discreet?: unknown } }).settings?.discreet;
  return typeof nested === 'boolean' ? nested : undefined;
}
