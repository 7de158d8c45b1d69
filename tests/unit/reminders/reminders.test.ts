import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  completeReminder,
  registerReminders,
  resyncReminders,
  showReminder,
  snoozeReminder,
  syncReminders,
} from '@/entrypoints/background/reminders';
import {
  ALARM_PREFIX,
  alarmName,
  EMPTY_STATE,
  parseAlarmName,
  planAlarms,
  type ReminderState,
  reminderText,
} from '@/lib/escalation/reminders';

const NOW = Date.parse('2026-03-05T12:00:00Z');
const H = 3_600_000;
const due = (reportId: string, followUpAt: string, caseId = 'case1') => ({
  caseId,
  reportId,
  followUpAt,
});
const NAME = alarmName({ caseId: 'case1', reportId: 'rep1' });

describe('alarm names', () => {
  it('round-trips case and report ids and ignores other alarms', () => {
    expect(NAME).toBe(`${ALARM_PREFIX}case1:rep1`);
    expect(parseAlarmName(NAME)).toEqual({ caseId: 'case1', reportId: 'rep1' });
    expect(parseAlarmName('auto-lock')).toBeNull();
    expect(parseAlarmName(`${ALARM_PREFIX}a:b:c`)).toBeNull();
  });
});

describe('planAlarms (pure)', () => {
  const state = (over: Partial<ReminderState>): ReminderState => ({ ...EMPTY_STATE, ...over });

  it('schedules each follow-up at its time', () => {
    const plan = planAlarms(state({ due: [due('rep1', '2026-03-07T12:00:00Z')] }), [], NOW);
    expect(plan).toEqual({ create: [{ name: NAME, when: NOW + 48 * H }], clear: [] });
  });

  it('fires a follow-up that passed while the browser was closed, once', () => {
    const past = due('rep1', '2026-03-04T12:00:00Z');
    expect(planAlarms(state({ due: [past] }), [], NOW).create).toEqual([
      { name: NAME, when: NOW + 1000 },
    ]);
    const notified = state({ due: [past], notified: { [NAME]: past.followUpAt } });
    expect(planAlarms(notified, [], NOW).create).toEqual([]);
  });

  it('re-arms when the follow-up time changes after a notification', () => {
    const s = state({
      due: [due('rep1', '2026-03-06T12:00:00Z')],
      notified: { [NAME]: '2026-03-04T12:00:00Z' },
    });
    expect(planAlarms(s, [], NOW).create).toEqual([{ name: NAME, when: NOW + 24 * H }]);
  });

  it('keeps a snooze, skips done ones, clears our stale alarms but not others', () => {
    const s = state({
      due: [due('rep1', '2026-03-04T12:00:00Z'), due('rep2', '2026-03-06T12:00:00Z')],
      snoozedUntil: { [NAME]: NOW + 5 * H },
      done: { [alarmName({ caseId: 'case1', reportId: 'rep2' })]: '2026-03-06T12:00:00Z' },
    });
    const existing = [
      { name: `${ALARM_PREFIX}old:gone`, scheduledTime: NOW + H },
      { name: 'auto-lock', scheduledTime: NOW + H },
      { name: NAME, scheduledTime: NOW + 5 * H },
    ];
    expect(planAlarms(s, existing, NOW)).toEqual({
      create: [],
      clear: [`${ALARM_PREFIX}old:gone`],
    });
  });
});

describe('notification words', () => {
  it('never names anyone nor says what the case is about', () => {
    for (const lang of ['en', 'fr', 'es'] as const) {
      for (const discreet of [false, true]) {
        const text = reminderText({ lang, discreet });
        const all = `${text.title} ${text.message}`.toLowerCase();
        for (const word of [
          'abuse',
          'abus',
          'sexual',
          'sexuel',
          'child',
          'enfant',
          'niño',
          'image',
        ]) {
          expect(all, `${lang} ${discreet}`).not.toContain(word);
        }
        if (discreet) expect(all).not.toContain('beacon');
      }
    }
    expect(reminderText({ lang: 'en', discreet: false }).title).toBe('Beacon: a follow-up is due');
    expect(reminderText({ lang: 'en', discreet: true }).title).toBe('Notes: reminder');
  });
});

describe('background reminders (fake browser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('syncReminders creates one alarm per follow-up and removes dropped ones', async () => {
    await syncReminders(
      [due('rep1', '2026-03-07T12:00:00Z'), due('rep2', '2026-03-08T12:00:00Z')],
      { lang: 'en', discreet: false },
      NOW,
    );
    expect((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime])).toEqual([
      [NAME, NOW + 48 * H],
      [`${ALARM_PREFIX}case1:rep2`, NOW + 72 * H],
    ]);
    await syncReminders(
      [due('rep2', '2026-03-08T12:00:00Z')],
      { lang: 'en', discreet: false },
      NOW,
    );
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual([
      `${ALARM_PREFIX}case1:rep2`,
    ]);
  });

  it('rebuilds the alarms after a restart from storage alone', async () => {
    await syncReminders(
      [due('rep1', '2026-03-07T12:00:00Z')],
      { lang: 'fr', discreet: false },
      NOW,
    );
    await fakeBrowser.alarms.clearAll(); // the browser dropped them (Firefox restart)
    await resyncReminders(NOW);
    expect(await fakeBrowser.alarms.get(NAME)).toMatchObject({ scheduledTime: NOW + 48 * H });
  });

  it('an alarm shows a neutral notification with snooze and done', async () => {
    registerReminders();
    await syncReminders(
      [due('rep1', '2026-03-05T11:00:00Z')],
      { lang: 'en', discreet: false },
      NOW,
    );
    await fakeBrowser.alarms.onAlarm.trigger({ name: NAME, scheduledTime: NOW });
    await vi.waitFor(async () =>
      expect(await fakeBrowser.notifications.getAll()).toHaveProperty(NAME),
    );
    const shown = await fakeBrowser.notifications.getAll();
    expect(shown[NAME]).toMatchObject({
      type: 'basic',
      title: 'Beacon: a follow-up is due',
      buttons: [{ title: 'Remind me tomorrow' }, { title: 'Done' }],
      iconUrl: fakeBrowser.runtime.getURL('/icon/128.png'),
    });
  });

  it('discreet mode: discreet words and icon', async () => {
    await syncReminders([due('rep1', '2026-03-05T11:00:00Z')], { lang: 'fr', discreet: true }, NOW);
    await showReminder(NAME, NOW);
    const shown = await fakeBrowser.notifications.getAll();
    expect(shown[NAME]).toMatchObject({
      title: 'Notes : rappel',
      message: 'Vous avez un rappel.',
      iconUrl: fakeBrowser.runtime.getURL('/icon/discreet-128.png'),
    });
  });

  it('falls back to a notification without buttons where they are not supported (Firefox)', async () => {
    await syncReminders(
      [due('rep1', '2026-03-05T11:00:00Z')],
      { lang: 'en', discreet: false },
      NOW,
    );
    const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
    const spy = vi
      .spyOn(fakeBrowser.notifications, 'create')
      .mockImplementationOnce(async () => {
        throw new Error('Type error for parameter options: Unexpected property "buttons"');
      })
      .mockImplementation(create as never);
    await showReminder(NAME, NOW);
    expect(spy).toHaveBeenCalledTimes(2);
    const shown = await fakeBrowser.notifications.getAll();
    expect(shown[NAME]).not.toHaveProperty('buttons');
  });

  it('a shown reminder is not shown again after a restart', async () => {
    await syncReminders(
      [due('rep1', '2026-03-05T11:00:00Z')],
      { lang: 'en', discreet: false },
      NOW,
    );
    await showReminder(NAME, NOW);
    await fakeBrowser.alarms.clearAll();
    await resyncReminders(NOW + H);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('a click opens the case at its next steps', async () => {
    registerReminders();
    await syncReminders(
      [due('rep1', '2026-03-05T11:00:00Z')],
      { lang: 'en', discreet: false },
      NOW,
    );
    await showReminder(NAME, NOW);
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(NAME);
    await vi.waitFor(() =>
      expect(opened).toHaveBeenCalledWith({
        url: fakeBrowser.runtime.getURL('/workspace.html#/next?case=case1'),
      }),
    );
  });

  it('snooze re-arms the alarm 24 hours later and survives a restart', async () => {
    await syncReminders(
      [due('rep1', '2026-03-05T11:00:00Z')],
      { lang: 'en', discreet: false },
      NOW,
    );
    await showReminder(NAME, NOW);
    await snoozeReminder(NAME, NOW);
    expect(await fakeBrowser.alarms.get(NAME)).toMatchObject({ scheduledTime: NOW + 24 * H });
    expect(await fakeBrowser.notifications.getAll()).not.toHaveProperty(NAME);
    await fakeBrowser.alarms.clearAll();
    await resyncReminders(NOW + H);
    expect(await fakeBrowser.alarms.get(NAME)).toMatchObject({ scheduledTime: NOW + 24 * H });
  });

  it('done clears the alarm, tells the vault service, and stays done', async () => {
    const onDone = vi.fn();
    registerReminders({ onDone });
    await syncReminders(
      [due('rep1', '2026-03-06T11:00:00Z')],
      { lang: 'en', discreet: false },
      NOW,
    );
    await showReminder(NAME, NOW);
    await fakeBrowser.notifications.onButtonClicked.trigger(NAME, 1);
    await vi.waitFor(() =>
      expect(onDone).toHaveBeenCalledWith({ caseId: 'case1', reportId: 'rep1' }),
    );
    expect(await fakeBrowser.alarms.get(NAME)).toBeUndefined();
    await syncReminders(
      [due('rep1', '2026-03-06T11:00:00Z')],
      { lang: 'en', discreet: false },
      NOW,
    );
    expect(await fakeBrowser.alarms.get(NAME)).toBeUndefined();
  });

  it('completeReminder works without a notification shown', async () => {
    await syncReminders(
      [due('rep1', '2026-03-06T11:00:00Z')],
      { lang: 'en', discreet: false },
      NOW,
    );
    await completeReminder(NAME);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('leaves other features’ alarms and notifications alone', async () => {
    registerReminders();
    fakeBrowser.alarms.create('auto-lock', { when: NOW + H });
    await syncReminders([], { lang: 'en', discreet: false }, NOW);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'auto-lock', scheduledTime: NOW });
    expect(await fakeBrowser.alarms.get('auto-lock')).toBeDefined();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});
