import type { Evidence, Report } from '../case/model';
import type { DirectoryId, Entry } from '../directory/schema';
import type { NoticeId } from '../notices/ids';

export type StepKind =
  | 'emergency'
  | 'guidance'
  | 'platform-report'
  | 'platform-appeal'
  | 'follow-up'
  | 'hotline'
  | 'hash-removal'
  | 'law-enforcement'
  | 'regulator'
  | 'mediation'
  | 'legal-notice'
  | 'support'
  /** Look again at removed content: reuploads are common. */
  | 'recheck';

export type Urgency = 'now' | 'today' | 'when-due';

export type ReasonCode =
  | 'immediate-danger'
  | 'sextortion-stop'
  | 'sextortion-police'
  | 'sextortion-support'
  | 'minor-platform-report'
  | 'adult-platform-report'
  | 'minor-hotline'
  | 'age-unknown-hotline'
  | 'international-hotline'
  | 'take-it-down'
  | 'take-it-down-if-images'
  | 'report-remove'
  | 'stopncii'
  | 'stopncii-if-images'
  | 'adult-report'
  | 'support'
  | 'waiting'
  | 'appeal'
  | 'appeal-unanswered'
  | 'hashtag-account'
  | 'report-remove-parent'
  | 'tida-notice'
  | 'tida-deadline-passed'
  | 'dsa-notice'
  | 'dsa-complaint'
  | 'esafety'
  | 'report-harmful-content'
  | 'police-case-file'
  | 'reappeared'
  | 'recheck-removed';

/** What happened on the platform that makes a step due (rendered before the step's reason). */
export type PlatformState = 'no-answer' | 'refused' | 'partly-removed' | 'reappeared';

/**
 * Why a step is proposed: data, rendered into a sentence by `renderReason` (lib/escalation/
 * reasons.ts) in the user's language, with the dates from the case.
 */
export type Reason = {
  code: ReasonCode;
  /** Platform id (lib/directory/platforms.ts) the step is about. */
  platform?: string;
  state?: PlatformState;
  /** When the earlier report was sent (ISO). */
  reportedAt?: string;
  /** When the platform answered (ISO). */
  answeredAt?: string;
  /** Whole hours between the report and now. */
  hours?: number;
  /** When a follow-up (or a re-check of removed content) is due (ISO). */
  dueAt?: string;
  /** When the platform removed the content, as recorded (ISO). */
  removedAt?: string;
  /** When the user's own visit last saw the content still online after the report (ISO). */
  seenAt?: string;
  /** Whole hours between the report and `seenAt`. */
  stillOnlineHours?: number;
  /** The platform's reference number for the earlier report. */
  reference?: string;
  /** Name of the service the step goes to (for sentences that name it). */
  service?: string;
  /** Emergency number to call. */
  number?: string;
  /**
   * The platform refused although proof of age was sent ("the platform ignored the proof of
   * age", the user's pick): said first, on the hotline and police steps it puts first.
   */
  proofIgnored?: { platform: string; answeredAt?: string; proofSentAt?: string };
};

export type Prefill = {
  /** Addresses of the content and accounts the step is about (plain text). */
  urls: string[];
  evidenceIds: string[];
  /** The earlier report the new one should cite (re-report, appeal, legal notice). */
  citesReportId?: string;
  reference?: string;
};

export type NextStep = {
  /** Stable across runs, so the UI can mark it done (kept in `Case.stepsDone`). */
  id: string;
  kind: StepKind;
  /** Directory entry; absent for guidance and for a local emergency number Beacon does not know. */
  target?: DirectoryId;
  urgency: Urgency;
  why: Reason;
  notice?: NoticeId;
  prefill?: Prefill;
  /** The platform the step is about, when it is about one. */
  platform?: string;
  /** Done steps stay in the list (at the end) so the user sees what was done. */
  done: boolean;
  /**
   * What the engine already looked up for the step, so the notice is filled from the same
   * entry, items and earlier report the step was built from (lib/notices/prepare.ts).
   */
  resolved?: { entry?: Entry; evidence: Evidence[]; earlierReport?: Report };
};
