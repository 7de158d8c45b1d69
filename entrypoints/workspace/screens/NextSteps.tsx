import { useI18n } from '@/components/i18n';
import { ESCALATE_STATUSES, wentToAPlatform } from '@/lib/case/derive';
import { type Casework, tk, useCasework } from './casework/data';
import { CaseLoading } from './casework/Loading';
import { StepCard } from './casework/StepCard';
import { stepsFor } from './casework/steps';
import { SafetyAdvice } from './details/SextortionSection';
import './casework/casework.css';

/** Next steps: the escalation engine's ordered steps for this case, each with its reason. */
export function NextStepsScreen() {
  const { cw, loading, error } = useCasework();
  if (!cw) return <CaseLoading loading={loading} error={error} titleKey="cw.steps.title" />;
  return <NextStepsView cw={cw} />;
}

export function NextStepsView({ cw }: { cw: Casework }) {
  const { t } = useI18n();
  const { kase, settings } = cw;
  const now = new Date();
  // The engine is a cheap pure function: run it on each render so "hours since" stays true.
  const steps = stepsFor(kase, settings, now);
  const open = steps.filter((s) => !s.done);
  const done = steps.filter((s) => s.done);
  // The latest platform answer that brought the user here ("They refused", "No answer").
  const latest = [...kase.reports]
    .filter((r) => wentToAPlatform(r) && ESCALATE_STATUSES.includes(r.status))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];

  return (
    <div className="cw-screen">
      <h1>{t('cw.steps.title')}</h1>
      <p className="cw-intro">{t('cw.steps.intro')}</p>
      {latest && (
        <p className="notice" role="status">
          {t('cw.steps.after', {
            name: latest.targetName,
            status: tk(t, `cw.status.${latest.status}`),
          })}
        </p>
      )}
      {open.length === 0 ? (
        <p className="cw-empty">{t('cw.home.nextNone')}</p>
      ) : (
        <ol className="cw-list" aria-label={t('cw.steps.listLabel')}>
          {open.map((step) => (
            <StepCard key={step.id} step={step} cw={cw} />
          ))}
        </ol>
      )}
      {done.length > 0 && (
        <section aria-labelledby="steps-done">
          <h2 id="steps-done">{t('cw.steps.doneTitle')}</h2>
          <ul className="cw-list">
            {done.map((step) => (
              <StepCard key={step.id} step={step} cw={cw} headingLevel={3} />
            ))}
          </ul>
        </section>
      )}
      {kase.profile.sextortion && <SafetyAdvice />}
      <p className="muted">{t('cw.steps.never')}</p>
    </div>
  );
}
