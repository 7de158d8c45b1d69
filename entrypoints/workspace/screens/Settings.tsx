import { zodResolver } from '@hookform/resolvers/zod';
import { type ReactNode, useId, useState } from 'react';
import { type FieldError, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { bytesToBase64, downloadFile } from '@/components/base64';
import { countryOptions } from '@/components/countries';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/i18n';
import { PassphraseMeter } from '@/components/PassphraseMeter';
import { send } from '@/components/send';
import { WipeAllForm } from '@/components/WipeAllForm';
import type { Settings } from '@/lib/case/model';
import { LANG_NAMES, LANGS, type Lang, type MessageKey } from '@/lib/i18n';
import { type ImportSummary, MAX_IMPORT_BYTES } from '@/lib/messaging/messages/vault';
import { MIN_PASSPHRASE_LENGTH } from '@/lib/ui/passphrase-strength';
import { useCase } from '../stores/case';
import { navigate } from '../stores/route';
import { useVault } from '../stores/vault';
import { DiagnosticsSection } from './DiagnosticsSection';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Settings: one section per concern, each saving on its own and saying so. */
export function SettingsScreen() {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="settings" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('settings.heading')}</h1>
      <GeneralSection />
      <LockingSection />
      <PrivacySection />
      <CasesSection />
      <PassphraseSection />
      <ExportSection />
      <ImportSection />
      <DiagnosticsSection />
      <Section title={t('settings.danger.heading')} className="danger-zone">
        <WipeAllForm
          onWiped={(status) => {
            useVault.getState().setStatus(status);
            navigate('onboarding');
          }}
        />
      </Section>
    </section>
  );
}

function Section({
  title,
  className,
  children,
}: {
  title: string;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={`card settings-section ${className ?? ''}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A polite "Saved." or a clear failure after an action. */
function Outcome({ outcome }: { outcome: { ok: boolean; text: string } | null }) {
  return (
    <p
      role={outcome && !outcome.ok ? 'alert' : 'status'}
      className={outcome ? (outcome.ok ? 'outcome-ok' : 'field-error') : 'outcome-empty'}
    >
      {outcome?.text}
    </p>
  );
}

function useSaver() {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  async function save(patch: Partial<Settings>) {
    try {
      await useVault.getState().updateSettings(patch);
      setOutcome({ ok: true, text: t('settings.saved') });
    } catch (error) {
      setOutcome({ ok: false, text: t('settings.failed', { message: messageOf(error) }) });
    }
  }
  return { outcome, save, setOutcome };
}

function GeneralSection() {
  const { t, lang } = useI18n();
  const settings = useVault((s) => s.status?.settings);
  const { outcome, save } = useSaver();
  const id = useId();
  return (
    <Section title={t('settings.general')}>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('settings.language')}</label>
          <select
            id={`${id}-lang`}
            value={settings?.lang ?? lang}
            onChange={(event) => void save({ lang: event.target.value as Lang })}
          >
            {LANGS.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANG_NAMES[code]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-country`}>{t('settings.country')}</label>
          <select
            id={`${id}-country`}
            value={settings?.country ?? ''}
            onChange={(event) => void save({ country: event.target.value })}
          >
            {!settings?.country && <option value="">—</option>}
            {countryOptions(lang, t('ob.country.other')).map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Outcome outcome={outcome} />
    </Section>
  );
}

const range = (min: number, max: number) =>
  z.coerce
    .number({ message: 'settings.numberRange' })
    .int({ message: 'settings.numberRange' })
    .min(min, { message: 'settings.numberRange' })
    .max(max, { message: 'settings.numberRange' });
const LockingForm = z.object({ autoLockMinutes: range(1, 1440), followUpHours: range(1, 720) });

function LockingSection() {
  const { t } = useI18n();
  const settings = useVault((s) => s.status?.settings);
  const { outcome, save } = useSaver();
  const form = useForm<z.input<typeof LockingForm>, unknown, z.output<typeof LockingForm>>({
    resolver: zodResolver(LockingForm),
    values: {
      autoLockMinutes: settings?.autoLockMinutes ?? 15,
      followUpHours: settings?.followUpHours ?? 48,
    },
  });
  const { errors } = form.formState;
  return (
    <Section title={t('settings.security')}>
      <form noValidate onSubmit={form.handleSubmit((values) => save(values))}>
        <Field
          label={t('settings.autoLock')}
          hint={t('settings.autoLockHelp')}
          error={errors.autoLockMinutes && t('settings.numberRange', { min: 1, max: 1440 })}
        >
          {(ids) => (
            <input
              {...ids}
              type="number"
              inputMode="numeric"
              min={1}
              max={1440}
              {...form.register('autoLockMinutes')}
            />
          )}
        </Field>
        <Field
          label={t('settings.followUp')}
          hint={t('settings.followUpHelp')}
          error={errors.followUpHours && t('settings.numberRange', { min: 1, max: 720 })}
        >
          {(ids) => (
            <input
              {...ids}
              type="number"
              inputMode="numeric"
              min={1}
              max={720}
              {...form.register('followUpHours')}
            />
          )}
        </Field>
        <button type="submit">{t('settings.saveChanges')}</button>
        <Outcome outcome={outcome} />
      </form>
    </Section>
  );
}

function PrivacySection() {
  const { t } = useI18n();
  const saved = useVault((s) => s.status?.settings.discreet ?? false);
  // The box follows the click at once; the saved setting wins again if saving fails.
  const [pending, setPending] = useState<boolean | null>(null);
  const discreet = pending ?? saved;
  const { outcome, save } = useSaver();
  const id = useId();
  return (
    <Section title={t('settings.privacy')}>
      <div className="checkbox-field">
        <input
          id={`${id}-discreet`}
          type="checkbox"
          checked={discreet}
          aria-describedby={`${id}-discreet-help`}
          onChange={(event) => {
            const next = event.target.checked;
            setPending(next);
            void save({ discreet: next }).finally(() => setPending(null));
          }}
        />
        <label htmlFor={`${id}-discreet`}>{t('settings.discreet')}</label>
        <p id={`${id}-discreet-help`} className="field-hint">
          {t('settings.discreetHelp')}
        </p>
      </div>
      <Outcome outcome={outcome} />
      <h3>{t('settings.quickExit.heading')}</h3>
      <p>{t('settings.quickExit.text')}</p>
      <p>{t('settings.quickExit.limits')}</p>
    </Section>
  );
}

function CasesSection() {
  const { t } = useI18n();
  const cases = useCase((s) => s.cases);
  const currentId = useCase((s) => s.currentId);
  const current = useCase((s) => s.current);
  const [title, setTitle] = useState('');
  const [typed, setTyped] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const id = useId();
  const word = t('settings.wipe.word');

  async function run(action: () => Promise<unknown>) {
    try {
      await action();
      setOutcome({ ok: true, text: t('settings.saved') });
    } catch (error) {
      setOutcome({ ok: false, text: t('settings.failed', { message: messageOf(error) }) });
    }
  }

  return (
    <Section title={t('settings.cases.heading')}>
      <p>{t('settings.cases.intro')}</p>
      <ul className="case-list">
        {cases.map((c) => (
          <li key={c.id}>
            <span>
              <strong>{c.title}</strong>{' '}
              <span className="muted">
                {t('settings.cases.summary', {
                  evidence: c.evidenceCount,
                  reports: c.reportCount,
                })}
              </span>
            </span>
            {c.id === currentId ? (
              <span className="badge">{t('settings.cases.current')}</span>
            ) : (
              <button
                type="button"
                aria-label={`${t('settings.cases.open')}: ${c.title}`}
                onClick={() => void run(() => useCase.getState().select(c.id))}
              >
                {t('settings.cases.open')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <form
        noValidate
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const name = title.trim();
          if (!name) return;
          void run(async () => {
            await useCase.getState().create(name);
            setTitle('');
          });
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-new`}>{t('settings.cases.newTitle')}</label>
          <input
            id={`${id}-new`}
            value={title}
            maxLength={200}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <button type="submit">{t('settings.cases.create')}</button>
      </form>
      {current && (
        <details className="delete-case">
          <summary>{t('settings.cases.delete')}</summary>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (typed.trim() !== word) {
                setOutcome({ ok: false, text: t('settings.wipe.mismatch', { word }) });
                return;
              }
              void run(async () => {
                await useCase.getState().remove(current.id);
                setTyped('');
              });
            }}
          >
            <div className="field">
              <label htmlFor={`${id}-confirm`}>
                {t('settings.cases.deleteConfirm', { title: current.profile.title, word })}
              </label>
              <input
                id={`${id}-confirm`}
                value={typed}
                autoComplete="off"
                onChange={(event) => setTyped(event.target.value)}
              />
            </div>
            <button type="submit" className="danger">
              {t('settings.cases.delete')}
            </button>
          </form>
        </details>
      )}
      <Outcome outcome={outcome} />
    </Section>
  );
}

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

function PassphraseSection() {
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

function ExportSection() {
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

function ImportSection() {
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
    (c) => c.isNew || c.newEvidence + c.newReports + c.newProofs + c.newNotes > 0,
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
