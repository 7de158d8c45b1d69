import { useState } from 'react';
import { useI18n } from '@/components/i18n';
import { StatusBadge } from '@/components/StatusBadge';
import { byId, type Entry } from '@/lib/directory';
import { type NextStep, renderReason } from '@/lib/escalation';
import type { Casework } from './data';
import { messageOf, tk } from './data';
import { useHandoff } from './handoff';
import { NoticePanel, useNotice } from './NoticePanel';
import { RouteLinks } from './RouteLinks';
import { REPORTABLE_KINDS } from './steps';

const URGENCY_TONE = { now: 'attention', today: 'waiting', 'when-due': 'neutral' } as const;

/** "Hotline: NCMEC CyberTipline" — what the step is and where it goes. */
export function stepTitle(t: ReturnType<typeof useI18n>['t'], step: NextStep, entry?: Entry) {
  const kind = tk(t, `steps.kind.${step.kind}`);
  return entry ? t('cw.steps.stepTitle', { kind, name: entry.name }) : kind;
}

/** Compact form for the case home: title and reason. */
export function StepSummary({ step }: { step: NextStep }) {
  const { t, lang } = useI18n();
  const entry = step.target ? byId(step.target) : undefined;
  return (
    <div className="cw-step-summary">
      <p>
        <strong>{stepTitle(t, step, entry)}</strong>
      </p>
      <p>{renderReason(step.why, lang)}</p>
    </div>
  );
}

/**
 * One next step in full: why now, how to reach the service (form, phone, email), the notice
 * to send prefilled, and "mark done". Nothing is sent by Beacon.
 */
export function StepCard({
  step,
  cw,
  headingLevel = 2,
}: {
  step: NextStep;
  cw: Casework;
  headingLevel?: 2 | 3;
}) {
  const { t, lang } = useI18n();
  const [failure, setFailure] = useState<string | null>(null);
  const entry = step.target ? byId(step.target) : undefined;
  const notice = useNotice(step, cw.kase, lang);
  const startReport = useHandoff((s) => s.startReport);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const title = stepTitle(t, step, entry);

  const toggleDone = async () => {
    setFailure(null);
    try {
      await cw.apply(
        step.done
          ? { op: 'markStepUndone', stepId: step.id }
          : { op: 'markStepDone', stepId: step.id },
      );
    } catch (error) {
      setFailure(t('common.error', { message: messageOf(error) }));
    }
  };

  return (
    <li
      className={`cw-card cw-step cw-step-${step.done ? 'done' : step.urgency}`}
      data-step-id={step.id}
      data-step-kind={step.kind}
    >
      <div className="cw-step-head">
        <Heading className="cw-item-title">{title}</Heading>
        {step.done ? (
          <StatusBadge tone="ok">{t('cw.steps.done')}</StatusBadge>
        ) : (
          <StatusBadge tone={URGENCY_TONE[step.urgency]}>
            {tk(t, `steps.urgency.${step.urgency}`)}
          </StatusBadge>
        )}
      </div>
      <p>{renderReason(step.why, lang)}</p>
      {entry && !step.done && <RouteLinks entry={entry} primary mailto={notice?.mailto} />}
      {notice && !step.done && (
        <NoticePanel
          notice={notice}
          open={step.urgency === 'now'}
          name={title}
          onSave={async (text) => {
            await cw.apply({ op: 'setNoticeEdit', stepId: step.id, text });
          }}
          onReset={async () => {
            await cw.apply({ op: 'resetNoticeEdit', stepId: step.id });
          }}
        />
      )}
      <div className="cw-actions">
        {entry && !step.done && REPORTABLE_KINDS.has(step.kind) && (
          <button
            type="button"
            onClick={() => {
              startReport({
                evidenceIds: step.prefill?.evidenceIds ?? cw.kase.evidence.map((e) => e.id),
                target: entry.id,
                follows: step.prefill?.citesReportId,
                whatWasSent: notice?.text,
              });
              cw.go('reports');
            }}
          >
            {t('cw.steps.logReport')}
          </button>
        )}
        <button
          type="button"
          onClick={toggleDone}
          aria-label={`${step.done ? t('cw.steps.undo') : t('cw.steps.markDone')}: ${title}`}
        >
          {step.done ? t('cw.steps.undo') : t('cw.steps.markDone')}
        </button>
      </div>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </li>
  );
}
