import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpFor } from '@/entrypoints/workspace/screens/Help';
import { type Lang, type MessageKey, t as translate } from '@/lib/i18n';
import { QUICK_EXIT_URL } from '@/lib/ui/quick-exit-url';
import { noAxeViolations } from './axe';
import { type Beacon, launchBeacon } from './harness';
import { ask, captureXPost, onboard, screenshotWorkspace } from './screens';

/**
 * The workspace shell in the built extension: onboarding in English and in French
 * (switching language on the first screen), clear errors, the popup's counts, lock and a wrong
 * passphrase, discreet mode, the help corner, and quick exit (button and Shift ×3). axe-core
 * checks every state visited. Expected words come from the catalogs; numbers from
 * the directory (US 911; FR 17 and 112).
 */
const PASSPHRASE = 'quiet meadow copper lantern';

/** The address a tab was asked to load, even when it ended on an error page. */
async function addressOf(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { currentIndex, entries } = (await cdp.send('Page.getNavigationHistory')) as {
      currentIndex: number;
      entries: Array<{ url: string }>;
    };
    return entries[currentIndex]?.url ?? page.url();
  } finally {
    await cdp.detach();
  }
}
const extensionPages = (beacon: Beacon) =>
  beacon.context
    .pages()
    .filter((p) => p.url().startsWith(`chrome-extension://${beacon.extensionId}/`));

describe('workspace shell in English', () => {
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    translate('en', key, params);
  let beacon: Beacon;
  let ws: Page;

  beforeAll(async () => {
    beacon = await launchBeacon({ locale: 'en-US' });
  });
  afterAll(async () => {
    await beacon?.close();
  });

  it('keeps a capture made before setup and says it is waiting', async () => {
    await captureXPost(beacon);
    ws = await beacon.openExtensionPage('workspace.html');
    await expect
      .poll(() => ws.getByText(t('ws.capturesWaitingOne')).count(), { timeout: 10_000 })
      .toBe(1);
    expect(await ws.title()).toBe(t('workspace.title'));
  });

  it('starts with safety: the emergency number, the sextortion advice and the no-images rule', async () => {
    await ws.getByLabel(t('ob.country')).selectOption('US');
    const emergency = ws.getByTestId('emergency');
    expect(await emergency.textContent()).toContain('911');
    expect(await emergency.getByRole('link').getAttribute('href')).toBe('tel:911');
    for (const key of [
      'ob.sext.notFault',
      'ob.sext.dontPay',
      'ob.sext.stopReplying',
      'ob.sext.dontDelete',
      'ob.rule.heading',
    ] as const) {
      expect(await ws.getByText(t(key)).count(), key).toBe(1);
    }
    // Always there: help and quick exit.
    expect(await ws.getByRole('link', { name: t('help.getHelpNow') }).count()).toBe(1);
    expect(await ws.getByRole('button', { name: t('ws.quickExit.label') }).count()).toBe(1);
    await noAxeViolations(ws, 'onboarding safety');
  });

  it('asks four questions and names what is missing', async () => {
    await ws.getByRole('button', { name: t('ob.continue') }).click();
    await ws.getByRole('button', { name: t('ob.continue') }).click();
    await expect.poll(() => ws.getByText(t('ob.err.choose')).count()).toBe(4);
    await noAxeViolations(ws, 'onboarding questions with errors');
    const group = (legend: MessageKey) => ws.getByRole('group', { name: t(legend) });
    // Each answer clears its own error (checked one at a time: the layout moves as they go).
    const answers: [MessageKey, MessageKey][] = [
      ['ob.role.legend', 'ob.role.victim'],
      ['ob.age.legend', 'ob.age.unknown'],
      ['ob.sextortion.legend', 'ob.yes'],
      ['ob.danger.legend', 'ob.yes'],
    ];
    for (const [i, [legend, answer]] of answers.entries()) {
      await group(legend).getByLabel(t(answer)).check();
      await expect.poll(() => ws.getByText(t('ob.err.choose')).count()).toBe(3 - i);
    }
    // In danger now: the emergency number, right there.
    await expect
      .poll(() =>
        ws
          .getByRole('alert')
          .filter({ hasText: t('ob.dangerNow', { number: '911' }) })
          .count(),
      )
      .toBe(1);
    await group('ob.danger.legend').getByLabel(t('ob.no')).check();
    await expect.poll(() => ws.getByText(t('ob.err.choose')).count()).toBe(0);
    await noAxeViolations(ws, 'onboarding questions answered');
    await ws.getByRole('button', { name: t('ob.continue') }).click();
  });

  it('rates the passphrase, insists on the confirmation and the warning, then creates the case', async () => {
    const pass = ws.getByLabel(t('ob.pass.label'), { exact: true });
    await pass.fill('password');
    expect(
      await ws.getByText(t('strength.label', { level: t('strength.0') }), { exact: false }).count(),
    ).toBe(1);
    expect(await ws.getByText(t('strength.tip.common')).count()).toBe(1);
    await pass.fill(PASSPHRASE);
    expect(await ws.getByText(t('strength.label', { level: t('strength.4') })).count()).toBe(1);
    await ws.getByLabel(t('ob.pass.confirm'), { exact: true }).fill(`${PASSPHRASE}x`);
    await ws.getByRole('button', { name: t('ob.create') }).click();
    await expect.poll(() => ws.getByText(t('ob.err.mismatch')).count()).toBe(1);
    expect(await ws.getByText(t('ob.err.ack')).count()).toBe(1);
    expect(await ws.getByText(t('ob.pass.warning')).count()).toBe(1);
    await noAxeViolations(ws, 'passphrase with errors');

    await ws.getByLabel(t('ob.pass.confirm'), { exact: true }).fill(PASSPHRASE);
    await ws.getByLabel(t('ob.pass.ack')).check();
    await ws.getByRole('button', { name: t('ob.create') }).click();
    await ws.getByRole('navigation', { name: t('ws.nav.label') }).waitFor({ timeout: 30_000 });
    // The capture made before setup is in the case now.
    expect(await ws.getByText(t('ws.capturesAddedOne')).count()).toBe(1);
    expect(await ws.getByText(t('ws.header.case', { title: t('ob.defaultTitle') })).count()).toBe(
      1,
    );
    const status = await ask<{ pendingCount: number; settings: { lang: string; country: string } }>(
      ws,
      'vaultStatus',
    );
    expect(status.pendingCount).toBe(0);
    expect(status.settings).toMatchObject({ lang: 'en', country: 'US' });
    const cases = await ask<Array<{ evidenceCount: number }>>(ws, 'listCases');
    expect(cases.map((c) => c.evidenceCount)).toEqual([1]);
    await ws.locator('main h1').first().waitFor();
    await noAxeViolations(ws, 'home after onboarding');
  });

  it('navigates with the header links, marking the current one', async () => {
    for (const [view, key] of [
      ['evidence', 'ws.nav.evidence'],
      ['settings', 'ws.nav.settings'],
      ['home', 'ws.nav.home'],
    ] as const) {
      await ws
        .getByRole('navigation')
        .getByRole('link', { name: t(key) })
        .click();
      await ws.waitForURL(new RegExp(`#/${view}`));
      expect(await ws.getByRole('link', { name: t(key) }).getAttribute('aria-current')).toBe(
        'page',
      );
    }
  });

  it('shows the case and its counts in the popup', async () => {
    const popup = await beacon.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByTestId('popup-counts').count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.getByText(t('ob.defaultTitle'), { exact: true }).count()).toBe(1);
    expect(await popup.getByTestId('popup-counts').textContent()).toBe(
      t('popup.counts', { evidence: 1, reports: 0 }),
    );
    expect(await popup.getByTestId('popup-due').textContent()).toBe(t('popup.noDue'));
    for (const name of [t('popup.captureTab'), t('help.getHelpNow'), t('popup.open')]) {
      expect(await popup.getByRole('button', { name }).count(), name).toBe(1);
    }
    await noAxeViolations(popup, 'popup unlocked');
    await popup.close();
  });

  it('locks, refuses a wrong passphrase with a clear message, and opens with the right one', async () => {
    await ws.getByRole('button', { name: t('ws.lock') }).click();
    await ws.getByRole('heading', { name: t('unlock.heading') }).waitFor();
    expect(await ws.getByRole('navigation', { name: t('ws.nav.label') }).count()).toBe(0);
    const popup = await beacon.openExtensionPage('popup.html');
    await expect
      .poll(() => popup.getByText(t('popup.locked')).count(), { timeout: 10_000 })
      .toBe(1);
    await noAxeViolations(popup, 'popup locked');
    await popup.close();

    await ws.getByLabel(t('unlock.label')).fill('not my passphrase');
    await ws.getByRole('button', { name: t('unlock.submit') }).click();
    await expect.poll(() => ws.getByText(t('unlock.wrong')).count(), { timeout: 15_000 }).toBe(1);
    expect(await ws.getByLabel(t('unlock.label')).getAttribute('aria-invalid')).toBe('true');
    await noAxeViolations(ws, 'unlock with a wrong passphrase');

    await ws.getByLabel(t('unlock.label')).fill(PASSPHRASE);
    await ws.getByRole('button', { name: t('unlock.submit') }).click();
    await ws.getByRole('navigation', { name: t('ws.nav.label') }).waitFor({ timeout: 20_000 });
  });

  it('discreet mode: "Notes" in the tab title, the header and the toolbar', async () => {
    await ws.goto(beacon.extensionUrl('workspace.html#/settings'));
    await ws.getByLabel(t('settings.discreet')).check();
    await expect.poll(() => ws.title()).toBe('Notes');
    expect(await ws.locator('.shell-name').textContent()).toBe('Notes');
    expect(await ws.locator('link[rel="icon"]').getAttribute('href')).toBe('/icon/discreet-32.png');
    const toolbarTitle = () =>
      beacon.worker.evaluate(() =>
        (
          globalThis as unknown as { chrome: { action: { getTitle(d: object): Promise<string> } } }
        ).chrome.action.getTitle({}),
      );
    await expect.poll(toolbarTitle).toBe('Notes');
    await noAxeViolations(ws, 'settings in discreet mode');
    // It survives a reload (the setting is saved).
    await ws.reload();
    await expect.poll(() => ws.title()).toBe('Notes');
    await ws.getByLabel(t('settings.discreet')).uncheck();
    await expect.poll(() => ws.title()).toBe(t('workspace.title'));
    await expect.poll(toolbarTitle).not.toBe('Notes');
  });

  it('validates settings numbers and saves them', async () => {
    const minutes = ws.getByLabel(t('settings.autoLock'));
    await minutes.fill('0');
    await ws.getByRole('button', { name: t('settings.saveChanges') }).click();
    await expect
      .poll(() => ws.getByText(t('settings.numberRange', { min: 1, max: 1440 })).count())
      .toBe(1);
    await minutes.fill('30');
    await ws.getByRole('button', { name: t('settings.saveChanges') }).click();
    await expect
      .poll(
        async () =>
          (await ask<{ settings: { autoLockMinutes: number } }>(ws, 'vaultStatus')).settings
            .autoLockMinutes,
      )
      .toBe(30);
  });

  it('the help corner: emergency number first, lines with "check this number" where unconfirmed', async () => {
    await ws.getByRole('link', { name: t('help.getHelpNow') }).click();
    await ws.getByRole('heading', { level: 1, name: t('help.heading') }).waitFor();
    const first = ws.locator('main .help > .notice-urgent');
    expect(await first.textContent()).toContain('911');
    const { talk, report } = helpFor('US');
    expect(talk.length).toBeGreaterThan(0);
    const unconfirmed = [...talk, ...report].filter((e) => !e.confirmed).length;
    expect(await ws.getByText(t('help.checkNumber'), { exact: true }).count()).toBe(unconfirmed);
    for (const entry of talk) {
      expect(await ws.getByRole('heading', { name: entry.name }).count(), entry.id).toBeGreaterThan(
        0,
      );
    }
    expect(await ws.getByText(t('help.dont.save')).count()).toBe(1);
    expect(await ws.getByText(t('settings.quickExit.limits')).count()).toBe(1);
    await noAxeViolations(ws, 'help (US)');
    // Another country from the same page.
    await ws.getByLabel(t('help.countryLabel')).selectOption('GB');
    expect(await first.textContent()).toContain('999');
  });

  it('quick exit closes every Beacon tab, locks, and opens a neutral page', async () => {
    const second = await beacon.openExtensionPage('workspace.html#/timeline');
    await second.getByRole('navigation').waitFor();
    expect(extensionPages(beacon).length).toBeGreaterThanOrEqual(2);
    await ws.bringToFront();
    const opened = beacon.context.waitForEvent('page');
    await ws.getByRole('button', { name: t('ws.quickExit.label') }).click();
    const tab = await opened;
    await expect.poll(() => extensionPages(beacon).length, { timeout: 10_000 }).toBe(0);
    // The new tab was asked for the neutral page. (The harness has no network: depending on
    // when Playwright attaches to a tab the extension created, it is served by the test's
    // route or shows Chromium's error page, whose history entry still holds the address.)
    await expect.poll(() => addressOf(tab), { timeout: 10_000 }).toBe(QUICK_EXIT_URL);
    const probe = await beacon.openExtensionPage('popup.html');
    expect((await ask<{ unlocked: boolean }>(probe, 'vaultStatus')).unlocked).toBe(false);
    await probe.close();
  });

  it('pressing Shift three times does the same; typing capitals does not', async () => {
    ws = await beacon.openExtensionPage('workspace.html');
    await ws.getByLabel(t('unlock.label')).waitFor();
    // Capitals typed with Shift in the passphrase field never trigger it.
    await ws.getByLabel(t('unlock.label')).pressSequentially('A', { delay: 20 });
    await ws.keyboard.press('Shift+B');
    await ws.keyboard.press('Shift+C');
    expect(ws.isClosed()).toBe(false);
    await ws.keyboard.press('Shift');
    await ws.keyboard.press('Shift');
    // The third press closes the tab, possibly before its key-up is delivered.
    await ws.keyboard.press('Shift').catch(() => undefined);
    await expect.poll(() => extensionPages(beacon).length, { timeout: 10_000 }).toBe(0);
  });
});

describe('onboarding in French, switched on the first screen', () => {
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    translate('fr', key, params);
  let beacon: Beacon;

  beforeAll(async () => {
    beacon = await launchBeacon({ locale: 'en-US' });
  });
  afterAll(async () => {
    await beacon?.close();
  });

  it('switches the whole page to French at once and keeps it after setup', async () => {
    const ws = await beacon.openExtensionPage('workspace.html');
    await ws.getByRole('heading', { name: translate('en', 'ob.safety.heading') }).waitFor();
    await ws.locator('select:has(option[value="es"])').selectOption('fr');
    await ws.getByRole('heading', { name: t('ob.safety.heading') }).waitFor();
    expect(await ws.locator('html').getAttribute('lang')).toBe('fr');
    await ws.getByLabel(t('ob.country')).selectOption('FR');
    const emergency = await ws.getByTestId('emergency').textContent();
    expect(emergency).toContain('17');
    expect(emergency).toContain('112');
    expect(await ws.getByText(t('ob.sext.dontPay')).count()).toBe(1);
    await noAxeViolations(ws, 'fr onboarding safety');

    await ws.reload();
    await onboard(ws, 'fr' as Lang, { country: 'FR', passphrase: PASSPHRASE });
    await ws.locator('main h1').first().waitFor();
    expect(await ws.locator('html').getAttribute('lang')).toBe('fr');
    expect(
      await ws
        .getByRole('navigation')
        .getByRole('link', { name: t('ws.nav.evidence') })
        .count(),
    ).toBe(1);
    expect(await ws.getByRole('button', { name: t('help.quickExit') }).count()).toBe(1);
    await noAxeViolations(ws, 'fr home');
    const status = await ask<{ settings: { lang: string; country: string } }>(ws, 'vaultStatus');
    expect(status.settings).toMatchObject({ lang: 'fr', country: 'FR' });

    const popup = await beacon.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByTestId('popup-counts').count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.getByTestId('popup-counts').textContent()).toBe(
      t('popup.counts', { evidence: 0, reports: 0 }),
    );
    expect(await popup.getByRole('button', { name: t('popup.captureTab') }).count()).toBe(1);
    await noAxeViolations(popup, 'fr popup');
  });
});

describe('screenshots of every screen, in English and French', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`writes demo-output/screens/${lang}-ws-*.png with no axe violation on any`, async () => {
      const beacon = await launchBeacon({ locale: lang === 'fr' ? 'fr-FR' : 'en-US' });
      try {
        await captureXPost(beacon);
        const files = await screenshotWorkspace(beacon, lang, {
          onState: (page, state) => noAxeViolations(page, state),
        });
        // 3 onboarding steps, 8 views, the popup, the unlock screen.
        expect(files).toHaveLength(13);
      } finally {
        await beacon.close();
      }
    });
  }
});
