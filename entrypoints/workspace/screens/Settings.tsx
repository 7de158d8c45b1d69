import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { countryOptions } from '@/components/countries';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/i18n';
import { WipeAllForm } from '@/components/WipeAllForm';
import { LANG_NAMES, LANGS, type Lang } from '@/lib/i18n';
import { navigate } from '../stores/route';
import { useVault } from '../stores/vault';
import { DiagnosticsSection } from './DiagnosticsSection';
import { CasesSection } from './settings/CasesSection';
import { PassphraseSection } from './settings/PassphraseSection';
import { Outcome, Section, useSaver } from './settings/Section';
import { ExportSection, ImportSection } from './settings/TransferSections';

/** Settings: one section per concern, each saving on its own and saying so. */
export function SettingsScreen() {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="settings" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('settings.heading')}</h1>
      <GeneralSection />
      <LockingSection />
      <PrivacySection />
      <CasesSection />
      <PassphraseSection />
      <ExportSection />
      <ImportSection />
      <DiagnosticsSection />
      <Section title={t('settings.danger.heading')} className="danger-zone">
        <WipeAllForm
          onWiped={(status) => {
            useVault.getState().setStatus(status);
            navigate('onboarding');
          }}
        />
      </Section>
    </section>
  );
}

function GeneralSection() {
  const { t, lang } = useI18n();
  const settings = useVault((s) => s.status?.settings);
  const { outcome, save } = useSaver();
  const id = useId();
  return (
    <Section title={t('settings.general')}>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('settings.language')}</label>
          <select
            id={`${id}-lang`}
            value={settings?.lang ?? lang}
            onChange={(event) => void save({ lang: event.target.value as Lang })}
          >
            {LANGS.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANG_NAMES[code]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-country`}>{t('settings.country')}</label>
          <select
            id={`${id}-country`}
            value={settings?.country ?? ''}
            onChange={(event) => void save({ country: event.target.value })}
          >
            {!settings?.country && <option value="">—</option>}
            {countryOptions(lang, t('ob.country.other')).map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Outcome outcome={outcome} />
    </Section>
  );
}

const range = (min: number, max: number) =>
  z.coerce
    .number({ message: 'settings.numberRange' })
    .int({ message: 'settings.numberRange' })
    .min(min, { message: 'settings.numberRange' })
    .max(max, { message: 'settings.numberRange' });
const LockingForm = z.object({ autoLockMinutes: range(1, 1440), followUpHours: range(1, 720) });

function LockingSection() {
  const { t } = useI18n();
  const settings = useVault((s) => s.status?.settings);
  const { outcome, save } = useSaver();
  const form = useForm<z.input<typeof LockingForm>, unknown, z.output<typeof LockingForm>>({
    resolver: zodResolver(LockingForm),
    values: {
      autoLockMinutes: settings?.autoLockMinutes ?? 15,
      followUpHours: settings?.followUpHours ?? 48,
    },
  });
  const { errors } = form.formState;
  return (
    <Section title={t('settings.security')}>
      <form noValidate onSubmit={form.handleSubmit((values) => save(values))}>
        <Field
          label={t('settings.autoLock')}
          hint={t('settings.autoLockHelp')}
          error={errors.autoLockMinutes && t('settings.numberRange', { min: 1, max: 1440 })}
        >
          {(ids) => (
            <input
              {...ids}
              type="number"
              inputMode="numeric"
              min={1}
              max={1440}
              {...form.register('autoLockMinutes')}
            />
          )}
        </Field>
        <Field
          label={t('settings.followUp')}
          hint={t('settings.followUpHelp')}
          error={errors.followUpHours && t('settings.numberRange', { min: 1, max: 720 })}
        >
          {(ids) => (
            <input
              {...ids}
              type="number"
              inputMode="numeric"
              min={1}
              max={720}
              {...form.register('followUpHours')}
            />
          )}
        </Field>
        <button type="submit">{t('settings.saveChanges')}</button>
        <Outcome outcome={outcome} />
      </form>
    </Section>
  );
}

function PrivacySection() {
  const { t } = useI18n();
  const saved = useVault((s) => s.status?.settings.discreet ?? false);
  // The box follows the click at once; the saved setting wins again if saving fails.
  const [pending, setPending] = useState<boolean | null>(null);
  const discreet = pending ?? saved;
  const { outcome, save } = useSaver();
  const id = useId();
  return (
    <Section title={t('settings.privacy')}>
      <div className="checkbox-field">
        <input
          id={`${id}-discreet`}
          type="checkbox"
          checked={discreet}
          aria-describedby={`${id}-discreet-help`}
          onChange={(event) => {
            const next = event.target.checked;
            setPending(next);
            void save({ discreet: next }).finally(() => setPending(null));
          }}
        />
        <label htmlFor={`${id}-discreet`}>{t('settings.discreet')}</label>
        <p id={`${id}-discreet-help`} className="field-hint">
          {t('settings.discreetHelp')}
        </p>
      </div>
      <Outcome outcome={outcome} />
      <h3>{t('settings.quickExit.heading')}</h3>
      <p>{t('settings.quickExit.text')}</p>
      <p>{t('settings.quickExit.limits')}</p>
    </Section>
  );
}
