import { useId, useMemo } from 'react';
import { CopyButton } from '@/components/CopyButton';
import { useI18n } from '@/components/i18n';
import type { Case } from '@/lib/case/model';
import { byId } from '@/lib/directory';
import type { NextStep } from '@/lib/escalation';
import { type Lang, type MessageKey, t } from '@/lib/i18n';
import { buildNotice } from '@/lib/notices';

/** A notice ready to send: plain text, mailto where email is the channel, what is still missing. */
export type PreparedNotice = {
  subject: string;
  text: string;
  /** Labels of the required elements the case doesn't fill yet. */
  missing: string[];
  mailto?: string;
  /** Things to know before sending (not part of the text). */
  warnings: string[];
  /** Set when the text is not in the user's language. */
  fellBackTo?: Lang;
};

/** The step's notice filled from the case (lib/notices), or undefined when it has none. */
export function prepareNotice(
  step: NextStep,
  kase: Case,
  lang: Lang,
  now: Date,
): PreparedNotice | undefined {
  if (!step.notice) return undefined;
  const ids = step.prefill?.evidenceIds;
  const result = buildNotice(
    step.notice,
    {
      kase,
      now,
      platform: step.platform,
      target: step.target ? byId(step.target) : undefined,
      evidence: ids?.length ? kase.evidence.filter((e) => ids.includes(e.id)) : undefined,
      earlierReport: step.prefill?.citesReportId
        ? kase.reports.find((r) => r.id === step.prefill?.citesReportId)
        : undefined,
    },
    lang,
  );
  return {
    subject: result.subject,
    text: result.text,
    missing: result.missing.map((id) => t(lang, `notices.element.${id}` as MessageKey)),
    mailto: result.mailto,
    warnings: result.warnings,
    fellBackTo: result.fellBackTo,
  };
}

export function useNotice(step: NextStep, kase: Case, lang: Lang): PreparedNotice | undefined {
  return useMemo(() => prepareNotice(step, kase, lang, new Date()), [step, kase, lang]);
}

/**
 * The prefilled notice: read-only text to copy, and the elements still missing. Open by default
 * for urgent steps so the package is one click (Copy) away.
 */
export function NoticePanel({
  notice,
  open,
  name,
}: {
  notice: PreparedNotice;
  open: boolean;
  name: string;
}) {
  const { t: tr } = useI18n();
  const id = useId();
  return (
    <details className="cw-notice" open={open}>
      <summary>{tr('cw.notice.summary')}</summary>
      {notice.fellBackTo && <p className="muted">{tr('cw.notice.fellBack')}</p>}
      {notice.warnings.map((w) => (
        <p key={w} className="notice">
          {w}
        </p>
      ))}
      {notice.missing.length > 0 ? (
        <div className="cw-missing-list">
          <p className="cw-missing">{tr('cw.notice.missing')}</p>
          <ul>
            {notice.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="cw-ok">{tr('cw.notice.complete')}</p>
      )}
      <label className="visually-hidden" htmlFor={id}>
        {tr('cw.notice.textLabel', { name })}
      </label>
      <textarea id={id} readOnly rows={12} value={notice.text} />
      <div className="cw-actions">
        <CopyButton
          text={notice.text}
          label={tr('cw.notice.copy')}
          copiedLabel={tr('cw.copied')}
          failedLabel={tr('cw.copyFailed')}
          className="primary"
        />
      </div>
    </details>
  );
}
