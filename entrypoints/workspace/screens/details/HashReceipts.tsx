import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { type FieldError, useForm } from 'react-hook-form';
import { z } from 'zod';
import { CopyButton } from '@/components/CopyButton';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/i18n';
import { Outcome, type OutcomeValue } from '@/components/Outcome';
import { newItemId } from '@/lib/case/derive';
import { plainText } from '@/lib/case/details-form';
import { type HashReceipt, HashService } from '@/lib/case/model';
import { maskSecret, secretTail } from '@/lib/case/sextortion-form';
import type { MessageKey } from '@/lib/i18n';
import { DeleteButton } from '../casework/DeleteButton';
import { type Casework, messageOf } from '../casework/data';

const ReceiptForm = z.object({
  service: HashService,
  caseNumber: plainText(200).refine((v) => v.trim() !== '', 'case.err.required'),
  pin: plainText(200),
});
type ReceiptFormValues = z.infer<typeof ReceiptForm>;

/** Take It Down / StopNCII receipts: kept encrypted with the case, shown masked, copyable. */
export function HashReceipts({ cw }: { cw: Casework }) {
  const { t } = useI18n();
  const id = useId();
  const [outcome, setOutcome] = useState<OutcomeValue>(null);
  const form = useForm<ReceiptFormValues>({
    resolver: zodResolver(ReceiptForm),
    defaultValues: { service: 'take-it-down', caseNumber: '', pin: '' },
  });
  const errors = form.formState.errors;
  const err = (e: FieldError | undefined) => (e?.message ? t(e.message as MessageKey) : undefined);

  async function add(values: ReceiptFormValues) {
    try {
      await cw.apply({
        op: 'addHashReceipt',
        id: newItemId('hr'),
        fields: {
          service: values.service,
          caseNumber: values.caseNumber.trim(),
          ...(values.pin.trim() ? { pin: values.pin.trim() } : {}),
        },
      });
      form.reset();
      setOutcome({ ok: true, text: t('case.hash.saved') });
    } catch (error) {
      setOutcome({ ok: false, text: t('case.details.failed', { message: messageOf(error) }) });
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('case.hash.heading')}</h2>
      <p>{t('case.hash.intro')}</p>
      {cw.kase.hashReceipts.length === 0 ? (
        <p className="muted">{t('case.hash.none')}</p>
      ) : (
        <ul className="case-receipts">
          {cw.kase.hashReceipts.map((r, i) => (
            <Receipt key={r.id} receipt={r} n={i + 1} />
          ))}
        </ul>
      )}
      <form noValidate className="cw-form" onSubmit={form.handleSubmit(add)}>
        <Field label={t('case.hash.service')}>
          {(ids) => (
            <select {...ids} {...form.register('service')}>
              {HashService.options.map((s) => (
                <option key={s} value={s}>
                  {t(`case.hash.service.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('case.hash.caseNumber')} error={err(errors.caseNumber)}>
          {(ids) => (
            <input
              {...ids}
              autoComplete="off"
              spellCheck={false}
              {...form.register('caseNumber')}
            />
          )}
        </Field>
        <Field label={t('case.hash.pin')} error={err(errors.pin)}>
          {(ids) => (
            <input
              {...ids}
              type="password"
              autoComplete="off"
              spellCheck={false}
              {...form.register('pin')}
            />
          )}
        </Field>
        <Outcome outcome={outcome} />
        <div className="cw-actions">
          <button type="submit">{t('case.hash.add')}</button>
        </div>
      </form>
    </section>
  );
}

/**
 * One receipt. Its buttons are named after it ("… (receipt 2, Take It Down, ending 34)"): with
 * several receipts listed, a screen reader's list of buttons tells them apart. The ending is what
 * the mask shows, never more: a number short enough to be masked whole is named without it.
 */
function Receipt({ receipt, n }: { receipt: HashReceipt; n: number }) {
  const { t } = useI18n();
  const service = t(`case.hash.service.${receipt.service}`);
  const last = secretTail(receipt.caseNumber);
  const name = last
    ? t('case.hash.receiptName', { n, service, last })
    : t('case.hash.receiptNameShort', { n, service });
  return (
    <li>
      <strong>{service}</strong>
      <Secret kind="number" receipt={name} value={receipt.caseNumber} />
      {receipt.pin && <Secret kind="pin" receipt={name} value={receipt.pin} />}
      <DeleteButton
        kind="hash-receipt"
        id={receipt.id}
        op={{ op: 'removeHashReceipt', id: receipt.id }}
        label={`${t('case.del.hash-receipt')} (${name})`}
      />
    </li>
  );
}

/** A secret shown masked; "Show" reveals it, "Copy" puts it on the clipboard. */
function Secret({
  kind,
  receipt,
  value,
}: {
  kind: 'number' | 'pin';
  receipt: string;
  value: string;
}) {
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  const show = t(`case.hash.${shown ? 'hide' : 'show'}.${kind}`);
  const copy = t(`case.hash.copy.${kind}`);
  return (
    <p className="case-secret">
      <span>{t(`case.hash.${kind}Label`)}: </span>
      <code data-testid="receipt-secret">{shown ? value : maskSecret(value)}</code>{' '}
      <button
        type="button"
        aria-pressed={shown}
        aria-label={`${show} (${receipt})`}
        onClick={() => setShown(!shown)}
      >
        {show}
      </button>{' '}
      <CopyButton
        text={value}
        label={copy}
        name={`${copy} (${receipt})`}
        copiedLabel={t('case.hash.copied')}
        failedLabel={t('case.hash.copyFailed')}
      />
    </p>
  );
}
