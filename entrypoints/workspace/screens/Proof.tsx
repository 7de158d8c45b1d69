import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/i18n';
import { send } from '@/components/send';
import { formatDate, newItemId } from '@/lib/case/derive';
import { checkProofFile, guessType, ProofForm, type ProofFormValues } from '@/lib/case/forms';
import { type Proof, ProofType } from '@/lib/case/model';
import { fromBase64 } from '@/lib/vault/bytes';
import { checkProofFile as checkBytes, proofViewPlan } from '@/lib/vault/file-types';
import { useCase } from '../stores/case';
import { DeleteButton } from './casework/DeleteButton';
import { type Casework, localeFor, messageOf, tk, useCasework } from './casework/data';
import { CaseLoading } from './casework/Loading';
import './casework/casework.css';
import { FormFooter } from './casework/FormFooter';

/** Identity and age proof kit: what proves age at the time, what to hide, the files (encrypted). */
export function ProofScreen() {
  const { cw, loading, error } = useCasework();
  if (!cw) return <CaseLoading loading={loading} error={error} titleKey="cw.proof.title" />;
  return <ProofView cw={cw} />;
}

const DOCUMENTS = [
  'birth-certificate',
  'passport',
  'national-id',
  'school-id',
  'photo-at-age',
] as const;

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

/**
 * "View": allow-listed PDF/images open in a new tab with the type their bytes say; anything
 * else is downloaded as opaque bytes under a neutral name (lib/vault/file-types.ts), so no
 * stored file can run at the extension's origin. Returns whether it was downloaded.
 */
function showProofFile(data: string): boolean {
  const bytes = fromBase64(data);
  const plan = proofViewPlan(bytes);
  const url = URL.createObjectURL(new Blob([bytes], { type: plan.type }));
  if (plan.open) {
    window.open(url, '_blank', 'noopener');
  } else {
    const link = document.createElement('a');
    link.href = url;
    link.download = plan.fileName;
    link.click();
  }
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return !plan.open;
}

/** The first bytes of a chosen file, checked against the allow-list before anything is saved. */
async function isAllowedProofFile(file: File): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 32).arrayBuffer());
  return checkBytes(file.type || guessType(file.name), head).ok;
}

function formatSize(bytes: number, locale: string): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1
    ? `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(mb)} MB`
    : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} KB`;
}

export function ProofView({ cw }: { cw: Casework }) {
  const { t } = useI18n();
  const { kase, apply } = cw;
  const [adding, setAdding] = useState(false);
  const [announce, setAnnounce] = useState('');

  return (
    <div className="cw-screen">
      <h1>{t('cw.proof.title')}</h1>
      <p className="cw-intro">{t('cw.proof.intro')}</p>

      <section className="cw-card" aria-labelledby="proof-which">
        <h2 id="proof-which">{t('cw.proof.whichTitle')}</h2>
        <ul>
          {DOCUMENTS.map((d) => (
            <li key={d}>
              <strong>{tk(t, `cw.proofType.${d}`)}</strong> — {tk(t, `cw.proof.doc.${d}`)}
            </li>
          ))}
        </ul>
        <p className="notice">{t('cw.proof.neverImage')}</p>
      </section>

      <section className="cw-card" aria-labelledby="proof-redact">
        <h2 id="proof-redact">{t('cw.proof.redactTitle')}</h2>
        <p>{t('cw.proof.redactKeep')}</p>
        <p>{t('cw.proof.redactHide')}</p>
        <p>{t('cw.proof.redactHow')}</p>
      </section>

      <p role="status" className="cw-ok">
        {announce}
      </p>

      {adding ? (
        <ProofAddForm
          onCancel={() => setAdding(false)}
          onSave={async (values, file) => {
            const id = newItemId('pf');
            await apply({
              op: 'addProof',
              id,
              fields: {
                type: values.type,
                label: values.label.trim(),
                redacted: values.redacted,
                notes: values.notes.trim() || undefined,
              },
            });
            if (file) {
              await send('attachProof', {
                caseId: kase.id,
                proofId: id,
                name: file.name.slice(0, 255),
                type: (file.type || guessType(file.name)).slice(0, 100),
                dataBase64: await readAsBase64(file),
              });
              await useCase.getState().refresh();
            }
            setAnnounce(t('cw.proof.added'));
            setAdding(false);
          }}
        />
      ) : (
        <div className="cw-toolbar">
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            {t('cw.proof.add')}
          </button>
        </div>
      )}

      <section aria-labelledby="proof-list">
        <h2 id="proof-list">{t('cw.proof.listTitle')}</h2>
        {kase.proofs.length === 0 ? (
          <p className="cw-empty">{t('cw.proof.empty')}</p>
        ) : (
          <ul className="cw-list">
            {kase.proofs.map((p) => (
              <ProofItem key={p.id} proof={p} cw={cw} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function ProofAddForm({
  onSave,
  onCancel,
}: {
  onSave: (values: ProofFormValues, file: File | null) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setValue,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<ProofFormValues>({
    resolver: zodResolver(ProofForm),
    defaultValues: {
      type: 'birth-certificate',
      label: t('cw.proofType.birth-certificate'),
      redacted: false,
      notes: '',
    },
  });
  const typeField = register('type');
  const err = (key: keyof ProofFormValues) =>
    errors[key]?.message ? tk(t, errors[key]?.message as string) : undefined;

  return (
    <form
      className="cw-form"
      aria-labelledby="proof-form-title"
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
      <h2 id="proof-form-title">{t('cw.proof.addTitle')}</h2>
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
      <Field label={t('cw.proof.file')} hint={t('cw.proof.fileHint')} error={fileError}>
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
        saveLabel={t('cw.proof.save')}
        busy={isSubmitting}
        onCancel={onCancel}
      />
    </form>
  );
}

function ProofItem({ proof, cw }: { proof: Proof; cw: Casework }) {
  const { t, lang } = useI18n();
  const locale = localeFor(lang);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState<string[] | null>(null);
  const sentReports = cw.kase.reports.filter((r) => r.status !== 'draft');

  return (
    <li className="cw-card cw-item">
      <div className="cw-item-head">
        <h3 className="cw-item-title">{proof.label}</h3>
        {tk(t, `cw.proofType.${proof.type}`) !== proof.label && (
          <span className="muted">{tk(t, `cw.proofType.${proof.type}`)}</span>
        )}
      </div>
      <p className="cw-meta">
        {proof.fileName ? (
          <>
            {t('cw.proof.fileIs', { name: proof.fileName })}
            {proof.fileSize !== undefined && ` · ${formatSize(proof.fileSize, locale)}`}
          </>
        ) : (
          <span className="muted">{t('cw.proof.noFile')}</span>
        )}
        {' · '}
        {proof.redacted ? t('cw.proof.isRedacted') : t('cw.proof.notRedacted')}
        {' · '}
        {formatDate(proof.createdAt, locale)}
      </p>
      {proof.notes && <p className="cw-text cw-meta">{proof.notes}</p>}
      {proof.fileId && (
        <div className="cw-actions">
          <button
            type="button"
            aria-label={t('cw.proof.viewLabel', { name: proof.label })}
            onClick={async () => {
              setFailure(null);
              try {
                const file = await send('readProof', { caseId: cw.kase.id, proofId: proof.id });
                // Only on this explicit click; the object URL is dropped soon after.
                if (showProofFile(file.dataBase64)) setFailure(t('files.downloaded'));
              } catch (error) {
                setFailure(t('common.error', { message: messageOf(error) }));
              }
            }}
          >
            {t('cw.proof.view')}
          </button>
        </div>
      )}
      {sentReports.length > 0 && (
        <fieldset>
          <legend>{t('cw.proof.sentWith', { name: proof.label })}</legend>
          {sentReports.map((r) => (
            <label key={r.id} className="cw-check-row">
              <input
                type="checkbox"
                checked={(pending ?? proof.sentWith).includes(r.id)}
                onChange={async (e) => {
                  setFailure(null);
                  const current = pending ?? proof.sentWith;
                  const sentWith = e.target.checked
                    ? [...current, r.id]
                    : current.filter((x) => x !== r.id);
                  // Shown at once; the saved case replaces it (or the error puts it back).
                  setPending(sentWith);
                  try {
                    await cw.apply({ op: 'updateProof', id: proof.id, patch: { sentWith } });
                  } catch (error) {
                    setFailure(t('common.error', { message: messageOf(error) }));
                  } finally {
                    setPending(null);
                  }
                }}
              />
              <span>
                {r.targetName}
                {r.sentAt && ` (${formatDate(r.sentAt, locale)})`}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
      <div className="cw-actions">
        <DeleteButton
          kind="proof"
          id={proof.id}
          op={{ op: 'removeProof', id: proof.id }}
          label={`${t('case.del.proof')}: ${proof.label}`}
        />
      </div>
    </li>
  );
}
