import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Beacon, launchBeacon, okFrom } from './harness';

/**
 * Follow-up reminders in the built extension: a report with a follow-up time gets an
 * alarm; when it fires, a notification appears whose wording never names the victim, and a
 * click on it opens the case's next steps (the click itself is a system UI Playwright can't
 * press; tests/unit/escalation covers the click routing with the fake browser).
 */
type Chrome = {
  alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number }>> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
};

describe('follow-up reminders', () => {
  let beacon: Beacon;
  beforeAll(async () => {
    beacon = await launchBeacon();
  });
  afterAll(async () => {
    await beacon?.close();
  });

  it('schedules an alarm per follow-up and shows a notification when it fires', async () => {
    const page = await beacon.openExtensionPage('workspace.html');
    await okFrom(page, 'createVault', {
      passphrase: 'reminder test passphrase',
      profile: {
        title: 'Reminder case',
        role: 'parent',
        ageAtTime: 'minor',
        country: 'US',
        languages: ['en'],
        victimName: 'Sam Example',
      },
    });
    const [summary] = await okFrom<Array<{ id: string }>>(page, 'listCases');
    const caseId = (summary as { id: string }).id;
    const followUpAt = new Date(Date.now() + 4_000).toISOString();
    const kase = await okFrom<{ reports: Array<{ id: string }> }>(page, 'updateCase', {
      id: caseId,
      op: {
        op: 'addReport',
        fields: {
          channel: 'platform-form',
          platform: 'x',
          targetName: 'X',
          sentAt: new Date().toISOString(),
          status: 'sent',
          followUpAt,
        },
      },
    });
    const reportId = (kase.reports[0] as { id: string }).id;
    const name = `${caseId}:${reportId}`;

    await expect
      .poll(async () =>
        (
          await beacon.worker.evaluate(() =>
            (globalThis as unknown as { chrome: Chrome }).chrome.alarms.getAll(),
          )
        ).map((a) => a.name),
      )
      .toContainEqual(expect.stringContaining(name));
    const alarm = (
      await beacon.worker.evaluate(() =>
        (globalThis as unknown as { chrome: Chrome }).chrome.alarms.getAll(),
      )
    ).find((a) => a.name.includes(name));
    expect(Math.abs((alarm?.scheduledTime ?? 0) - Date.parse(followUpAt))).toBeLessThan(1_000);

    await expect
      .poll(
        async () =>
          Object.keys(
            await beacon.worker.evaluate(() =>
              (globalThis as unknown as { chrome: Chrome }).chrome.notifications.getAll(),
            ),
          ),
        {
          timeout: 20_000,
          interval: 500,
        },
      )
      .toContainEqual(expect.stringContaining(name));

    // What the notification says is held only by the OS; the stored reminder state must not
    // carry case content either: ids and times only.
    const stored = await beacon.worker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { get(k: string): Promise<unknown> } } };
        }
      ).chrome.storage.local.get('beacon:reminders'),
    );
    expect(JSON.stringify(stored)).not.toContain('Sam Example');
    expect(JSON.stringify(stored)).not.toContain('Reminder case');
    await page.close();
  });
});
