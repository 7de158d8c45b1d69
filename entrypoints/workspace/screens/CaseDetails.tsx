import { useI18n } from '@/components/i18n';
import { formToProfile, profileToForm } from '@/lib/case/details-form';
import { type Casework, useCasework } from './casework/data';
import { CaseLoading } from './casework/Loading';
import { DetailsFieldsForm } from './details/DetailsFields';
import { HashReceipts } from './details/HashReceipts';
import { SafetyAdvice, SextortionSection } from './details/SextortionSection';
import './casework/casework.css';

/** Case details: the profile, the sextortion record and hash-service receipts, all editable. */
export function CaseDetailsScreen() {
  const { cw, loading, error } = useCasework();
  if (!cw) return <CaseLoading loading={loading} error={error} titleKey="case.details.title" />;
  return <CaseDetailsView cw={cw} />;
}

function CaseDetailsView({ cw }: { cw: Casework }) {
  const { t } = useI18n();
  return (
    <div className="cw-screen">
      <h1>{t('case.details.title')}</h1>
      <p className="cw-intro">{t('case.details.intro')}</p>
      <DetailsFieldsForm
        // Another case starts the form again from its own saved details.
        key={cw.kase.id}
        initial={profileToForm(cw.kase.profile)}
        saveLabel={t('case.details.save')}
        onSave={async (values) => {
          const before = cw.kase;
          const after = await cw.apply({ op: 'setProfile', profile: formToProfile(values) });
          return after === before || after.changes.length === before.changes.length
            ? t('case.details.nothing')
            : t('case.details.saved');
        }}
      />
      {cw.kase.profile.sextortion && (
        <>
          <SextortionSection key={cw.kase.id} cw={cw} />
          <SafetyAdvice />
        </>
      )}
      <HashReceipts cw={cw} />
    </div>
  );
}
