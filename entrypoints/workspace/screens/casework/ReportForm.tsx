import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { CopyButton } from '@/components/CopyButton';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/i18n';
import { defaultFollowUp, formatDateTime, fromLocalInput } from '@/lib/case/derive';
import { ReportForm, type ReportFormValues } from '@/lib/case/forms';
import { type Evidence, ReportChannel, ReportStatus } from '@/lib/case/model';
import { byId, type Entry, platformRoutes } from '@/lib/directory';
import type { Translate } from '@/lib/i18n';
import { localeFor, messageOf, tk } from './data';
import { platformName } from './EvidenceForm';
import { FormFooter } from './FormFooter';
import { useFocusOnMount } from './focus';
import { RouteLinks } from './RouteLinks';

const OTHER = '';

/** The platform routes offered for the chosen evidence, best first for the victim's age. */
export function routeChoices(
  evidence: readonly Evidence[],
  ageAtTime: 'minor' | 'adult' | 'unknown',
): { platform: string; entries: Entry[] }[] {
  const platforms = [...new Set(evidence.map((e) => e.platform))];
  const out: { platform: string; entries: Entry[] }[] = [];
  for (const p of platforms) {
    const routes = platformRoutes(p);
    if (!routes) continue;
    // Under 18 or not sure: the child-safety routes come first (docs/ARCHITECTURE.md).
    const ordered =
      ageAtTime === 'adult'
        ? [...routes.intimateImage, routes.inApp, ...routes.childSafety]
        : [...routes.childSafety, routes.inApp, ...routes.intimateImage];
    if (routes.takeItDownAct) ordered.push(routes.takeItDownAct);
    const unique = new Map<string, Entry>();
    for (const e of ordered) if (!unique.has(e.id)) unique.set(e.id, e);
    out.push({ platform: p, entries: [...unique.values()] });
  }
  return out;
}

/** Plain text listing what a report is about, for "what was sent". */
export function describeEvidence(t: Translate, list: readonly Evidence[]): string {
  return list
    .map((e) => {
      const handle = e.author?.handle ? ` @${e.author.handle.replace(/^@/, '')}` : '';
      const where = e.url ?? e.pageUrl ?? '';
      const what = `${tk(t, `cw.kind.${e.kind}`)} (${platformName(t, e.platform)})${handle}`;
      return `- ${what}${where ? `: ${where}` : ''}${!where && e.text ? `: ${e.text}` : ''}`;
    })
    .join('\n');
}

export function channelOf(entry: Entry): ReportFormValues['channel'] {
  switch (entry.kind) {
    case 'platform-in-app':
      return 'platform-in-app';
    case 'platform-form':
      return 'platform-form';
    case 'hotline':
      return 'hotline';
    case 'hash-service':
      return 'hash-service';
    case 'law-enforcement':
      return 'police';
    case 'regulator':
      return 'regulator';
    default:
      return 'other';
  }
}

/**
 * Log or edit a report. New reports are prefilled from the chosen evidence and the directory
 * route; the follow-up date defaults to `followUpHours` after sending (the background applies
 * the same default when the field is left empty).
 */
export function ReportFormView({
  mode,
  initial,
  evidence,
  ageAtTime,
  followUpHours,
  onSave,
  onCancel,
}: {
  mode: 'add' | 'edit';
  initial: ReportFormValues;
  evidence: readonly Evidence[];
  ageAtTime: 'minor' | 'adult' | 'unknown';
  followUpHours: number;
  onSave: (values: ReportFormValues) => Promise<void>;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const locale = localeFor(lang);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<ReportFormValues>({
    resolver: zodResolver(ReportForm),
    defaultValues: initial,
  });
  const evidenceIds = watch('evidenceIds');
  const target = watch('target');
  const sentAt = watch('sentAt');
  const status = watch('status');
  const chosen = useMemo(
    () => evidence.filter((e) => evidenceIds.includes(e.id)),
    [evidence, evidenceIds],
  );
  const choices = useMemo(() => routeChoices(chosen, ageAtTime), [chosen, ageAtTime]);
  const entry = target ? byId(target) : undefined;
  const err = (key: keyof ReportFormValues) =>
    errors[key]?.message ? tk(t, errors[key]?.message as string) : undefined;
  const followUpDefault = defaultFollowUp(
    fromLocalInput(sentAt) ?? new Date().toISOString(),
    followUpHours,
  );
  const permalinks = chosen.map((e) => e.url).filter((u): u is string => !!u);

  const pickRoute = (id: string) => {
    const picked = id ? byId(id) : undefined;
    setValue('target', picked?.id ?? '');
    if (picked) {
      setValue('channel', channelOf(picked));
      setValue('targetName', picked.name, { shouldValidate: getValues('targetName') !== '' });
      setValue('platform', picked.platform ?? '');
    }
  };

  return (
    <form
      className="cw-form"
      aria-labelledby="report-form-title"
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
      <h2 id="report-form-title" ref={heading} tabIndex={-1}>
        {mode === 'add' ? t('cw.reports.addTitle') : t('cw.reports.editTitle')}
      </h2>
      {evidence.length > 0 && (
        <fieldset>
          <legend>{t('cw.reports.whichEvidence')}</legend>
          {evidence.map((e) => (
            <label key={e.id} className="cw-check-row">
              <input
                type="checkbox"
                checked={evidenceIds.includes(e.id)}
                onChange={(event) => {
                  const next = event.target.checked
                    ? [...evidenceIds, e.id]
                    : evidenceIds.filter((x) => x !== e.id);
                  setValue('evidenceIds', next);
                  if (mode === 'add') {
                    setValue(
                      'whatWasSent',
                      describeEvidence(
                        t,
                        evidence.filter((x) => next.includes(x.id)),
                      ),
                    );
                  }
                }}
              />
              <span>
                {tk(t, `cw.kind.${e.kind}`)} · {platformName(t, e.platform)}
                {e.author?.handle && ` · @${e.author.handle.replace(/^@/, '')}`}
                {e.url && (
                  <>
                    {' '}
                    <code className="cw-address">{e.url}</code>
                  </>
                )}
              </span>
            </label>
          ))}
        </fieldset>
      )}

      <Field label={t('cw.reports.route')} hint={t('cw.reports.routeHint')}>
        {(c) => (
          <select {...c} value={target} onChange={(e) => pickRoute(e.target.value)}>
            {choices.map((group) => (
              <optgroup key={group.platform} label={platformName(t, group.platform)}>
                {group.entries.map((en) => (
                  <option key={en.id} value={en.id}>
                    {en.name}
                  </option>
                ))}
              </optgroup>
            ))}
            {target && !choices.some((g) => g.entries.some((en) => en.id === target)) && entry && (
              <option value={entry.id}>{entry.name}</option>
            )}
            <option value={OTHER}>{t('cw.reports.otherRoute')}</option>
          </select>
        )}
      </Field>

      {entry && (
        <div className="cw-card">
          <p>{t('cw.reports.routeHelp')}</p>
          {permalinks.length > 0 && (
            <p>
              <CopyButton
                text={permalinks.join('\n')}
                label={t('cw.reports.copyLinks', { count: permalinks.length })}
                copiedLabel={t('cw.copied')}
                failedLabel={t('cw.copyFailed')}
              />
            </p>
          )}
          <RouteLinks entry={entry} />
        </div>
      )}

      <div className="cw-grid">
        <Field label={t('cw.reports.targetName')} error={err('targetName')} required>
          {(c) => <input {...c} {...register('targetName')} autoComplete="off" />}
        </Field>
        <Field label={t('cw.reports.channel')} error={err('channel')}>
          {(c) => (
            <select {...c} {...register('channel')}>
              {ReportChannel.options.map((ch) => (
                <option key={ch} value={ch}>
                  {tk(t, `cw.channel.${ch}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="cw-grid">
        <Field label={t('cw.reports.status')} error={err('status')}>
          {(c) => (
            <select {...c} {...register('status')}>
              {ReportStatus.options.map((s) => (
                <option key={s} value={s}>
                  {tk(t, `cw.status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t('cw.reports.sentAt')}
          hint={status !== 'draft' ? t('cw.reports.sentAtHint') : undefined}
          error={err('sentAt')}
        >
          {(c) => <input {...c} {...register('sentAt')} type="datetime-local" />}
        </Field>
      </div>
      <Field
        label={t('cw.reports.reference')}
        hint={t('cw.reports.referenceHint')}
        error={err('reference')}
      >
        {(c) => <input {...c} {...register('reference')} autoComplete="off" spellCheck={false} />}
      </Field>
      <Field label={t('cw.reports.whatWasSent')} error={err('whatWasSent')}>
        {(c) => <textarea {...c} {...register('whatWasSent')} rows={5} />}
      </Field>
      <Field
        label={t('cw.reports.followUpAt')}
        hint={t('cw.reports.followUpHint', {
          hours: followUpHours,
          date: formatDateTime(followUpDefault, locale),
        })}
        error={err('followUpAt')}
      >
        {(c) => <input {...c} {...register('followUpAt')} type="datetime-local" />}
      </Field>
      <Field label={t('cw.reports.answer')} hint={t('cw.reports.answerHint')} error={err('answer')}>
        {(c) => <textarea {...c} {...register('answer')} rows={3} />}
      </Field>
      {status === 'refused' && (
        <Field label={t('notices.refusal.label')}>
          {(c) => (
            <select {...c} {...register('refusalReason')}>
              <option value="">{t('notices.refusal.none')}</option>
              <option value="proof-ignored">{t('notices.refusal.proof-ignored')}</option>
            </select>
          )}
        </Field>
      )}
      <FormFooter
        failure={failure}
        saveLabel={mode === 'add' ? t('cw.reports.addSave') : t('common.save')}
        busy={isSubmitting}
        onCancel={onCancel}
      />
    </form>
  );
}
