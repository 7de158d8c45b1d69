import type { Case, Settings } from '@/lib/case/model';
import { type NextStep, nextSteps } from '@/lib/escalation';

/**
 * The escalation engine's steps for the case (lib/escalation): not done first, most urgent
 * first; done steps follow. A thin seam so the screens share one call.
 */
export function stepsFor(kase: Case, settings: Settings, now: Date): NextStep[] {
  return nextSteps(kase, settings, now);
}

/** Step kinds whose target is a service a report is logged with (hotline, police…). */
export const REPORTABLE_KINDS: ReadonlySet<NextStep['kind']> = new Set([
  'platform-report',
  'platform-appeal',
  'hotline',
  'hash-removal',
  'law-enforcement',
  'regulator',
  'mediation',
  'legal-notice',
]);
