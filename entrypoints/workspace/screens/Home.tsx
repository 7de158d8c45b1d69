import { useI18n } from '@/components/i18n';
import { caseChecklist } from '@/lib/case/derive';
import { hrefFor } from '../stores/route';
import { type Casework, tk, useCasework } from './casework/data';
import { CaseLoading } from './casework/Loading';
import { StepSummary } from './casework/StepCard';
import { stepsFor } from './casework/steps';
import './casework/casework.css';

/** Case home: what has been done, as a short checklist with progress, and the next step. */
export function HomeScreen() {
  const { cw, loading, error } = useCasework();
  if (!cw) return <CaseLoading loading={loading} error={error} titleKey="cw.home.title" />;
  return <HomeView cw={cw} />;
}

const MARK = { done: '✓', todo: '', waiting: '…', due: '!' } as const;

export function HomeView({ cw }: { cw: Casework }) {
  const { t } = useI18n();
  const { kase, settings } = cw;
  const now = new Date();
  // The engine is a cheap pure function: run it on each render so "hours since" stays true.
  const steps = stepsFor(kase, settings, now);
  const doneKinds = new Set(steps.filter((s) => s.done).map((s) => s.kind));
  const { items, done, total } = caseChecklist(kase, now, doneKinds);
  const next = steps.find((s) => !s.done);

  return (
    <div className="cw-screen">
      <h1>{t('cw.home.title')}</h1>

      <section className="cw-card" aria-labelledby="home-next">
        <h2 id="home-next">{t('cw.home.nextTitle')}</h2>
        {next ? <StepSummary step={next} /> : <p>{t('cw.home.nextNone')}</p>}
        <div className="cw-actions">
          <a className={next ? 'button primary' : 'button'} href={hrefFor('next', kase.id)}>
            {t('cw.home.nextAll')}
          </a>
        </div>
      </section>

      <section className="cw-card" aria-labelledby="home-checklist">
        <h2 id="home-checklist">{t('cw.home.checklistLabel')}</h2>
        <div className="cw-progress">
          <label htmlFor="home-progress">{t('cw.home.progress', { done, total })}</label>
          <progress id="home-progress" value={done} max={total}>
            {done}/{total}
          </progress>
        </div>
        <ol className="cw-checklist">
          {items.map((item) => (
            <li key={item.id} className={`cw-state-${item.state}`} data-check={item.id}>
              <span className="cw-check-mark" aria-hidden="true">
                {MARK[item.state]}
              </span>
              <span className="cw-check-body">
                <strong>{tk(t, `cw.checklist.${item.id}`)}</strong>
                <span>
                  <span className="visually-hidden">
                    {tk(t, `cw.checklist.state.${item.state}`)}:{' '}
                  </span>
                  {tk(t, `cw.checklist.${item.id}.${item.state}`, { count: item.count })}
                </span>
              </span>
              <a href={hrefFor(item.view, kase.id)}>{tk(t, `cw.checklist.go.${item.view}`)}</a>
            </li>
          ))}
        </ol>
      </section>

      <p className="notice">{t('cw.home.rule')}</p>
    </div>
  );
}
