import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { type FieldError, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/i18n';
import { PassphraseMeter } from '@/components/PassphraseMeter';
import { send } from '@/components/send';
import type { MessageKey } from '@/lib/i18n';
import { MIN_PASSPHRASE_LENGTH } from '@/lib/ui/passphrase-strength';
import { useVault } from '../../stores/vault';
import { messageOf, Outcome, Section } from './Section';

const PassphraseForm = z
  .object({
    current: z.string().min(1, { message: 'ob.err.choose' }),
    next: z.string().min(MIN_PASSPHRASE_LENGTH, { message: 'ob.err.short' }),
    confirm: z.string(),
  })
  .refine((v) => v.confirm === v.next, {
    message: 'ob.err.mismatch',
    path: ['confirm'],
    // Shown with the other errors, not only once they are fixed.
    when: (payload) => typeof (payload.value as { next?: unknown })?.next === 'string',
  });
type PassphraseForm = z.infer<typeof PassphraseForm>;

export function PassphraseSection() {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const meterId = useId();
  const form = useForm<PassphraseForm>({
    resolver: zodResolver(PassphraseForm),
    defaultValues: { current: '', next: '', confirm: '' },
  });
  const next = useWatch({ control: form.control, name: 'next' });
  const { errors, isSubmitting } = form.formState;
  const err = (e: FieldError | undefined) => (e?.message ? t(e.message as MessageKey) : undefined);

  async function change(values: PassphraseForm) {
    try {
      useVault
        .getState()
        .setStatus(await send('changePassphrase', { current: values.current, next: values.next }));
      form.reset();
      setOutcome({ ok: true, text: t('settings.passphrase.done') });
    } catch (error) {
      const wrong = (error as { code?: string }).code === 'wrong-passphrase';
      setOutcome({
        ok: false,
        text: wrong ? t('unlock.wrong') : t('settings.failed', { message: messageOf(error) }),
      });
    }
  }

  return (
    <Section title={t('settings.passphrase.heading')}>
      <form noValidate onSubmit={form.handleSubmit(change)}>
        <Field label={t('settings.passphrase.current')} error={err(errors.current)}>
          {(ids) => (
            <input
              {...ids}
              type="password"
              autoComplete="current-password"
              {...form.register('current')}
            />
          )}
        </Field>
        <Field label={t('settings.passphrase.next')} error={err(errors.next)}>
          {(ids) => (
            <input
              {...ids}
              aria-describedby={
                [ids['aria-describedby'], next ? meterId : ''].filter(Boolean).join(' ') ||
                undefined
              }
              type="password"
              autoComplete="new-password"
              {...form.register('next')}
            />
          )}
        </Field>
        <PassphraseMeter id={meterId} value={next ?? ''} />
        <Field label={t('settings.passphrase.confirm')} error={err(errors.confirm)}>
          {(ids) => (
            <input
              {...ids}
              type="password"
              autoComplete="new-password"
              {...form.register('confirm')}
            />
          )}
        </Field>
        <button type="submit" disabled={isSubmitting}>
          {t('settings.passphrase.submit')}
        </button>
        <Outcome outcome={outcome} />
      </form>
    </Section>
  );
}
