import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/i18n';
import { EvidenceForm, type EvidenceFormValues, PLATFORM_CHOICES } from '@/lib/case/forms';
import { EvidenceKind } from '@/lib/case/model';
import { platformName as catalogName, OTHER_SITE_ID } from '@/lib/platforms/catalog';
import { messageOf, tk } from './data';
import { FormFooter } from './FormFooter';

/** Add or edit an evidence item by hand. Keeps what was typed when saving fails (rule 4). */
export function EvidenceFormView({
  initial,
  onSave,
  onCancel,
  mode,
}: {
  initial: EvidenceFormValues;
  onSave: (values: EvidenceFormValues) => Promise<void>;
  onCancel: () => void;
  mode: 'add' | 'edit';
}) {
  const { t } = useI18n();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<EvidenceFormValues>({
    resolver: zodResolver(EvidenceForm),
    defaultValues: initial,
  });
  const kind = watch('kind');
  const platforms = PLATFORM_CHOICES.includes(initial.platform as (typeof PLATFORM_CHOICES)[number])
    ? PLATFORM_CHOICES
    : [...PLATFORM_CHOICES, initial.platform];
  const err = (key: keyof EvidenceFormValues) =>
    errors[key]?.message ? tk(t, errors[key]?.message as string) : undefined;

  return (
    <form
      className="cw-form"
      aria-labelledby="evidence-form-title"
      noValidate
      onSubmit={handleSubmit(async (values) => {
        setFailure(null);
        try {
          await onSave(values);
        } catch (error) {
          setFailure(t('common.error', { message: messageOf(error) }));
        }
      })}
    >
      <h2 id="evidence-form-title">
        {mode === 'add' ? t('cw.evidence.addTitle') : t('cw.evidence.editTitle')}
      </h2>
      <p className="muted">{t('cw.evidence.addIntro')}</p>
      <div className="cw-grid">
        <Field label={t('cw.evidence.kind')} error={err('kind')}>
          {(c) => (
            <select {...c} {...register('kind')}>
              {EvidenceKind.options.map((k) => (
                <option key={k} value={k}>
                  {tk(t, `cw.kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('cw.evidence.platform')} error={err('platform')} required>
          {(c) => (
            <select {...c} {...register('platform')}>
              {platforms.map((p) => (
                <option key={p} value={p}>
                  {platformName(t, p)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field
        label={t('cw.evidence.url')}
        hint={kind === 'message' ? t('cw.evidence.urlHintMessage') : t('cw.evidence.urlHint')}
        error={err('url')}
      >
        {(c) => (
          <input
            {...c}
            {...register('url')}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </Field>
      <Field
        label={t('cw.evidence.handle')}
        hint={t('cw.evidence.handleHint')}
        error={err('handle')}
      >
        {(c) => <input {...c} {...register('handle')} autoComplete="off" spellCheck={false} />}
      </Field>
      <Field
        label={kind === 'message' ? t('cw.evidence.messageText') : t('cw.evidence.text')}
        hint={kind === 'message' ? t('cw.evidence.messageHint') : undefined}
        error={err('text')}
        required={kind === 'message'}
      >
        {(c) => <textarea {...c} {...register('text')} rows={4} />}
      </Field>
      <Field
        label={t('cw.evidence.seenAt')}
        hint={t('cw.evidence.seenAtHint')}
        error={err('seenAt')}
      >
        {(c) => <input {...c} {...register('seenAt')} type="datetime-local" />}
      </Field>
      <Field label={t('cw.evidence.notes')} error={err('notes')}>
        {(c) => <textarea {...c} {...register('notes')} rows={3} />}
      </Field>
      <FormFooter
        failure={failure}
        saveLabel={mode === 'add' ? t('cw.evidence.addSave') : t('common.save')}
        busy={isSubmitting}
        onCancel={onCancel}
      />
    </form>
  );
}

export function platformName(t: ReturnType<typeof useI18n>['t'], id: string | undefined): string {
  if (!id) return '';
  if (id === OTHER_SITE_ID) return t('cw.platform.web');
  return catalogName(id);
}
