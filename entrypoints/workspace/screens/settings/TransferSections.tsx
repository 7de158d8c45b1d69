import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { type FieldError, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { bytesToBase64, downloadFile } from '@/components/base64';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/i18n';
import { send } from '@/components/send';
import type { MessageKey } from '@/lib/i18n';
import { type ImportSummary, MAX_IMPORT_BYTES } from '@/lib/messaging/messages/vault';
import { MIN_PASSPHRASE_LENGTH } from '@/lib/ui/passphrase-strength';
import { useCase } from '../../stores/case';
import { messageOf, Outcome, Section } from './Section';

const ExportForm = z
  .object({
    which: z.enum(['current', 'all']),
    format: z.enum(['encrypted', 'plain']),
    passphrase: z.string(),
    plainAck: z.boolean(),
  })
  .refine((v) => v.format !== 'encrypted' || v.passphrase.length >= MIN_PASSPHRASE_LENGTH, {
    message: 'ob.err.short',
    path: ['passphrase'],
  })
  .refine((v) => v.format !== 'plain' || v.plainAck, { message: 'ob.err.ack', path: ['plainAck'] });
type ExportForm = z.infer<typeof ExportForm>;

export function ExportSection() {
  const { t } = useI18n();
  const currentId = useCase((s) => s.currentId);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const id = useId();
  const form = useForm<ExportForm>({
    resolver: zodResolver(ExportForm),
    defaultValues: { which: 'current', format: 'encrypted', passphrase: '', plainAck: false },
  });
  const format = useWatch({ control: form.control, name: 'format' });
  const { errors, isSubmitting } = form.formState;
  const err = (e: FieldError | undefined) => (e?.message ? t(e.message as MessageKey) : undefined);

  async function exportNow(values: ExportForm) {
    try {
      const file = await send('exportData', {
        format: values.format,
        caseIds: values.which === 'current' && currentId ? [currentId] : undefined,
        passphrase: values.format === 'encrypted' ? values.passphrase : undefined,
      });
      downloadFile(file.fileName, file.mime, file.dataBase64);
      form.setValue('passphrase', '');
      setOutcome({
        ok: true,
        text: t('settings.export.done', { file: file.fileName, sha: file.sha256 }),
      });
    } catch (error) {
      setOutcome({ ok: false, text: t('settings.failed', { message: messageOf(error) }) });
    }
  }

  return (
    <Section title={t('settings.export.heading')}>
      <p>{t('settings.export.intro')}</p>
      <form noValidate onSubmit={form.handleSubmit(exportNow)}>
        <fieldset className="choice choice-inline">
          <legend>{t('settings.export.which')}</legend>
          <label className="choice-option">
            <input type="radio" value="current" {...form.register('which')} />{' '}
            {t('settings.export.current')}
          </label>
          <label className="choice-option">
            <input type="radio" value="all" {...form.register('which')} />{' '}
            {t('settings.export.all')}
          </label>
        </fieldset>
        <fieldset className="choice">
          <legend>{t('settings.export.format')}</legend>
          <label className="choice-option">
            <input type="radio" value="encrypted" {...form.register('format')} />{' '}
            {t('settings.export.encrypted')}
          </label>
          <label className="choice-option">
            <input type="radio" value="plain" {...form.register('format')} />{' '}
            {t('settings.export.plain')}
          </label>
        </fieldset>
        {format === 'encrypted' ? (
          <Field
            label={t('settings.export.passphrase')}
            hint={t('settings.export.passphraseHelp')}
            error={err(errors.passphrase)}
          >
            {(ids) => (
              <input
                {...ids}
                type="password"
                autoComplete="new-password"
                {...form.register('passphrase')}
              />
            )}
          </Field>
        ) : (
          <div className="notice notice-warning">
            <p>
              <strong>{t('settings.export.plainWarning')}</strong>
            </p>
            <label className="checkbox">
              <input
                type="checkbox"
                {...form.register('plainAck')}
                aria-invalid={errors.plainAck ? true : undefined}
                aria-describedby={errors.plainAck ? `${id}-ack` : undefined}
              />{' '}
              {t('settings.export.plainAck')}
            </label>
            {errors.plainAck && (
              <p id={`${id}-ack`} className="field-error">
                {err(errors.plainAck)}
              </p>
            )}
          </div>
        )}
        <button type="submit" disabled={isSubmitting}>
          {t('settings.export.submit')}
        </button>
        <Outcome outcome={outcome} />
      </form>
    </Section>
  );
}

export function ImportSection() {
  const { t } = useI18n();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  async function request(): Promise<{ dataBase64: string; passphrase?: string } | null> {
    if (!file) {
      setOutcome({ ok: false, text: t('settings.import.noFile') });
      return null;
    }
    // The size is checked before reading a single byte.
    if (file.size > MAX_IMPORT_BYTES) {
      setOutcome({ ok: false, text: t('settings.import.tooBig') });
      return null;
    }
    const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    return { dataBase64, ...(passphrase ? { passphrase } : {}) };
  }

  async function run(step: 'preview' | 'apply') {
    setBusy(true);
    setOutcome(null);
    try {
      const data = await request();
      if (!data) return;
      if (step === 'preview') {
        setSummary(await send('previewImport', data));
      } else {
        await send('applyImport', data);
        setSummary(null);
        setFile(null);
        setPassphrase('');
        setOutcome({ ok: true, text: t('settings.import.done') });
        await useCase.getState().refresh();
      }
    } catch (error) {
      setOutcome({ ok: false, text: t('settings.failed', { message: messageOf(error) }) });
    } finally {
      setBusy(false);
    }
  }

  const adds = summary?.cases.filter(
    (c) =>
      c.isNew ||
      c.newEvidence + c.newReports + c.newProofs + c.newNotes + c.newSextortion + c.newReceipts > 0,
  );

  return (
    <Section title={t('settings.import.heading')}>
      <p>{t('settings.import.intro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void run('preview');
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('settings.import.file')}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".beacon,.zip,.json,application/zip,application/json,application/octet-stream"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setSummary(null);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-pass`}>{t('settings.import.passphrase')}</label>
          <input
            id={`${id}-pass`}
            type="password"
            autoComplete="off"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </div>
        <button type="submit" disabled={busy}>
          {t('settings.import.preview')}
        </button>
      </form>
      {summary && adds && (
        <div className="import-summary" data-testid="import-summary">
          {adds.length === 0 ? (
            <p>{t('settings.import.nothing')}</p>
          ) : (
            <>
              <h3>{t('settings.import.summaryHeading')}</h3>
              <ul>
                {adds.map((c) => (
                  <li key={c.id}>
                    {t(c.isNew ? 'settings.import.caseNew' : 'settings.import.caseExisting', {
                      title: c.title,
                      evidence: c.newEvidence,
                      reports: c.newReports,
                      proofs: c.newProofs,
                      notes: c.newNotes,
                    })}
                    {c.newSextortion + c.newReceipts > 0 && (
                      <>
                        {' '}
                        {t('settings.import.records', {
                          sextortion: c.newSextortion,
                          receipts: c.newReceipts,
                        })}
                      </>
                    )}
                    {c.notFitting > 0 && (
                      <> {t('settings.import.notFitting', { count: c.notFitting })}</>
                    )}
                    {c.conflicts > 0 && (
                      <> {t('settings.import.conflicts', { count: c.conflicts })}</>
                    )}
                  </li>
                ))}
              </ul>
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() => void run('apply')}
              >
                {t('settings.import.apply')}
              </button>
            </>
          )}
        </div>
      )}
      <Outcome outcome={outcome} />
    </Section>
  );
}
