import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noAxeViolations } from './axe';
import { type Beacon, launchBeacon } from './harness';
import { captureXPost, onboard } from './screens';

/**
 * How the pages hold up for people who need them to (WCAG 2.2 AA): at 200% zoom (a
 * 1280 px window is 640 CSS px wide) nothing needs sideways scrolling; in dark mode with reduced
 * motion every screen still passes axe-core (contrast included) and nothing animates.
 */
const VIEWS = ['home', 'evidence', 'proof', 'reports', 'next', 'timeline', 'settings', 'help'];

describe('zoom, dark mode and reduced motion', () => {
  let beacon: Beacon;
  beforeAll(async () => {
    beacon = await launchBeacon();
    await captureXPost(beacon);
    const ws = await beacon.openExtensionPage('workspace.html');
    await onboard(ws, 'en', { country: 'GB', passphrase: 'slow harbour maple eleven' });
    await ws.close();
  });
  afterAll(async () => {
    await beacon?.close();
  });

  it.each(VIEWS)(
    '%s: no sideways scrolling at double zoom, no axe violation in dark mode',
    async (view) => {
      const page = await beacon.context.newPage();
      await page.setViewportSize({ width: 640, height: 900 });
      await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      await page.goto(beacon.extensionUrl(`workspace.html#/${view}`));
      await page.getByRole('navigation').first().waitFor();
      await page.waitForTimeout(300);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${view} is ${overflow}px wider than the window`).toBeLessThanOrEqual(0);
      expect(
        await page.evaluate(
          () =>
            getComputedStyle(document.body).getPropertyValue('color-scheme').includes('dark') ||
            matchMedia('(prefers-color-scheme: dark)').matches,
        ),
      ).toBe(true);
      const animated = await page.evaluate(
        () =>
          [...document.querySelectorAll('*')].filter((el) => {
            const s = getComputedStyle(el);
            return s.animationName !== 'none' || Number.parseFloat(s.transitionDuration) > 0;
          }).length,
      );
      expect(animated).toBe(0);
      await noAxeViolations(page, `${view} (dark, 640px)`);
      await page.screenshot({ path: `demo-output/screens/dark-640-${view}.png`, fullPage: true });
      await page.close();
    },
  );

  it('the popup in dark mode', async () => {
    const popup = await beacon.context.newPage();
    await popup.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(beacon.extensionUrl('popup.html'));
    await popup.getByRole('button').first().waitFor();
    await noAxeViolations(popup, 'popup (dark)');
    await popup.close();
  });
});
