import { browser } from 'wxt/browser';
import {
  alarmName,
  type DueReminder,
  EMPTY_STATE,
  nextStepsPath,
  parseAlarmName,
  planAlarms,
  pruneState,
  type ReminderPrefs,
  type ReminderState,
  reminderCaseId,
  reminderText,
  SNOOZE_MS,
} from '@/lib/escalation/reminders';

// Follow-up reminders: one alarm per report follow-up or re-check of removed evidence. Alarms do not reliably survive a
// browser restart (Firefox drops them), so the due list is kept in storage.local (ids and
// times only) and the alarms are rebuilt from it at every start of the background.

const STATE_KEY = 'beacon:reminders';
const BUTTON_SNOOZE = 0;
const BUTTON_DONE = 1;

export type ReminderHooks = {
  /** The user pressed "done" on a notification (the vault service may clear the follow-up). */
  onDone?: (r: { caseId: string; reportId: string }) => void | Promise<void>;
};

async function readState(): Promise<ReminderState> {
  const stored = (await browser.storage.local.get(STATE_KEY))[STATE_KEY] as
    | Partial<ReminderState>
    | undefined;
  return { ...EMPTY_STATE, ...stored };
}

async function writeState(state: ReminderState): Promise<void> {
  await browser.storage.local.set({ [STATE_KEY]: pruneState(state) });
}

async function applyPlan(state: ReminderState, now: number): Promise<void> {
  const plan = planAlarms(state, await browser.alarms.getAll(), now);
  for (const name of plan.clear) await browser.alarms.clear(name);
  for (const { name, when } of plan.create) browser.alarms.create(name, { when });
}

/**
 * Replace the follow-ups Beacon reminds about. Called by the vault service whenever reports
 * change (and after unlock), with every report's `followUpAt`; it needs no vault access.
 */
export async function syncReminders(
  due: DueReminder[],
  prefs: ReminderPrefs,
  now: number = Date.now(),
): Promise<void> {
  const state = { ...(await readState()), due: [...due], prefs: { ...prefs } };
  await writeState(state);
  await applyPlan(pruneState(state), now);
}

/** Rebuild the alarms from the stored due list (background start, browser start). */
export async function resyncReminders(now: number = Date.now()): Promise<void> {
  await applyPlan(await readState(), now);
}

export async function showReminder(name: string, now: number = Date.now()): Promise<void> {
  if (!reminderCaseId(name)) return;
  const state = await readState();
  const due = state.due.find((r) => alarmName(r) === name);
  if (!due || state.done[name] === due.followUpAt) return;
  const text = reminderText(state.prefs, 'kind' in due ? due.kind : 'follow-up');
  const options = {
    type: 'basic' as const,
    title: text.title,
    message: text.message,
    iconUrl: browser.runtime.getURL(
      state.prefs.discreet ? '/icon/discreet-128.png' : '/icon/128.png',
    ),
  };
  try {
    await browser.notifications.create(name, {
      ...options,
      buttons: [{ title: text.buttons[0] }, { title: text.buttons[1] }],
    } as typeof options);
  } catch {
    // Firefox has no notification buttons: snooze and done are in the workspace there.
    await browser.notifications.create(name, options);
  }
  const { [name]: _ended, ...snoozedUntil } = state.snoozedUntil;
  await writeState({
    ...state,
    snoozedUntil: (state.snoozedUntil[name] ?? 0) > now ? state.snoozedUntil : snoozedUntil,
    notified: { ...state.notified, [name]: due.followUpAt },
  });
}

export async function snoozeReminder(name: string, now: number = Date.now()): Promise<void> {
  const state = await readState();
  const until = now + SNOOZE_MS;
  await writeState({ ...state, snoozedUntil: { ...state.snoozedUntil, [name]: until } });
  browser.alarms.create(name, { when: until });
  await browser.notifications.clear(name);
}

export async function completeReminder(name: string, hooks: ReminderHooks = {}): Promise<void> {
  const ids = parseAlarmName(name);
  const state = await readState();
  const due = state.due.find((r) => alarmName(r) === name);
  if (due) await writeState({ ...state, done: { ...state.done, [name]: due.followUpAt } });
  await browser.alarms.clear(name);
  await browser.notifications.clear(name);
  if (ids) await hooks.onDone?.(ids);
}

async function openNextSteps(name: string): Promise<void> {
  const caseId = reminderCaseId(name);
  if (!caseId) return;
  await browser.tabs.create({ url: browser.runtime.getURL(nextStepsPath(caseId)) });
  await browser.notifications.clear(name);
}

/** Listeners, registered synchronously at background start so a woken worker sees the alarm. */
export function registerReminders(hooks: ReminderHooks = {}): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (reminderCaseId(alarm.name)) void showReminder(alarm.name);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (reminderCaseId(id)) void openNextSteps(id);
  });
  browser.notifications.onButtonClicked.addListener((id, button) => {
    if (!reminderCaseId(id)) return;
    if (button === BUTTON_SNOOZE) void snoozeReminder(id);
    if (button === BUTTON_DONE) void completeReminder(id, hooks);
  });
  browser.runtime.onStartup.addListener(() => void resyncReminders());
  void resyncReminders();
}
