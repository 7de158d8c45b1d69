import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { type FieldError, useFieldArray, useForm } from 'react-hook-form';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/i18n';
import { Outcome, type OutcomeValue } from '@/components/Outcome';
import { newItemId } from '@/lib/case/derive';
import { Demand, PaymentKind } from '@/lib/case/model';
import {
  formToSextortion,
  SextortionForm,
  type SextortionFormValues,
  sextortionToForm,
} from '@/lib/case/sextortion-form';
import type { MessageKey } from '@/lib/i18n';
import { type Casework, messageOf } from '../casework/data';

/** The sextortion record: who threatens, what they demand, payment details and each threat. */
export function SextortionSection({ cw }: { cw: Casework }) {
  const { t } = useI18n();
  const id = useId();
  const [outcome, setOutcome] = useState<OutcomeValue>(null);
  const form = useForm<SextortionFormValues>({
    resolver: zodResolver(SextortionForm),
    defaultValues: sextortionToForm(cw.kase.sextortion),
  });
  const { register, control, formState } = form;
  const errors = formState.errors;
  const payments = useFieldArray({ control, name: 'payments' });
  const threats = useFieldArray({ control, name: 'threats' });
  const err = (e: FieldError | undefined) => (e?.message ? t(e.message as MessageKey) : undefined);

  async function save(values: SextortionFormValues) {
    try {
      await cw.apply({ op: 'setSextortion', record: formToSextortion(values) });
      setOutcome({ ok: true, text: t('case.sx.saved') });
    } catch (error) {
      setOutcome({ ok: false, text: t('case.details.failed', { message: messageOf(error) }) });
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('case.sx.heading')}</h2>
      <p>{t('case.sx.intro')}</p>
      <form noValidate className="cw-form" onSubmit={form.handleSubmit(save)}>
        <fieldset>
          <legend>{t('case.sx.who')}</legend>
          <Field label={t('case.sx.platform')} error={err(errors.platform)}>
            {(ids) => <input {...ids} autoComplete="off" {...register('platform')} />}
          </Field>
          <Field label={t('case.sx.handle')} error={err(errors.handle)}>
            {(ids) => <input {...ids} autoComplete="off" {...register('handle')} />}
          </Field>
          <Field label={t('case.sx.profileUrl')} error={err(errors.profileUrl)}>
            {(ids) => <input {...ids} type="url" autoComplete="off" {...register('profileUrl')} />}
          </Field>
        </fieldset>
        <Field
          label={t('case.sx.startedOn')}
          hint={t('case.sx.startedOnHelp')}
          error={err(errors.contactStartedOn)}
        >
          {(ids) => <input {...ids} autoComplete="off" {...register('contactStartedOn')} />}
        </Field>
        <fieldset className="choice">
          <legend>{t('case.sx.demands')}</legend>
          {Demand.options.map((d) => (
            <label key={d} className="choice-option">
              <input type="checkbox" value={d} {...register('demands')} />{' '}
              {t(`case.sx.demand.${d}`)}
            </label>
          ))}
        </fieldset>
        <Field label={t('case.sx.demandNote')} error={err(errors.demandNote)}>
          {(ids) => <textarea {...ids} rows={2} {...register('demandNote')} />}
        </Field>

        <fieldset>
          <legend>{t('case.sx.payments')}</legend>
          <p className="field-hint">{t('case.sx.paymentsHelp')}</p>
          {payments.fields.map((row, i) => (
            <fieldset key={row.id} className="case-row">
              <legend>{t('case.sx.item', { n: i + 1 })}</legend>
              <Field label={t('case.sx.payment.kind')}>
                {(ids) => (
                  <select {...ids} {...register(`payments.${i}.kind`)}>
                    {PaymentKind.options.map((k) => (
                      <option key={k} value={k}>
                        {t(`case.sx.pay.${k}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('case.sx.payment.value')} error={err(errors.payments?.[i]?.value)}>
                {(ids) => (
                  <input
                    {...ids}
                    autoComplete="off"
                    spellCheck={false}
                    {...register(`payments.${i}.value`)}
                  />
                )}
              </Field>
              <Field label={t('case.sx.payment.note')} error={err(errors.payments?.[i]?.note)}>
                {(ids) => <input {...ids} autoComplete="off" {...register(`payments.${i}.note`)} />}
              </Field>
              <button type="button" onClick={() => payments.remove(i)}>
                {t('case.sx.payment.remove', { n: i + 1 })}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            onClick={() =>
              payments.append({ id: newItemId('pay'), kind: 'gift-card', value: '', note: '' })
            }
          >
            {t('case.sx.payment.add')}
          </button>
        </fieldset>

        <fieldset>
          <legend>{t('case.sx.threats')}</legend>
          {threats.fields.map((row, i) => (
            <fieldset key={row.id} className="case-row">
              <legend>{t('case.sx.item', { n: i + 1 })}</legend>
              <Field label={t('case.sx.threat.at')} error={err(errors.threats?.[i]?.at)}>
                {(ids) => <input {...ids} type="datetime-local" {...register(`threats.${i}.at`)} />}
              </Field>
              <Field label={t('case.sx.threat.text')} error={err(errors.threats?.[i]?.text)}>
                {(ids) => <textarea {...ids} rows={2} {...register(`threats.${i}.text`)} />}
              </Field>
              <button type="button" onClick={() => threats.remove(i)}>
                {t('case.sx.threat.remove', { n: i + 1 })}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            onClick={() => threats.append({ id: newItemId('th'), at: '', text: '' })}
          >
            {t('case.sx.threat.add')}
          </button>
        </fieldset>

        <fieldset className="choice choice-inline">
          <legend>{t('case.sx.shared')}</legend>
          {(['yes', 'no', 'unknown'] as const).map((v) => (
            <label key={v} className="choice-option">
              <input type="radio" value={v} {...register('alreadyShared')} />{' '}
              {t(`case.${v === 'unknown' ? 'unknown' : v}`)}
            </label>
          ))}
        </fieldset>
        <Outcome outcome={outcome} />
        <div className="cw-actions">
          <button type="submit" className="primary" disabled={formState.isSubmitting}>
            {t('case.sx.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Safety advice for a blackmailed family (shown with the record and in next steps). */
export function SafetyAdvice() {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('case.safety.heading')}</h2>
      <ul>
        <li>{t('case.safety.accounts')}</li>
        <li>{t('case.safety.keep')}</li>
        <li>{t('case.safety.tell')}</li>
        <li>{t('case.safety.confirm')}</li>
      </ul>
    </section>
  );
}
