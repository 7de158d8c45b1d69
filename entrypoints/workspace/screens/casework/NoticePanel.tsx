import { useId } from 'react';
import { CopyButton } from '@/components/CopyButton';
import { useI18n } from '@/components/i18n';
import type { Case } from '@/lib/case/model';
import type { NextStep } from '@/lib/escalation';
import type { Lang } from '@/lib/i18n';

/** A notice ready to send: plain text, a subject for email, and what the user still has to add. */
export type PreparedNotice = {
  subject: string;
  text: string;
  /** Labels of the required elements the case doesn't fill yet. */
  missing: string[];
};

/** The step's notice filled from the case (lib/notices), or undefined when it has none. */
export function useNotice(step: NextStep, kase: Case, lang: Lang): PreparedNotice | undefined {
  void step;
  void kase;
  void lang;
  return undefined;
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
  const { t } = useI18n();
  const id = useId();
  return (
    <details className="cw-notice" open={open}>
      <summary>{t('cw.notice.summary')}</summary>
      {notice.missing.length > 0 ? (
        <div className="cw-missing-list">
          <p className="cw-missing">{t('cw.notice.missing')}</p>
          <ul>
            {notice.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="cw-ok">{t('cw.notice.complete')}</p>
      )}
      <label className="visually-hidden" htmlFor={id}>
        {t('cw.notice.textLabel', { name })}
      </label>
      <textarea id={id} readOnly rows={12} value={notice.text} />
      <div className="cw-actions">
        <CopyButton
          text={notice.text}
          label={t('cw.notice.copy')}
          copiedLabel={t('cw.copied')}
          failedLabel={t('cw.copyFailed')}
          className="primary"
        />
      </div>
    </details>
  );
}
