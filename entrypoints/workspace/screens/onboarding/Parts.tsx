import type { RefObject } from 'react';
import { useId, useState } from 'react';
import type { UseFormRegister, UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/i18n';
import { PassphraseMeter } from '@/components/PassphraseMeter';

/** The onboarding's radio questions and its passphrase step (split from Onboarding.tsx). */
export function Choice({
  legend,
  error,
  field,
  options,
  inline,
}: {
  legend: string;
  error?: string;
  field: UseFormRegisterReturn;
  options: [string, string][];
  inline?: boolean;
}) {
  const id = useId();
  return (
    <fieldset
      className={`choice${inline ? ' choice-inline' : ''}${error ? ' field-invalid' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {options.map(([value, label]) => (
        <label key={value} className="choice-option">
          <input type="radio" value={value} {...field} aria-invalid={error ? true : undefined} />{' '}
          {label}
        </label>
      ))}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function PassphraseStep({
  headingRef,
  register,
  errors,
  passphrase,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  // biome-ignore lint/suspicious/noExplicitAny: the onboarding form's own register, typed there
  register: UseFormRegister<any>;
  errors: { passphrase?: string; confirm?: string; acknowledged?: string };
  passphrase: string;
}) {
  const { t } = useI18n();
  const [show, setShow] = useState(false);
  const meterId = useId();
  const ackId = useId();
  const type = show ? 'text' : 'password';
  const describe = (ids: { 'aria-describedby'?: string }, extra: string): string =>
    [ids['aria-describedby'], extra].filter(Boolean).join(' ');
  return (
    <>
      <h2 ref={headingRef} tabIndex={-1}>
        {t('ob.pass.heading')}
      </h2>
      <p>{t('ob.pass.intro')}</p>
      <Field label={t('ob.pass.label')} hint={t('ob.pass.hint')} error={errors.passphrase}>
        {(ids) => (
          <input
            {...ids}
            aria-describedby={describe(ids, passphrase ? meterId : '')}
            type={type}
            autoComplete="new-password"
            spellCheck={false}
            {...register('passphrase')}
          />
        )}
      </Field>
      <PassphraseMeter id={meterId} value={passphrase} />
      <Field label={t('ob.pass.confirm')} error={errors.confirm}>
        {(ids) => (
          <input
            {...ids}
            type={type}
            autoComplete="new-password"
            spellCheck={false}
            {...register('confirm')}
          />
        )}
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={show} onChange={(e) => setShow(e.target.checked)} />{' '}
        {t('ob.pass.show')}
      </label>
      <div className="notice notice-warning">
        <p>
          <strong>{t('ob.pass.warning')}</strong>
        </p>
        <label className="checkbox">
          <input
            type="checkbox"
            {...register('acknowledged')}
            aria-invalid={errors.acknowledged ? true : undefined}
            aria-describedby={errors.acknowledged ? ackId : undefined}
          />{' '}
          {t('ob.pass.ack')}
        </label>
        {errors.acknowledged && (
          <p id={ackId} className="field-error">
            {errors.acknowledged}
          </p>
        )}
      </div>
    </>
  );
}
