import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { type FieldError, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { countryOptions, emergencyLine, guessCountry, telHref } from '@/components/countries';
import { EmergencyCallout } from '@/components/EmergencyCallout';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/i18n';
import { send } from '@/components/send';
import { AgeAtTime, UserRole } from '@/lib/case/model';
import { LANG_NAMES, LANGS, type MessageKey } from '@/lib/i18n';
import { MIN_PASSPHRASE_LENGTH } from '@/lib/ui/passphrase-strength';
import { navigate } from '../stores/route';
import { browserLang, useVault } from '../stores/vault';
import { Choice, PassphraseStep } from './onboarding/Parts';

// Error messages are catalog keys, translated where they are shown.
const choose = { message: 'ob.err.choose' };
const YesNo = z.enum(['yes', 'no'], choose);

export const OnboardingForm = z
  .object({
    country: z.string().regex(/^[A-Z]{2}$/, choose),
    lang: z.enum(LANGS, choose),
    role: z.enum(UserRole.options, choose),
    ageAtTime: z.enum(AgeAtTime.options, choose),
    sextortion: YesNo,
    danger: YesNo,
    passphrase: z.string().min(MIN_PASSPHRASE_LENGTH, { message: 'ob.err.short' }),
    confirm: z.string(),
    acknowledged: z.literal(true, { message: 'ob.err.ack' }),
  })
  // Checked even when other answers are missing, so every error shows at once.
  .refine((v) => v.confirm === v.passphrase, {
    message: 'ob.err.mismatch',
    path: ['confirm'],
    when: (payload) => {
      const v = payload.value as { passphrase?: unknown; confirm?: unknown };
      return typeof v?.passphrase === 'string' && typeof v?.confirm === 'string';
    },
  });
type OnboardingForm = z.infer<typeof OnboardingForm>;
type FormInput = z.input<typeof OnboardingForm>;

const STEPS: (keyof FormInput)[][] = [
  ['country', 'lang'],
  ['role', 'ageAtTime', 'sextortion', 'danger'],
  ['passphrase', 'confirm', 'acknowledged'],
];

/** Three short screens: safety first, four questions, then the passphrase. */
export function OnboardingScreen() {
  const { t, lang } = useI18n();
  const [step, setStep] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pendingCount = useVault((s) => s.status?.pendingCount ?? 0);

  const form = useForm<FormInput, unknown, OnboardingForm>({
    resolver: zodResolver(OnboardingForm),
    // Errors appear when the person asks to go on, never on blur (no layout jump under the cursor).
    mode: 'onSubmit',
    defaultValues: {
      country:
        guessCountry(typeof navigator === 'undefined' ? undefined : navigator.language) ?? '',
      lang: lang ?? browserLang(),
      passphrase: '',
      confirm: '',
    },
  });
  const { register, handleSubmit, trigger, formState, control } = form;
  const errors = formState.errors;
  const [country, chosenLang, danger, passphrase] = useWatch({
    control,
    name: ['country', 'lang', 'danger', 'passphrase'],
  });

  // The language changes the whole page at once.
  useEffect(() => {
    if (chosenLang) useVault.getState().chooseLang(chosenLang);
  }, [chosenLang]);

  // Each new step starts at its heading (screen readers hear where they are).
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    headingRef.current?.focus();
  }, [step]);

  // An answer clears its own error at once (radios are not "touched" until they lose focus).
  const answer = (name: 'country' | 'role' | 'ageAtTime' | 'sextortion' | 'danger') =>
    register(name, {
      onChange: () => {
        if (form.getFieldState(name).error) void trigger(name);
      },
    });

  const err = (error: FieldError | undefined) =>
    error?.message ? t(error.message as MessageKey) : undefined;

  async function next() {
    if (await trigger(STEPS[step])) setStep(step + 1);
  }

  async function create(values: OnboardingForm) {
    setFailure(null);
    const waiting = useVault.getState().status?.pendingCount ?? 0;
    try {
      const status = await send('createVault', {
        passphrase: values.passphrase,
        profile: {
          title: t('ob.defaultTitle'),
          role: values.role,
          ageAtTime: values.ageAtTime,
          country: values.country,
          languages: [values.lang],
          sextortion: values.sextortion === 'yes',
          immediateDanger: values.danger === 'yes',
        },
        settings: { lang: values.lang, country: values.country },
      });
      useVault.getState().setStatus(status);
      useVault.getState().noteMerged(waiting - status.pendingCount);
      navigate('home');
    } catch (error) {
      setFailure(t('ob.err.failed', { message: (error as Error).message }));
    }
  }

  const emergency = emergencyLine(country);

  return (
    <section className="onboarding" aria-labelledby="onboarding-title">
      <h1 id="onboarding-title" className="visually-hidden">
        {t('ob.title')}
      </h1>
      <p className="muted">{t('ob.step', { n: step + 1, total: STEPS.length })}</p>
      {pendingCount > 0 && (
        <p className="notice" role="status">
          {pendingCount === 1
            ? t('ws.capturesWaitingOne')
            : t('ws.capturesWaitingMany', { count: pendingCount })}
        </p>
      )}
      <form
        noValidate
        onSubmit={
          step < STEPS.length - 1
            ? (event) => {
                event.preventDefault();
                void next();
              }
            : handleSubmit(create)
        }
      >
        {step === 0 && (
          <>
            <h2 ref={headingRef} tabIndex={-1}>
              {t('ob.safety.heading')}
            </h2>
            <div className="form-row">
              <Field label={t('ob.country')} error={err(errors.country)}>
                {(ids) => (
                  <select {...ids} {...answer('country')} autoComplete="country">
                    <option value="">—</option>
                    {countryOptions(lang, t('ob.country.other')).map((c) => (
                      <option key={c.code} value={c.code}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('ob.language')} error={err(errors.lang)}>
                {(ids) => (
                  <select {...ids} {...register('lang')}>
                    {LANGS.map((code) => (
                      <option key={code} value={code} lang={code}>
                        {LANG_NAMES[code]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <EmergencyCallout country={country} />
            <div className="card">
              <h3>{t('ob.sext.heading')}</h3>
              <ul>
                <li>
                  <strong>{t('ob.sext.notFault')}</strong>
                </li>
                <li>{t('ob.sext.dontPay')}</li>
                <li>{t('ob.sext.stopReplying')}</li>
                <li>{t('ob.sext.dontDelete')}</li>
                <li>{t('ob.sext.block')}</li>
                <li>{t('ob.sext.tell')}</li>
              </ul>
            </div>
            <div className="card card-rule">
              <h3>{t('ob.rule.heading')}</h3>
              <p>{t('ob.rule.text')}</p>
            </div>
          </>
        )}

        {step === 1 && (
          <>
            <h2 ref={headingRef} tabIndex={-1}>
              {t('ob.about.heading')}
            </h2>
            <p>{t('ob.about.intro')}</p>
            <Choice
              legend={t('ob.role.legend')}
              error={err(errors.role)}
              field={answer('role')}
              options={UserRole.options.map((v) => [v, t(`ob.role.${v}`)])}
            />
            <Choice
              legend={t('ob.age.legend')}
              error={err(errors.ageAtTime)}
              field={answer('ageAtTime')}
              options={AgeAtTime.options.map((v) => [v, t(`ob.age.${v}`)])}
            />
            <Choice
              legend={t('ob.sextortion.legend')}
              error={err(errors.sextortion)}
              field={answer('sextortion')}
              options={[
                ['yes', t('ob.yes')],
                ['no', t('ob.no')],
              ]}
              inline
            />
            <Choice
              legend={t('ob.danger.legend')}
              error={err(errors.danger)}
              field={answer('danger')}
              options={[
                ['yes', t('ob.yes')],
                ['no', t('ob.no')],
              ]}
              inline
            />
            {danger === 'yes' && (
              <div className="notice notice-urgent" role="alert">
                {emergency ? (
                  <p>
                    {t('ob.dangerNow', { number: emergency.name })}{' '}
                    {emergency.channel.phone && (
                      <a className="button primary" href={telHref(emergency.channel.phone)}>
                        {emergency.channel.phone}
                      </a>
                    )}
                  </p>
                ) : (
                  <p>{t('ob.dangerNowOther')}</p>
                )}
              </div>
            )}
          </>
        )}

        {step === 2 && (
          <PassphraseStep
            headingRef={headingRef}
            register={register}
            errors={{
              passphrase: err(errors.passphrase),
              confirm: err(errors.confirm),
              acknowledged: err(errors.acknowledged),
            }}
            passphrase={passphrase ?? ''}
          />
        )}

        {failure && (
          <p className="notice notice-error" role="alert">
            {failure}
          </p>
        )}
        <div className="form-actions">
          {step > 0 && (
            <button type="button" onClick={() => setStep(step - 1)}>
              {t('ob.back')}
            </button>
          )}
          <button type="submit" className="primary" disabled={formState.isSubmitting}>
            {step < STEPS.length - 1 ? t('ob.continue') : t('ob.create')}
          </button>
        </div>
        {formState.isSubmitting && (
          <p role="status" className="muted">
            {t('ob.creating')}
          </p>
        )}
      </form>
    </section>
  );
}
