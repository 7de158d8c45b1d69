import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  completeReminder,
  registerReminders,
  showReminder,
  syncReminders,
} from '@/entrypoints/background/reminders';
import type { Case } from '@/lib/case/model';
import {
  ALARM_PREFIX,
  alarmName,
  dueReminders,
  EMPTY_STATE,
  parseAlarmName,
  parseRecheckAlarmName,
  planAlarms,
  RECHECK_PREFIX,
  type RecheckReminder,
  reminderCaseId,
  reminderText,
} from '@/lib/escalation/reminders';

const NOW = Date.parse('2026-03-05T12:00:00Z');
const H = 3_600_000;
const recheck = (days: 7 | 30, followUpAt: string, evidenceId = 'ev1'): RecheckReminder => ({
  kind: 'recheck',
  caseId: 'case1',
  evidenceId,
  days,
  followUpAt,
});
const NAME7 = alarmName(recheck(7, ''));

/** A case with one report awaiting an answer and evidence in the given states (ids only matter). */
function kase(evidence: Partial<Case['evidence'][number]>[]): Case {
  return {
    id: 'case1',
    reports: [{ id: 'rep1', status: 'sent', followUpAt: '2026-03-07T12:00:00.000Z' }],
    evidence: evidence.map((e, i) => ({
      id: `ev${i + 1}`,
      status: 'online',
      statusHistory: [],
      updatedAt: '2026-01-01T00:00:00.000Z',
      ...e,
    })),
  } as unknown as Case;
}

describe('re-check alarm names', () => {
  it('have their own prefix and parse back; follow-up names are unchanged', () => {
    expect(NAME7).toBe(`${RECHECK_PREFIX}case1:ev1:7`);
    expect(parseRecheckAlarmName(NAME7)).toEqual({ caseId: 'case1', evidenceId: 'ev1', days: 7 });
    expect(parseAlarmName(NAME7)).toBeNull();
    expect(alarmName({ caseId: 'case1', reportId: 'rep1' })).toBe(`${ALARM_PREFIX}case1:rep1`);
    expect(parseRecheckAlarmName(`${ALARM_PREFIX}case1:rep1`)).toBeNull();
    expect(reminderCaseId(NAME7)).toBe('case1');
    expect(reminderCaseId(`${ALARM_PREFIX}case2:rep1`)).toBe('case2');
  });

  it('refuse malformed names', () => {
    for (const bad of [
      `${RECHECK_PREFIX}case1:ev1:8`,
      `${RECHECK_PREFIX}case1:ev1`,
      `${RECHECK_PREFIX}case1:ev1:7:x`,
      `${RECHECK_PREFIX}:ev1:7`,
      'auto-lock',
    ]) {
      expect(parseRecheckAlarmName(bad), bad).toBeNull();
      expect(reminderCaseId(bad), bad).toBeNull();
    }
  });
});

describe('dueReminders with removed evidence', () => {
  it('adds the 7- and 30-day re-checks after the report follow-ups', () => {
    const cases = [
      kase([
        {
          status: 'removed',
          statusHistory: [{ status: 'removed', at: '2026-03-01T10:00:00.000Z', seenBy: 'you' }],
        },
        { status: 'online' },
      ]),
    ];
    expect(dueReminders(cases, new Date(NOW))).toEqual([
      { caseId: 'case1', reportId: 'rep1', followUpAt: '2026-03-07T12:00:00.000Z' },
      recheck(7, '2026-03-08T10:00:00.000Z'),
      recheck(30, '2026-03-31T10:00:00.000Z'),
    ]);
  });

  it('drops re-checks already done and those of content that came back', () => {
    const cases = [
      kase([
        {
          status: 'removed',
          statusHistory: [
            { status: 'removed', at: '2026-01-20T10:00:00.000Z', seenBy: 'you' },
            { status: 'removed', at: '2026-01-28T10:00:00.000Z', seenBy: 'you' },
          ],
        },
        {
          status: 'reappeared',
          statusHistory: [
            { status: 'removed', at: '2026-02-20T10:00:00.000Z', seenBy: 'you' },
            { status: 'reappeared', at: '2026-03-01T10:00:00.000Z', seenBy: 'you' },
          ],
        },
      ]),
    ];
    expect(dueReminders(cases, new Date(NOW)).slice(1)).toEqual([
      recheck(30, '2026-02-19T10:00:00.000Z'),
    ]);
  });

  it('a removal dated in the future schedules nothing', () => {
    const cases = [
      kase([
        {
          status: 'removed',
          statusHistory: [{ status: 'removed', at: '2030-01-01T10:00:00.000Z', seenBy: 'manual' }],
        },
      ]),
    ];
    expect(dueReminders(cases, new Date(NOW))).toHaveLength(1);
  });
});

describe('planAlarms with re-checks', () => {
  it('schedules re-checks beside follow-ups and clears stale re-check alarms only', () => {
    const state = {
      ...EMPTY_STATE,
      due: [
        { caseId: 'case1', reportId: 'rep1', followUpAt: '2026-03-07T12:00:00Z' },
        recheck(7, '2026-03-08T12:00:00Z'),
      ],
    };
    const plan = planAlarms(
      state,
      [
        { name: `${RECHECK_PREFIX}case1:gone:30`, scheduledTime: NOW + H },
        { name: 'auto-lock', scheduledTime: NOW + H },
      ],
      NOW,
    );
    expect(plan).toEqual({
      create: [
        { name: `${ALARM_PREFIX}case1:rep1`, when: NOW + 48 * H },
        { name: NAME7, when: NOW + 72 * H },
      ],
      clear: [`${RECHECK_PREFIX}case1:gone:30`],
    });
  });
});

describe('re-check notification words', () => {
  it('are neutral, and the same discreet words as any reminder in discreet mode', () => {
    for (const lang of ['en', 'fr', 'es'] as const) {
      const normal = reminderText({ lang, discreet: false }, 'recheck');
      const all = `${normal.title} ${normal.message}`.toLowerCase();
      for (const word of ['sex', 'nude', 'abuse', 'image', 'photo', 'remov', 'retir', 'child']) {
        expect(all, lang).not.toContain(word);
      }
      expect(reminderText({ lang, discreet: true }, 'recheck')).toEqual(
        reminderText({ lang, discreet: true }),
      );
    }
    expect(reminderText({ lang: 'en', discreet: false }, 'recheck').title).toBe(
      'Beacon: time to check again',
    );
  });
});

describe('re-check reminders in the background (fake browser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('an alarm shows the re-check words and a click opens the case', async () => {
    registerReminders();
    await syncReminders([recheck(7, '2026-03-05T11:00:00Z')], { lang: 'en', discreet: false }, NOW);
    expect(await fakeBrowser.alarms.get(NAME7)).toBeTruthy();
    await fakeBrowser.alarms.onAlarm.trigger({ name: NAME7, scheduledTime: NOW });
    await vi.waitFor(async () =>
      expect(await fakeBrowser.notifications.getAll()).toHaveProperty(NAME7),
    );
    expect((await fakeBrowser.notifications.getAll())[NAME7]).toMatchObject({
      title: 'Beacon: time to check again',
    });
  });

  it('done marks it done without touching any report follow-up', async () => {
    const onDone = vi.fn();
    await syncReminders([recheck(7, '2026-03-05T11:00:00Z')], { lang: 'en', discreet: false }, NOW);
    await showReminder(NAME7, NOW);
    await completeReminder(NAME7, { onDone });
    expect(onDone).not.toHaveBeenCalled();
    await showReminder(NAME7, NOW);
    expect(await fakeBrowser.alarms.get(NAME7)).toBeFalsy();
  });
});
