import type { Case, Settings } from '../case/model';
import { byId } from '../directory';
import { nextSteps, renderReason, type StepKind } from '../escalation';
import { type Lang, type MessageKey, t } from '../i18n';
import type { StepInput } from './layout';

const KIND_LABEL: Record<StepKind, MessageKey> = {
  emergency: 'casefile.stepKind.emergency',
  guidance: 'casefile.stepKind.guidance',
  'platform-report': 'casefile.stepKind.platform-report',
  'platform-appeal': 'casefile.stepKind.platform-appeal',
  'follow-up': 'casefile.stepKind.follow-up',
  recheck: 'casefile.stepKind.recheck',
  hotline: 'casefile.stepKind.hotline',
  'hash-removal': 'casefile.stepKind.hash-removal',
  'law-enforcement': 'casefile.stepKind.law-enforcement',
  regulator: 'casefile.stepKind.regulator',
  mediation: 'casefile.stepKind.mediation',
  'legal-notice': 'casefile.stepKind.legal-notice',
  support: 'casefile.stepKind.support',
};

/**
 * The next steps of lib/escalation, written in the case file's output language: the step's
 * kind and the service's name from the directory, and the reason with the case's dates.
 */
export function stepsFor(
  kase: Case,
  settings: Settings,
  now: Date,
  lang: Lang,
  timeZone: string,
): StepInput[] {
  return nextSteps(kase, settings, now).map((step) => {
    const kind = t(lang, KIND_LABEL[step.kind]);
    const entry = step.target ? byId(step.target) : undefined;
    return {
      id: step.id,
      title: entry ? t(lang, 'casefile.steps.title', { kind, name: entry.name }) : kind,
      why: renderReason(step.why, lang, { timeZone }),
      urgency: step.urgency,
      done: step.done,
    };
  });
}
