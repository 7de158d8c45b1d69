import type { Case, Evidence, OnlineStatus, Report, ReportStatus } from '@/lib/case/model';

/**
 * Pure helpers behind the casework screens (no React, no browser APIs): evidence filters, the
 * case-home checklist, report follow-ups and date conversions. Tested in tests/unit/casework.
 */

/** Stored in `stepsDone` when the user opens the case file, so the checklist can tick it. */
export const CASE_FILE_STEP = 'casework:case-file';

/** Report statuses that still wait for the service's answer. */
export const WAITING_STATUSES: readonly ReportStatus[] = ['sent', 'acknowledged'];

/** Statuses after which the next steps are about escalating, not waiting. */
export const ESCALATE_STATUSES: readonly ReportStatus[] = [
  'no-answer',
  'refused',
  'partly-removed',
  'reappeared',
];

export const PLATFORM_CHANNELS = ['platform-in-app', 'platform-form'] as const;

// ---------------------------------------------------------------------------------------------
// Evidence

export type EvidenceFilter = {
  /** Platform id, or '' for all. */
  platform?: string;
  /** Account (normalised handle), or '' for all. */
  account?: string;
  status?: OnlineStatus | '';
};

/** The account an item is about: its author's handle, or the subject of an account capture. */
export function evidenceAccount(e: Evidence): string | undefined {
  const raw =
    e.author?.handle ?? (e.kind === 'account' && e.subject ? e.subject : undefined) ?? undefined;
  return raw ? normaliseHandle(raw) : undefined;
}

/** "@Name " and "name" are the same account: compare without the @, spaces or case. */
export function normaliseHandle(handle: string): string {
  return handle.trim().replace(/^@+/, '').toLowerCase();
}

export function filterEvidence(list: readonly Evidence[], filter: EvidenceFilter): Evidence[] {
  const account = filter.account ? normaliseHandle(filter.account) : '';
  return list.filter(
    (e) =>
      (!filter.platform || e.platform === filter.platform) &&
      (!account || evidenceAccount(e) === account) &&
      (!filter.status || e.status === filter.status),
  );
}

/** Platforms present in the list, sorted, each once. */
export function platformsIn(list: readonly Evidence[]): string[] {
  return [...new Set(list.map((e) => e.platform))].sort();
}

/** Accounts present in the list (optionally on one platform), sorted, each once. */
export function accountsIn(list: readonly Evidence[], platform?: string): string[] {
  const out = new Set<string>();
  for (const e of list) {
    if (platform && e.platform !== platform) continue;
    const a = evidenceAccount(e);
    if (a) out.add(a);
  }
  return [...out].sort();
}

/** Newest first by when it was seen/captured, then by creation. */
export function sortEvidence(list: readonly Evidence[]): Evidence[] {
  const when = (e: Evidence) => e.capturedAt ?? e.createdAt;
  return [...list].sort((a, b) => (when(a) < when(b) ? 1 : when(a) > when(b) ? -1 : 0));
}

// ---------------------------------------------------------------------------------------------
// Reports

export function isPlatformReport(r: Report): boolean {
  return (PLATFORM_CHANNELS as readonly string[]).includes(r.channel);
}

/** A report was actually made (a draft doesn't count). */
export function isSent(r: Report): boolean {
  return r.status !== 'draft';
}

/** Waiting for an answer and its follow-up date has passed. */
export function isFollowUpDue(r: Report, now: Date): boolean {
  return (
    WAITING_STATUSES.includes(r.status) &&
    r.followUpAt !== undefined &&
    Date.parse(r.followUpAt) <= now.getTime()
  );
}

/** The follow-up date `hours` after `sentAt` (the background applies the same default). */
export function defaultFollowUp(sentAtIso: string, hours: number): string {
  return new Date(Date.parse(sentAtIso) + hours * 3_600_000).toISOString();
}

/** Newest first by sent date (drafts by creation). */
export function sortReports(list: readonly Report[]): Report[] {
  const when = (r: Report) => r.sentAt ?? r.createdAt;
  return [...list].sort((a, b) => (when(a) < when(b) ? 1 : when(a) > when(b) ? -1 : 0));
}

// ---------------------------------------------------------------------------------------------
// Case home checklist

export type ChecklistId = 'evidence' | 'platform' | 'hotline' | 'followup' | 'casefile';
export type ChecklistState = 'done' | 'todo' | 'waiting' | 'due';
export type ChecklistItem = {
  id: ChecklistId;
  state: ChecklistState;
  /** How many items back the state (evidence saved, reports made, follow-ups due). */
  count: number;
  /** Workspace view that moves this item on. */
  view: 'evidence' | 'reports' | 'next' | 'timeline';
};

/**
 * What has been done in a case, as the five steps of the main path (DESIGN.md §1). A hotline
 * step marked done on the next-steps screen counts like a logged hotline report.
 */
export function caseChecklist(
  kase: Case,
  now: Date,
  doneStepKinds: ReadonlySet<string> = new Set(),
): { items: ChecklistItem[]; done: number; total: number } {
  const sent = kase.reports.filter(isSent);
  const platformReports = sent.filter(isPlatformReport);
  const hotlineReports = sent.filter((r) => r.channel === 'hotline');
  const waiting = sent.filter((r) => WAITING_STATUSES.includes(r.status));
  const due = sent.filter((r) => isFollowUpDue(r, now));

  const followup: ChecklistItem =
    sent.length === 0
      ? { id: 'followup', state: 'todo', count: 0, view: 'reports' }
      : due.length > 0
        ? { id: 'followup', state: 'due', count: due.length, view: 'reports' }
        : waiting.length > 0
          ? { id: 'followup', state: 'waiting', count: waiting.length, view: 'reports' }
          : { id: 'followup', state: 'done', count: sent.length, view: 'reports' };

  const items: ChecklistItem[] = [
    {
      id: 'evidence',
      state: kase.evidence.length > 0 ? 'done' : 'todo',
      count: kase.evidence.length,
      view: 'evidence',
    },
    {
      id: 'platform',
      state: platformReports.length > 0 ? 'done' : 'todo',
      count: platformReports.length,
      view: 'reports',
    },
    {
      id: 'hotline',
      state: hotlineReports.length > 0 || doneStepKinds.has('hotline') ? 'done' : 'todo',
      count: hotlineReports.length,
      view: 'next',
    },
    followup,
    {
      id: 'casefile',
      state: kase.stepsDone.includes(CASE_FILE_STEP) ? 'done' : 'todo',
      count: 0,
      view: 'timeline',
    },
  ];
  return { items, done: items.filter((i) => i.state === 'done').length, total: items.length };
}

// ---------------------------------------------------------------------------------------------
// Dates

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO instant → value for <input type="datetime-local"> in the browser's time zone. */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** <input type="datetime-local"> or type="date" value → ISO instant; undefined when empty/bad. */
export function fromLocalInput(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '12', mi = '00'] = m;
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Date and time in the user's language, e.g. "3 March 2026, 14:05" / "March 3, 2026, 2:05 PM". */
/** One formatter per locale: building an Intl.DateTimeFormat costs far more than using one. */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDateTime(iso: string | undefined, locale: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
    dateTimeFormats.set(locale, format);
  }
  return format.format(d);
}

export function formatDate(iso: string | undefined, locale: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(d);
}

/** A fresh id for items the page names itself (so it can refer to them right away). */
export function newItemId(prefix: string): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  return `${prefix}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
