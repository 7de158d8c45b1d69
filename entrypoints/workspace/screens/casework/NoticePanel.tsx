import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { CopyButton } from '@/components/CopyButton';
import { useI18n } from '@/components/i18n';
import type { Case } from '@/lib/case/model';
import type { NextStep } from '@/lib/escalation';
import type { Lang } from '@/lib/i18n';
import { elementLabel } from '@/lib/notices';
import { missingIn, type PreparedNotice, prepareNotice } from '@/lib/notices/prepare';

export type { PreparedNotice } from '@/lib/notices/prepare';

/** Longest edited text kept with the case (Case.noticeEdits). */
const MAX_EDIT = 20000;

export function useNotice(step: NextStep, kase: Case, lang: Lang): PreparedNotice | undefined {
  return useMemo(() => prepareNotice(step, kase, lang, new Date()), [step, kase, lang]);
}

/**
 * The prefilled notice, editable before copying: the missing elements are rechecked on every
 * keystroke, the user's version is kept with the case when they leave the field or copy, and
 * "go back to the prepared text" drops it. For US-law notices the reader's version in the
 * user's language sits below, marked "for you to read; send the English text".
 */
export function NoticePanel({
  notice,
  open,
  name,
  onSave,
  onReset,
}: {
  notice: PreparedNotice;
  open: boolean;
  name: string;
  /** Keep the user's text for this step (encrypted with the case). */
  onSave: (text: string) => Promise<void>;
  onReset: () => Promise<void>;
}) {
  const { t: tr, lang } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState(notice.text);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'reset' | 'failed'>('idle');
  const [failure, setFailure] = useState('');
  // A new prepared text (the case changed) replaces the draft only when the draft is still the
  // text shown before: words the user typed and hasn't saved are never thrown away.
  const shown = useRef(notice.text);
  useEffect(() => {
    const before = shown.current;
    shown.current = notice.text;
    setDraft((current) => (current === before ? notice.text : current));
  }, [notice.text]);

  const missing = missingIn(draft, notice.missingIds, notice.textLang).map((m) =>
    elementLabel(lang, m),
  );
  const tooLong = draft.length > MAX_EDIT;

  const save = async () => {
    if (tooLong || draft === notice.text) return;
    if (draft === notice.prepared && !notice.edited) return;
    setStatus('saving');
    try {
      if (draft === notice.prepared) await onReset();
      else await onSave(draft);
      setStatus('saved');
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      setStatus('failed');
    }
  };
  const reset = async () => {
    setDraft(notice.prepared);
    try {
      await onReset();
      setStatus('reset');
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      setStatus('failed');
    }
  };

  return (
    <details className="cw-notice" open={open}>
      <summary>{tr('cw.notice.summary')}</summary>
      {notice.fellBackTo && !notice.readerText && (
        <p className="muted">{tr('cw.notice.fellBack')}</p>
      )}
      {notice.warnings.map((w) => (
        <p key={w} className="notice">
          {w}
        </p>
      ))}
      {missing.length > 0 ? (
        <div className="cw-missing-list" data-testid="notice-missing">
          <p className="cw-missing">{tr('cw.notice.missing')}</p>
          <ul>
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="cw-ok" data-testid="notice-complete">
          {tr('cw.notice.complete')}
        </p>
      )}
      <label htmlFor={id}>{tr('notices.edit.label', { name })}</label>
      <p className="muted" id={`${id}-hint`}>
        {tr('notices.edit.hint')}
      </p>
      <textarea
        id={id}
        rows={12}
        lang={notice.textLang}
        value={draft}
        aria-describedby={`${id}-hint`}
        aria-invalid={tooLong || undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          setStatus('idle');
        }}
        onBlur={save}
      />
      {tooLong && (
        <p role="alert" className="field-error">
          {tr('notices.edit.tooLong', { max: MAX_EDIT })}
        </p>
      )}
      <div className="cw-actions">
        {/* Leaving the text for this button saves the edit first (onBlur). */}
        <CopyButton
          text={draft}
          label={tr('cw.notice.copy')}
          copiedLabel={tr('cw.copied')}
          failedLabel={tr('cw.copyFailed')}
          className="primary"
        />
        {(notice.edited || draft !== notice.prepared) && (
          <button type="button" onClick={reset}>
            {tr('notices.edit.reset')}
          </button>
        )}
      </div>
      <p role="status" className="muted">
        {status === 'saving'
          ? tr('notices.edit.saving')
          : status === 'saved'
            ? tr('notices.edit.saved')
            : status === 'reset'
              ? tr('notices.edit.resetDone')
              : notice.edited && draft === notice.text
                ? tr('notices.edit.yours')
                : ''}
      </p>
      {status === 'failed' && (
        <p role="alert" className="field-error">
          {tr('common.error', { message: failure })}
        </p>
      )}
      {notice.readerText && (
        <section className="cw-notice-reader" aria-labelledby={`${id}-reader`} lang={lang}>
          <p id={`${id}-reader`} className="cw-reader-heading">
            <strong>{tr('notices.reader.heading')}</strong>
          </p>
          <p className="muted">{tr('notices.reader.explain')}</p>
          <label className="visually-hidden" htmlFor={`${id}-reader-text`}>
            {tr('notices.reader.label', { name })}
          </label>
          <textarea id={`${id}-reader-text`} readOnly rows={10} value={notice.readerText} />
        </section>
      )}
    </details>
  );
}
