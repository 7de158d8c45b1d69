import { useMemo, useState } from 'react';
import { useI18n } from '@/components/i18n';
import {
  formatDateTime,
  isFollowUpDue,
  newItemId,
  sortReports,
  WAITING_STATUSES,
} from '@/lib/case/derive';
import { formToReportFields, type ReportFormValues, reportToForm } from '@/lib/case/forms';
import type { Case, Report, ReportStatus } from '@/lib/case/model';
import { byId } from '@/lib/directory';
import { ReportBadge } from './casework/badges';
import { DeleteButton } from './casework/DeleteButton';
import { type Casework, localeFor, messageOf, tk, useCasework } from './casework/data';
import { type ReportStart, useHandoff } from './casework/handoff';
import { CaseLoading } from './casework/Loading';
import { channelOf, describeEvidence, ReportFormView, routeChoices } from './casework/ReportForm';
import './casework/casework.css';

/** Reports: every report made, its reference, the answer and when to follow up. */
export function ReportsScreen() {
  const { cw, loading, error } = useCasework();
  if (!cw) return <CaseLoading loading={loading} error={error} titleKey="cw.reports.title" />;
  return <ReportsView cw={cw} />;
}

type Mode = { view: 'list' } | { view: 'add'; start: ReportStart } | { view: 'edit'; id: string };

/**
 * A new report's form: the route is the one handed over (a next step's target), else the best
 * platform route for the chosen evidence; "what was sent" is the handed-over notice, else a
 * list of the evidence addresses.
 */
export function newReportValues(
  t: ReturnType<typeof useI18n>['t'],
  kase: Case,
  start: ReportStart,
): ReportFormValues {
  const chosen = kase.evidence.filter((e) => start.evidenceIds.includes(e.id));
  const route =
    (start.target ? byId(start.target) : undefined) ??
    routeChoices(chosen, kase.profile.ageAtTime)[0]?.entries[0];
  return {
    channel: route ? channelOf(route) : 'other',
    targetName: route?.name ?? '',
    target: route?.id ?? '',
    platform: route?.platform ?? '',
    status: 'sent',
    // Empty: the moment of saving is used (the hint says so), never a minute-rounded earlier time.
    sentAt: '',
    reference: '',
    whatWasSent: start.whatWasSent ?? describeEvidence(t, chosen),
    answer: '',
    followUpAt: '',
    evidenceIds: start.evidenceIds,
    follows: start.follows ?? '',
  };
}

export function ReportsView({ cw }: { cw: Casework }) {
  const { t, lang } = useI18n();
  const locale = localeFor(lang);
  const { kase, apply, settings } = cw;
  const [mode, setMode] = useState<Mode>(() => {
    const handed = useHandoff.getState().takeReport();
    return handed ? { view: 'add', start: handed } : { view: 'list' };
  });
  const [announce, setAnnounce] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const now = new Date();
  const reports = useMemo(() => sortReports(kase.reports), [kase.reports]);
  const editing = mode.view === 'edit' ? kase.reports.find((r) => r.id === mode.id) : undefined;

  const setStatus = async (r: Report, status: ReportStatus, thenNext: boolean) => {
    setFailure(null);
    try {
      await apply({ op: 'setReportStatus', id: r.id, status });
      setAnnounce(t('cw.reports.statusSaved', { status: tk(t, `cw.status.${status}`) }));
      if (thenNext) cw.go('next');
    } catch (error) {
      setFailure(t('common.error', { message: messageOf(error) }));
    }
  };

  const defaultEvidence = kase.evidence.length === 1 ? [kase.evidence[0]!.id] : [];

  return (
    <div className="cw-screen">
      <h1>{t('cw.reports.title')}</h1>
      <p className="cw-intro">{t('cw.reports.intro')}</p>
      <p role="status" className="cw-ok">
        {announce}
      </p>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}

      {mode.view === 'add' && (
        <ReportFormView
          mode="add"
          initial={newReportValues(t, kase, mode.start)}
          evidence={kase.evidence}
          ageAtTime={kase.profile.ageAtTime}
          followUpHours={settings.followUpHours}
          onCancel={() => setMode({ view: 'list' })}
          onSave={async (values) => {
            await apply({
              op: 'addReport',
              id: newItemId('rp'),
              fields: formToReportFields(values, new Date()),
            });
            setAnnounce(t('cw.reports.added'));
            setMode({ view: 'list' });
          }}
        />
      )}

      {mode.view === 'edit' && editing && (
        <ReportFormView
          mode="edit"
          initial={reportToForm(editing)}
          evidence={kase.evidence}
          ageAtTime={kase.profile.ageAtTime}
          followUpHours={settings.followUpHours}
          onCancel={() => setMode({ view: 'list' })}
          onSave={async (values) => {
            const fields = formToReportFields(values, new Date());
            const { status, evidenceIds, answer, answeredAt, ...rest } = fields;
            // Status and answer go through setReportStatus so the history records them.
            await apply({
              op: 'updateReport',
              id: editing.id,
              patch: { ...rest, evidenceIds: evidenceIds ?? [] },
            });
            const answerChanged = (answer ?? '') !== (editing.answer ?? '');
            if (status !== editing.status || answerChanged) {
              await apply({
                op: 'setReportStatus',
                id: editing.id,
                status,
                ...(answerChanged && answer ? { answer, answeredAt } : {}),
              });
            }
            setAnnounce(t('cw.reports.saved'));
            setMode({ view: 'list' });
          }}
        />
      )}
      {mode.view === 'edit' && editing && (
        <div className="cw-actions">
          <DeleteButton
            kind="report"
            id={editing.id}
            op={{ op: 'removeReport', id: editing.id }}
            onScheduled={() => setMode({ view: 'list' })}
          />
        </div>
      )}

      {mode.view === 'list' && (
        <>
          <div className="cw-toolbar">
            <button
              type="button"
              className="primary"
              onClick={() => setMode({ view: 'add', start: { evidenceIds: defaultEvidence } })}
            >
              {t('cw.reports.add')}
            </button>
          </div>
          {reports.length === 0 ? (
            <p className="cw-empty">{t('cw.reports.empty')}</p>
          ) : (
            <ul className="cw-list" aria-label={t('cw.reports.listLabel')}>
              {reports.map((r) => {
                const due = isFollowUpDue(r, now);
                const waiting = r.status === 'draft' || WAITING_STATUSES.includes(r.status);
                return (
                  <li key={r.id} className="cw-card cw-item" data-report-id={r.id}>
                    <div className="cw-item-head">
                      <h2 className="cw-item-title">{r.targetName}</h2>
                      <ReportBadge status={r.status} />
                    </div>
                    <dl className="cw-dl">
                      <dt>{t('cw.reports.channel')}</dt>
                      <dd>{tk(t, `cw.channel.${r.channel}`)}</dd>
                      {r.sentAt && (
                        <>
                          <dt>{t('cw.reports.sentAt')}</dt>
                          <dd>{formatDateTime(r.sentAt, locale)}</dd>
                        </>
                      )}
                      <dt>{t('cw.reports.reference')}</dt>
                      <dd>
                        {r.reference ? (
                          <code className="cw-address">{r.reference}</code>
                        ) : (
                          <span className="muted">{t('cw.reports.noReference')}</span>
                        )}
                      </dd>
                      <dt>{t('cw.reports.evidenceCount')}</dt>
                      <dd>{r.evidenceIds.length}</dd>
                      {r.followUpAt && waiting && (
                        <>
                          <dt>{t('cw.reports.followUpAt')}</dt>
                          <dd>
                            {formatDateTime(r.followUpAt, locale)}
                            {due && (
                              <strong className="cw-missing"> · {t('cw.reports.due')}</strong>
                            )}
                          </dd>
                        </>
                      )}
                      {r.answer && (
                        <>
                          <dt>{t('cw.reports.answer')}</dt>
                          <dd className="cw-text">{r.answer}</dd>
                        </>
                      )}
                    </dl>
                    {waiting && r.status !== 'draft' && (
                      <fieldset className="cw-quick">
                        <legend className="visually-hidden">
                          {t('cw.reports.quickLabel', { name: r.targetName })}
                        </legend>
                        <button type="button" onClick={() => setStatus(r, 'refused', true)}>
                          {t('cw.reports.refused')}
                        </button>
                        <button type="button" onClick={() => setStatus(r, 'no-answer', true)}>
                          {t('cw.reports.noAnswer')}
                        </button>
                        <button type="button" onClick={() => setStatus(r, 'removed', false)}>
                          {t('cw.reports.removed')}
                        </button>
                      </fieldset>
                    )}
                    {r.status === 'draft' && (
                      <div className="cw-quick">
                        <button type="button" onClick={() => setStatus(r, 'sent', false)}>
                          {t('cw.reports.markSent')}
                        </button>
                      </div>
                    )}
                    <div className="cw-actions">
                      <button
                        type="button"
                        onClick={() => setMode({ view: 'edit', id: r.id })}
                        aria-label={t('cw.reports.editLabel', { name: r.targetName })}
                      >
                        {t('cw.reports.edit')}
                      </button>
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
