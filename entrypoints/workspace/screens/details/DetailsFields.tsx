import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { type FieldError, useForm } from 'react-hook-form';
import { countryOptions } from '@/components/countries';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/i18n';
import { Outcome, type OutcomeValue } from '@/components/Outcome';
import { DetailsForm, type DetailsFormValues } from '@/lib/case/details-form';
import { AgeAtTime, UserRole } from '@/lib/case/model';
import { LANGS, type Lang, type MessageKey } from '@/lib/i18n';

const LANG_NAMES: Record<Lang, string> = { en: 'English', fr: 'Français', es: 'Español' };

/**
 * The case details form, for editing a case and for a new case (same fields; a new case starts
 * blank). `onSave` resolves with the text to announce, or throws with a message to show.
 */
export function DetailsFieldsForm({
  initial,
  saveLabel,
  onSave,
  onCancel,
}: {
  initial: DetailsFormValues;
  saveLabel: string;
  onSave: (values: DetailsFormValues) => Promise<string>;
  onCancel?: () => void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const [outcome, setOutcome] = useState<OutcomeValue>(null);
  const form = useForm<DetailsFormValues>({
    resolver: zodResolver(DetailsForm),
    defaultValues: initial,
    mode: 'onSubmit',
  });
  const { register, formState } = form;
  const errors = formState.errors;
  const err = (e: FieldError | undefined) => (e?.message ? t(e.message as MessageKey) : undefined);

  async function submit(values: DetailsFormValues) {
    try {
      setOutcome({ ok: true, text: await onSave(values) });
      form.reset(values);
    } catch (error) {
      setOutcome({
        ok: false,
        text: t('case.details.failed', { message: (error as Error).message }),
      });
    }
  }

  const choice = (
    name: 'role' | 'ageAtTime' | 'hasImagesOnDevice',
    legend: string,
    options: [string, string][],
  ) => (
    <fieldset
      className={`choice${errors[name] ? ' field-invalid' : ''}`}
      aria-describedby={errors[name] ? `${id}-${name}-error` : undefined}
    >
      <legend>{legend}</legend>
      {options.map(([value, label]) => (
        <label key={value} className="choice-option">
          <input type="radio" value={value} {...register(name)} /> {label}
        </label>
      ))}
      {errors[name] && (
        <p id={`${id}-${name}-error`} className="field-error">
          {err(errors[name])}
        </p>
      )}
    </fieldset>
  );

  return (
    <form noValidate className="cw-form case-details-form" onSubmit={form.handleSubmit(submit)}>
      <h2>{t('case.details.about')}</h2>
      <Field
        label={t('case.details.caseTitle')}
        hint={t('case.details.caseTitleHelp')}
        error={err(errors.title)}
      >
        {(ids) => <input {...ids} autoComplete="off" {...register('title')} />}
      </Field>
      {choice(
        'role',
        t('ob.role.legend'),
        UserRole.options.map((v) => [v, t(`ob.role.${v}`)]),
      )}
      {choice(
        'ageAtTime',
        t('ob.age.legend'),
        AgeAtTime.options.map((v) => [v, t(`ob.age.${v}`)]),
      )}
      <Field label={t('ob.country')} error={err(errors.country)}>
        {(ids) => (
          <select {...ids} {...register('country')}>
            <option value="">—</option>
            {countryOptions(lang, t('ob.country.other')).map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset
        className={`choice choice-inline${errors.languages ? ' field-invalid' : ''}`}
        aria-describedby={errors.languages ? `${id}-languages-error` : undefined}
      >
        <legend>{t('case.details.languages')}</legend>
        {LANGS.map((code) => (
          <label key={code} className="choice-option" lang={code}>
            <input type="checkbox" value={code} {...register('languages')} /> {LANG_NAMES[code]}
          </label>
        ))}
        {errors.languages && (
          <p id={`${id}-languages-error`} className="field-error">
            {err(errors.languages as FieldError)}
          </p>
        )}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" {...register('immediateDanger')} /> {t('case.details.danger')}
      </label>
      <label className="checkbox">
        <input type="checkbox" {...register('sextortion')} /> {t('case.details.sextortion')}
      </label>
      {choice('hasImagesOnDevice', t('case.details.images'), [
        ['yes', t('case.yes')],
        ['no', t('case.no')],
        ['unknown', t('case.unknown')],
      ])}

      <h2>{t('case.details.contact')}</h2>
      <p className="field-hint">{t('case.details.contactHelp')}</p>
      <Field label={t('case.details.name')} error={err(errors.name)}>
        {(ids) => <input {...ids} autoComplete="name" {...register('name')} />}
      </Field>
      <Field label={t('case.details.email')} error={err(errors.email)}>
        {(ids) => <input {...ids} type="email" autoComplete="email" {...register('email')} />}
      </Field>
      <Field label={t('case.details.phone')} error={err(errors.phone)}>
        {(ids) => <input {...ids} type="tel" autoComplete="tel" {...register('phone')} />}
      </Field>
      <Field label={t('case.details.address')} error={err(errors.address)}>
        {(ids) => (
          <textarea {...ids} rows={3} autoComplete="street-address" {...register('address')} />
        )}
      </Field>
      <Field
        label={t('case.details.victimName')}
        hint={t('case.details.victimNameHelp')}
        error={err(errors.victimName)}
      >
        {(ids) => <input {...ids} autoComplete="off" {...register('victimName')} />}
      </Field>

      <Outcome outcome={outcome} />
      <div className="cw-actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {saveLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('case.new.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
