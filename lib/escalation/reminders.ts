import type { Case, Settings } from '../case/model';
import { type Lang, t } from '../i18n';

// Follow-up reminders, the pure part: alarm names, what to schedule, what a notification says.
// The browser side (alarms, notifications, storage) is entrypoints/background/reminders.ts.

/** A report's follow-up, as the vault service hands it over: ids and a time, nothing else. */
export type DueReminder = { caseId: string; reportId: string; followUpAt: string };

export type ReminderPrefs = Pick<Settings, 'lang' | 'discreet'>;

/**
 * What survives restarts (kept in storage.local: ids and times only, no case content).
 * `notified`/`done` remember the follow-up time they were for, so a new follow-up time re-arms.
 */
export type ReminderState = {
  due: DueReminder[];
  prefs: ReminderPrefs;
  snoozedUntil: Record<string, number>;
  notified: Record<string, string>;
  done: Record<string, string>;
};

export const EMPTY_STATE: ReminderState = {
  due: [],
  prefs: { lang: 'en', discreet: false },
  snoozedUntil: {},
  notified: {},
  done: {},
};

export const ALARM_PREFIX = 'beacon-follow-up:';
export const SNOOZE_MS = 24 * 3_600_000;

export function alarmName(r: Pick<DueReminder, 'caseId' | 'reportId'>): string {
  return `${ALARM_PREFIX}${r.caseId}:${r.reportId}`;
}

/** Case and report ids from an alarm (or notification) name; null for anyone else's alarm. */
export function parseAlarmName(name: string): { caseId: string; reportId: string } | null {
  if (!name.startsWith(ALARM_PREFIX)) return null;
  const [caseId, reportId, ...rest] = name.slice(ALARM_PREFIX.length).split(':');
  if (!caseId || !reportId || rest.length) return null;
  return { caseId, reportId };
}

export type AlarmPlan = { create: { name: string; when: number }[]; clear: string[] };

/**
 * The alarms that should exist, compared with those that do. A follow-up already notified (and
 * not snoozed) or marked done gets no alarm; a snoozed one fires at the end of its snooze.
 */
export function planAlarms(
  state: ReminderState,
  existing: { name: string; scheduledTime: number }[],
  now: number,
): AlarmPlan {
  const wanted = new Map<string, number>();
  for (const r of state.due) {
    const name = alarmName(r);
    const at = Date.parse(r.followUpAt);
    if (Number.isNaN(at) || state.done[name] === r.followUpAt) continue;
    const snoozed = state.snoozedUntil[name];
    if (snoozed !== undefined && snoozed > now) {
      wanted.set(name, snoozed);
      continue;
    }
    if (state.notified[name] === r.followUpAt) continue;
    // A time already past (browser was closed) fires right away.
    wanted.set(name, Math.max(at, now + 1000));
  }
  const ours = existing.filter((a) => a.name.startsWith(ALARM_PREFIX));
  const create = [...wanted]
    .filter(([name, when]) => !ours.some((a) => a.name === name && a.scheduledTime === when))
    .map(([name, when]) => ({ name, when }));
  const clear = ours.filter((a) => !wanted.has(a.name)).map((a) => a.name);
  return { create, clear };
}

/** Forget what belongs to follow-ups no longer due, so the stored state stays small. */
export function pruneState(state: ReminderState): ReminderState {
  const names = new Set(state.due.map(alarmName));
  const keep = <T>(m: Record<string, T>) =>
    Object.fromEntries(Object.entries(m).filter(([k]) => names.has(k)));
  return {
    ...state,
    snoozedUntil: keep(state.snoozedUntil),
    notified: keep(state.notified),
    done: keep(state.done),
  };
}

/**
 * A notification's words. It may show on a lock screen: never a name, never what the case is
 * about; in discreet mode it reads like any notes app.
 */
export function reminderText(prefs: ReminderPrefs): {
  title: string;
  message: string;
  buttons: [string, string];
} {
  const lang: Lang = prefs.lang;
  const d = prefs.discreet ? 'discreet' : 'normal';
  return {
    title: t(lang, `reminders.${d}.title`),
    message: t(lang, `reminders.${d}.message`),
    buttons: [t(lang, 'reminders.snooze'), t(lang, 'reminders.done')],
  };
}

/** Where a click on the notification leads: the case's next steps. */
export function nextStepsPath(caseId: string): `/workspace.html${string}` {
  return `/workspace.html#/next?case=${encodeURIComponent(caseId)}`;
}

/** Reports still waiting for an answer: what the follow-up alarms are for. */
const AWAITING_ANSWER = new Set(['sent', 'acknowledged']);

/** Every follow-up Beacon should remind about, across the open vault's cases. */
export function dueReminders(cases: readonly Case[]): DueReminder[] {
  return cases.flatMap((kase) =>
    kase.reports
      .filter((r) => r.followUpAt && AWAITING_ANSWER.has(r.status))
      .map((r) => ({ caseId: kase.id, reportId: r.id, followUpAt: r.followUpAt as string })),
  );
}
