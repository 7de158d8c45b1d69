import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { downloadFile } from '@/components/base64';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/i18n';
import { send } from '@/components/send';
import { formatDateTime } from '@/lib/case/derive';
import { emptyDetailsForm, formToProfile, plainText } from '@/lib/case/details-form';
import type { MessageKey } from '@/lib/i18n';
import type { CaseSummary } from '@/lib/messaging/messages/vault';
import { MIN_PASSPHRASE_LENGTH } from '@/lib/ui/passphrase-strength';
import { useCase } from '../../stores/case';
import { useVault } from '../../stores/vault';
import { localeFor } from '../casework/data';
import { DetailsFieldsForm } from '../details/DetailsFields';
import { messageOf, Outcome, Section } from './Section';

type Result = { ok: boolean; text: string } | null;

/** Cases: every case with its last activity and due follow-ups; open, rename, export, delete. */
export function CasesSection() {
  const { t, lang } = useI18n();
  const cases = useCase((s) => s.cases);
  const currentId = useCase((s) => s.currentId);
  const settingsCountry = useVault((s) => s.status?.settings.country);
  const [adding, setAdding] = useState(false);
  const [outcome, setOutcome] = useState<Result>(null);

  return (
    <Section title={t('case.list.heading')}>
      <p>{t('case.list.intro')}</p>
      <ul className="case-list">
        {cases.map((c) => (
          <CaseRow key={c.id} summary={c} current={c.id === currentId} onOutcome={setOutcome} />
        ))}
      </ul>
      <Outcome outcome={outcome} />
      {adding ? (
        <div className="case-new">
          <h3>{t('case.new.title')}</h3>
          <p>{t('case.new.intro')}</p>
          <DetailsFieldsForm
            initial={emptyDetailsForm(settingsCountry, lang)}
            saveLabel={t('case.new.create')}
            onCancel={() => setAdding(false)}
            onSave={async (values) => {
              const created = await useCase.getState().create(formToProfile(values));
              setAdding(false);
              const text = t('case.new.created', { title: created.profile.title });
              setOutcome({ ok: true, text });
              return text;
            }}
          />
        </div>
      ) : (
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          {t('case.list.new')}
        </button>
      )}
    </Section>
  );
}

function CaseRow({
  summary,
  current,
  onOutcome,
}: {
  summary: CaseSummary;
  current: boolean;
  onOutcome: (o: Result) => void;
}) {
  const { t, lang } = useI18n();
  const title = summary.title;
  const followUps =
    summary.dueFollowUps === 0
      ? t('case.list.followUps.none')
      : summary.dueFollowUps === 1
        ? t('case.list.followUps.one')
        : t('case.list.followUps.other', { count: summary.dueFollowUps });

  async function run(action: () => Promise<string>) {
    try {
      onOutcome({ ok: true, text: await action() });
    } catch (error) {
      onOutcome({ ok: false, text: t('case.list.failed', { message: messageOf(error) }) });
    }
  }

  return (
    <li data-testid="case-row">
      <p>
        <strong>{title}</strong>{' '}
        <span className="muted">
          {t('case.list.lastActivity', {
            date: formatDateTime(summary.updatedAt, localeFor(lang)),
          })}{' '}
          · {followUps}
        </span>{' '}
        {current ? (
          <span className="badge">{t('case.list.current')}</span>
        ) : (
          <button
            type="button"
            onClick={() =>
              void run(async () => {
                await useCase.getState().select(summary.id);
                return t('case.list.done');
              })
            }
          >
            {t('case.list.switch', { title })}
          </button>
        )}
      </p>
      <details>
        <summary>{t('case.list.rename', { title })}</summary>
        <OneField
          label={t('case.list.renameLabel')}
          initial={title}
          schema={plainText(200).refine((v) => v.trim() !== '', 'case.err.title')}
          submitLabel={t('case.list.renameSave')}
          onSubmit={(value) =>
            run(async () => {
              const kase = await send('getCase', { id: summary.id });
              const profile = { ...kase.profile, title: value.trim() };
              if (current) await useCase.getState().apply({ op: 'setProfile', profile });
              else await send('updateCase', { id: summary.id, op: { op: 'setProfile', profile } });
              await useCase.getState().refresh();
              return t('case.list.done');
            })
          }
        />
      </details>
      <details>
        <summary>{t('case.list.export', { title })}</summary>
        <p className="field-hint">{t('case.list.exportHelp')}</p>
        <OneField
          label={t('case.list.exportPassphrase')}
          type="password"
          schema={z.string().min(MIN_PASSPHRASE_LENGTH, 'ob.err.short')}
          submitLabel={t('case.list.exportSubmit')}
          onSubmit={(passphrase) =>
            run(async () => {
              const file = await send('exportData', {
                format: 'encrypted',
                caseIds: [summary.id],
                passphrase,
              });
              downloadFile(file.fileName, file.mime, file.dataBase64);
              return t('case.list.exported', { file: file.fileName });
            })
          }
        />
      </details>
      <details className="delete-case">
        <summary>{t('case.list.delete', { title })}</summary>
        <OneField
          label={t('case.list.deleteConfirm', { title, word: t('settings.wipe.word') })}
          schema={z.string().refine((v) => v.trim() === t('settings.wipe.word'), 'ob.err.mismatch')}
          submitLabel={t('case.list.deleteSubmit')}
          danger
          onSubmit={() =>
            run(async () => {
              await useCase.getState().remove(summary.id);
              return t('case.list.deleted');
            })
          }
        />
      </details>
    </li>
  );
}

/** A one-field form (react-hook-form + zod) for the small per-case actions. */
function OneField({
  label,
  initial = '',
  type = 'text',
  schema,
  submitLabel,
  danger,
  onSubmit,
}: {
  label: string;
  initial?: string;
  type?: 'text' | 'password';
  schema: z.ZodType<string, string>;
  submitLabel: string;
  danger?: boolean;
  onSubmit: (value: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const form = useForm<{ value: string }>({
    resolver: zodResolver(z.object({ value: schema })),
    defaultValues: { value: initial },
  });
  const error = form.formState.errors.value?.message;
  return (
    <form
      noValidate
      className="inline-form"
      onSubmit={form.handleSubmit(async ({ value }) => {
        await onSubmit(value);
        if (type === 'password') form.reset({ value: '' });
      })}
    >
      <Field label={label} error={error ? t(error as MessageKey) : undefined}>
        {(ids) => <input {...ids} type={type} autoComplete="off" {...form.register('value')} />}
      </Field>
      <button type="submit" className={danger ? 'danger' : undefined}>
        {submitLabel}
      </button>
    </form>
  );
}
