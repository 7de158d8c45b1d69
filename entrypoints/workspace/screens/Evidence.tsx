import { useCallback, useMemo, useState } from 'react';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/i18n';
import {
  accountsIn,
  type EvidenceFilter,
  filterEvidence,
  newItemId,
  platformsIn,
  sortEvidence,
} from '@/lib/case/derive';
import { emptyEvidenceForm, evidenceToForm, formToEvidenceFields } from '@/lib/case/forms';
import { type Evidence, OnlineStatus } from '@/lib/case/model';
import { type Casework, tk, useCasework } from './casework/data';
import { EvidenceDetail } from './casework/EvidenceDetail';
import { EvidenceFormView, platformName } from './casework/EvidenceForm';
import { EvidenceRow } from './casework/EvidenceRow';
import { useHandoff } from './casework/handoff';
import { CaseLoading } from './casework/Loading';
import { VirtualList } from './casework/VirtualList';
import './casework/casework.css';

/** Evidence: everything saved about where the content is. Addresses only, never the media. */
export function EvidenceScreen() {
  const { cw, loading, error } = useCasework();
  if (!cw) return <CaseLoading loading={loading} error={error} titleKey="cw.evidence.title" />;
  return <EvidenceView cw={cw} />;
}

/** An item's key: its id, whatever its place in the filtered, sorted list. */
const evidenceKey = (e: Evidence) => e.id;

type Mode =
  | { view: 'list' }
  | { view: 'detail'; id: string }
  | { view: 'add' }
  | { view: 'edit'; id: string };

export function EvidenceView({ cw }: { cw: Casework }) {
  const { t } = useI18n();
  const { kase, apply } = cw;
  const [mode, setMode] = useState<Mode>({ view: 'list' });
  const [filter, setFilter] = useState<EvidenceFilter>({ platform: '', account: '', status: '' });
  const [announce, setAnnounce] = useState('');
  const startReport = useHandoff((s) => s.startReport);
  const openItem = useCallback((id: string) => setMode({ view: 'detail', id }), []);
  // Stable between renders (a filter change, an announcement): the list's rows are memoised on
  // it (VirtualList's WindowedRow), and a new function each render would draw them all again.
  const renderItem = useCallback(
    (e: Evidence) => <EvidenceRow item={e} onOpen={openItem} />,
    [openItem],
  );

  const platforms = useMemo(() => platformsIn(kase.evidence), [kase.evidence]);
  const accounts = useMemo(
    () => accountsIn(kase.evidence, filter.platform || undefined),
    [kase.evidence, filter.platform],
  );
  const shown = useMemo(
    () => sortEvidence(filterEvidence(kase.evidence, filter)),
    [kase.evidence, filter],
  );
  const current =
    mode.view === 'detail' || mode.view === 'edit'
      ? kase.evidence.find((e) => e.id === mode.id)
      : undefined;

  return (
    <div className="cw-screen">
      <h1>{t('cw.evidence.title')}</h1>
      <p className="cw-intro">{t('cw.evidence.intro')}</p>
      <p role="status" className="cw-ok">
        {announce}
      </p>

      {mode.view === 'add' && (
        <EvidenceFormView
          mode="add"
          initial={emptyEvidenceForm}
          onCancel={() => setMode({ view: 'list' })}
          onSave={async (values) => {
            const id = newItemId('ev');
            await apply({ op: 'addEvidence', id, fields: formToEvidenceFields(values) });
            setAnnounce(t('cw.evidence.added'));
            setMode({ view: 'detail', id });
          }}
        />
      )}

      {mode.view === 'edit' && current && (
        <EvidenceFormView
          mode="edit"
          initial={evidenceToForm(current)}
          onCancel={() => setMode({ view: 'detail', id: current.id })}
          onSave={async (values) => {
            await apply({
              op: 'updateEvidence',
              id: current.id,
              patch: formToEvidenceFields(values, current),
            });
            setAnnounce(t('cw.evidence.saved'));
            setMode({ view: 'detail', id: current.id });
          }}
        />
      )}

      {mode.view === 'detail' && current && (
        <EvidenceDetail
          key={current.id}
          item={current}
          onClose={() => setMode({ view: 'list' })}
          onEdit={() => setMode({ view: 'edit', id: current.id })}
          onCheck={async (status, at) => {
            await apply({ op: 'setEvidenceStatus', id: current.id, status, at });
          }}
          onReport={() => {
            startReport({ evidenceIds: [current.id] });
            cw.go('reports');
          }}
        />
      )}

      {(mode.view === 'list' || ((mode.view === 'detail' || mode.view === 'edit') && !current)) && (
        <>
          <div className="cw-toolbar">
            <button type="button" className="primary" onClick={() => setMode({ view: 'add' })}>
              {t('cw.evidence.add')}
            </button>
          </div>
          {kase.evidence.length === 0 ? (
            <p className="cw-empty">{t('cw.evidence.empty')}</p>
          ) : (
            <>
              <fieldset className="cw-filters">
                <legend>{t('cw.evidence.filterLegend')}</legend>
                <Field label={t('cw.evidence.platform')}>
                  {(c) => (
                    <select
                      {...c}
                      value={filter.platform}
                      onChange={(e) =>
                        setFilter({ ...filter, platform: e.target.value, account: '' })
                      }
                    >
                      <option value="">{t('cw.filter.allPlatforms')}</option>
                      {platforms.map((p) => (
                        <option key={p} value={p}>
                          {platformName(t, p)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label={t('cw.evidence.account')}>
                  {(c) => (
                    <select
                      {...c}
                      value={filter.account}
                      onChange={(e) => setFilter({ ...filter, account: e.target.value })}
                    >
                      <option value="">{t('cw.filter.allAccounts')}</option>
                      {accounts.map((a) => (
                        <option key={a} value={a}>
                          @{a}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label={t('cw.evidence.status')}>
                  {(c) => (
                    <select
                      {...c}
                      value={filter.status}
                      onChange={(e) =>
                        setFilter({ ...filter, status: e.target.value as EvidenceFilter['status'] })
                      }
                    >
                      <option value="">{t('cw.filter.allStatuses')}</option>
                      {OnlineStatus.options.map((s) => (
                        <option key={s} value={s}>
                          {tk(t, `cw.online.${s}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </fieldset>
              <p className="muted" aria-live="polite">
                {t('cw.evidence.showing', { shown: shown.length, total: kase.evidence.length })}
              </p>
              <VirtualList
                as="ul"
                className="cw-list"
                itemClassName="cw-card cw-item"
                ariaLabel={t('cw.evidence.listLabel')}
                items={shown}
                gapRem={0.6}
                // A row as drawn at 1280 px wide (kind, address, date, watch line, Open).
                estimateSize={207}
                keyOf={evidenceKey}
                renderItem={renderItem}
              />
            </>
          )}
        </>
      )}
    </div>
  );
}
