import { useState } from 'react';
import { useI18n } from '@/components/i18n';
import { send } from '@/components/send';
import { formatDate, newItemId } from '@/lib/case/derive';
import { guessType, proofFormToPatch, proofToForm } from '@/lib/case/forms';
import type { Proof } from '@/lib/case/model';
import { fromBase64 } from '@/lib/vault/bytes';
import { proofViewPlan } from '@/lib/vault/file-types';
import { useCase } from '../stores/case';
import { DeleteButton } from './casework/DeleteButton';
import { type Casework, localeFor, messageOf, tk, useCasework } from './casework/data';
import { useFocusReturn } from './casework/focus';
import { CaseLoading } from './casework/Loading';
import './casework/casework.css';
import { ProofFormView, readAsBase64 } from './casework/ProofForm';

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

/** Store a checked file as the proof's encrypted file (replacing any earlier one), then reload. */
async function attachFile(caseId: string, proofId: string, file: File) {
  await send('attachProof', {
    caseId,
    proofId,
    name: file.name.slice(0, 255),
    type: (file.type || guessType(file.name)).slice(0, 100),
    dataBase64: await readAsBase64(file),
  });
  await useCase.getState().refresh();
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
        <ProofFormView
          mode="add"
          initial={{
            type: 'birth-certificate',
            label: t('cw.proofType.birth-certificate'),
            redacted: false,
            notes: '',
          }}
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
            if (file) await attachFile(kase.id, id, file);
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

function ProofItem({ proof, cw }: { proof: Proof; cw: Casework }) {
  const { t, lang } = useI18n();
  const locale = localeFor(lang);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState<string[] | null>(null);
  const [editing, setEditing] = useState(false);
  const [announce, setAnnounce] = useState('');
  // Keyboard focus goes back to "Edit" when the form closes (saved or cancelled).
  const editButton = useFocusReturn<HTMLButtonElement>(editing);
  const sentReports = cw.kase.reports.filter((r) => r.status !== 'draft');

  if (editing) {
    return (
      <li className="cw-card cw-item">
        <ProofFormView
          mode="edit"
          initial={proofToForm(proof)}
          onCancel={() => setEditing(false)}
          onSave={async (values, file) => {
            await cw.apply({ op: 'updateProof', id: proof.id, patch: proofFormToPatch(values) });
            if (file) await attachFile(cw.kase.id, proof.id, file);
            setEditing(false);
            setAnnounce(t('cw.proof.changed'));
          }}
        />
      </li>
    );
  }

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
      <p role="status" className="cw-ok">
        {announce}
      </p>
      <div className="cw-actions">
        <button
          ref={editButton}
          type="button"
          aria-label={t('cw.proof.editLabel', { name: proof.label })}
          onClick={() => setEditing(true)}
        >
          {t('cw.proof.edit')}
        </button>
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
