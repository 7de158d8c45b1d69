import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/i18n';
import { checkProofFile, guessType, ProofForm, type ProofFormValues } from '@/lib/case/forms';
import { ProofType } from '@/lib/case/model';
import { checkProofFile as checkBytes } from '@/lib/vault/file-types';
import { messageOf, tk } from './data';
import { FormFooter } from './FormFooter';
import { useFocusOnMount } from './focus';

/** FileReader → base64 (without the data: prefix), as attachProof expects. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** The first bytes of a chosen file, checked against the allow-list before anything is saved. */
async function isAllowedProofFile(file: File): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 32).arrayBuffer());
  return checkBytes(file.type || guessType(file.name), head).ok;
}

/**
 * Adding a document, or editing one. The file is optional; when editing, a chosen file replaces
 * the stored one (same allow-list checks here, and again in the background's attachProof, which
 * deletes the old encrypted file only after the new one is saved).
 */
export function ProofFormView({
  mode,
  initial,
  onSave,
  onCancel,
}: {
  mode: 'add' | 'edit';
  initial: ProofFormValues;
  onSave: (values: ProofFormValues, file: File | null) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const titleId = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setValue,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<ProofFormValues>({ resolver: zodResolver(ProofForm), defaultValues: initial });
  const typeField = register('type');
  const err = (key: keyof ProofFormValues) =>
    errors[key]?.message ? tk(t, errors[key]?.message as string) : undefined;

  return (
    <form
      className="cw-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={handleSubmit(async (values) => {
        setFailure(null);
        const file = fileInput.current?.files?.[0] ?? null;
        const problem = file ? checkProofFile(file) : undefined;
        if (problem) {
          setFileError(t(problem));
          return;
        }
        if (file && !(await isAllowedProofFile(file))) {
          setFileError(t('files.notAllowed'));
          return;
        }
        try {
          await onSave(values, file);
        } catch (error) {
          setFailure(t('common.error', { message: messageOf(error) }));
        }
      })}
    >
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {t(mode === 'add' ? 'cw.proof.addTitle' : 'cw.proof.editTitle')}
      </h2>
      <div className="cw-grid">
        <Field label={t('cw.proof.type')} error={err('type')}>
          {(c) => (
            <select
              {...c}
              {...typeField}
              onChange={(e) => {
                void typeField.onChange(e);
                // Keep a label the user typed; replace one that was only the previous type's name.
                const label = getValues('label');
                if (ProofType.options.some((o) => tk(t, `cw.proofType.${o}`) === label || !label)) {
                  setValue('label', tk(t, `cw.proofType.${e.target.value}`));
                }
              }}
            >
              {ProofType.options.map((o) => (
                <option key={o} value={o}>
                  {tk(t, `cw.proofType.${o}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('cw.proof.label')} error={err('label')} required>
          {(c) => <input {...c} {...register('label')} autoComplete="off" />}
        </Field>
      </div>
      <Field
        label={t(mode === 'add' ? 'cw.proof.file' : 'cw.proof.replaceFile')}
        hint={t(mode === 'add' ? 'cw.proof.fileHint' : 'cw.proof.replaceFileHint')}
        error={fileError}
      >
        {(c) => (
          <input
            {...c}
            ref={fileInput}
            type="file"
            accept="image/*,application/pdf"
            onChange={(e) => {
              const file = e.target.files?.[0];
              const problem = file ? checkProofFile(file) : undefined;
              setFileError(problem ? t(problem) : undefined);
              if (file && !problem) {
                void isAllowedProofFile(file).then((ok) => {
                  if (!ok) setFileError(t('files.notAllowed'));
                });
              }
            }}
          />
        )}
      </Field>
      <label className="cw-check-row">
        <input type="checkbox" {...register('redacted')} /> <span>{t('cw.proof.redacted')}</span>
      </label>
      <Field label={t('cw.proof.notes')} error={err('notes')}>
        {(c) => <textarea {...c} {...register('notes')} rows={2} />}
      </Field>
      <FormFooter
        failure={failure}
        saveLabel={t(mode === 'add' ? 'cw.proof.save' : 'cw.proof.saveChanges')}
        busy={isSubmitting}
        onCancel={onCancel}
      />
    </form>
  );
}
