import type { Case, Settings } from '../case/model';
import { backgroundText, type Lang } from '../i18n/background';
import { type RecheckDays, rechecksOf } from './recheck';

// Follow-up reminders, the pure part: alarm names, what to schedule, what a notification says.
// The browser side (alarms, notifications, storage) is entrypoints/background/reminders.ts.

/** A report's follow-up, as the vault service hands it over: ids and a time, nothing else. */
export type FollowUpReminder = { caseId: string; reportId: string; followUpAt: string };
/** A re-check of removed evidence (lib/escalation/recheck.ts): ids and a time, nothing else. */
export type RecheckReminder = {
  kind: 'recheck';
  caseId: string;
  evidenceId: string;
  days: RecheckDays;
  followUpAt: string;
};
export type DueReminder = FollowUpReminder | RecheckReminder;

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
/** Re-checks get their own prefix, so a follow-up's name and its parsing stay as they were. */
export const RECHECK_PREFIX = 'beacon-recheck:';
export const SNOOZE_MS = 24 * 3_600_000;

export function alarmName(
  r:
    | Pick<FollowUpReminder, 'caseId' | 'reportId'>
    | Pick<RecheckReminder, 'kind' | 'caseId' | 'evidenceId' | 'days'>,
): string {
  if ('kind' in r && r.kind === 'recheck') {
    return `${RECHECK_PREFIX}${r.caseId}:${r.evidenceId}:${r.days}`;
  }
  return `${ALARM_PREFIX}${r.caseId}:${(r as FollowUpReminder).reportId}`;
}

/** Case and evidence ids and the re-check's day count from an alarm name; null otherwise. */
export function parseRecheckAlarmName(
  name: string,
): { caseId: string; evidenceId: string; days: RecheckDays } | null {
  if (!name.startsWith(RECHECK_PREFIX)) return null;
  const [caseId, evidenceId, days, ...rest] = name.slice(RECHECK_PREFIX.length).split(':');
  if (!caseId || !evidenceId || rest.length || (days !== '7' && days !== '30')) return null;
  return { caseId, evidenceId, days: Number(days) as RecheckDays };
}

/** The case a reminder alarm (follow-up or re-check) is about; null for anyone else's alarm. */
export function reminderCaseId(name: string): string | null {
  return (parseAlarmName(name) ?? parseRecheckAlarmName(name))?.caseId ?? null;
}

function isOurs(name: string): boolean {
  return name.startsWith(ALARM_PREFIX) || name.startsWith(RECHECK_PREFIX);
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
  const ours = existing.filter((a) => isOurs(a.name));
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
export function reminderText(
  prefs: ReminderPrefs,
  kind: 'follow-up' | 'recheck' = 'follow-up',
): {
  title: string;
  message: string;
  buttons: [string, string];
} {
  const lang: Lang = prefs.lang;
  // Discreet mode keeps one neutral text for every kind: the kind itself says too much.
  const d = prefs.discreet ? 'discreet' : kind === 'recheck' ? 'recheck' : 'normal';
  return {
    title: backgroundText(lang, `reminders.${d}.title`),
    message: backgroundText(lang, `reminders.${d}.message`),
    buttons: [backgroundText(lang, 'reminders.snooze'), backgroundText(lang, 'reminders.done')],
  };
}

/** Where a click on the notification leads: the case's next steps. */
export function nextStepsPath(caseId: string): `/workspace.html${string}` {
  return `/workspace.html#/next?case=${encodeURIComponent(caseId)}`;
}

/** Reports still waiting for an answer: what the follow-up alarms are for. */
const AWAITING_ANSWER = new Set(['sent', 'acknowledged']);

/**
 * Every follow-up Beacon should remind about, across the open vault's cases: reports waiting for
 * an answer, then re-checks of removed evidence not yet done.
 */
export function dueReminders(cases: readonly Case[], now: Date = new Date()): DueReminder[] {
  return cases.flatMap((kase) => [
    ...kase.reports
      .filter((r) => r.followUpAt && AWAITING_ANSWER.has(r.status))
      .map((r) => ({ caseId: kase.id, reportId: r.id, followUpAt: r.followUpAt as string })),
    ...(kase.evidence ?? []).flatMap((e) =>
      rechecksOf(e, now)
        .filter((r) => !r.done)
        .map(
          (r): RecheckReminder => ({
            kind: 'recheck',
            caseId: kase.id,
            evidenceId: e.id,
            days: r.days,
            followUpAt: r.dueAt,
          }),
        ),
    ),
  ]);
}
