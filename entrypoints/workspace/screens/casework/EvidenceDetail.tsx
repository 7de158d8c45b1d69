import { useState } from 'react';
import { CopyButton } from '@/components/CopyButton';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/i18n';
import { formatDateTime, fromLocalInput, toLocalInput } from '@/lib/case/derive';
import type { Evidence, OnlineStatus } from '@/lib/case/model';
import { escapeInvisible as shown } from '@/lib/case/normalise';
import { OnlineBadge } from './badges';
import { DeleteButton } from './DeleteButton';
import { localeFor, messageOf, tk } from './data';
import { platformName } from './EvidenceForm';

const CHECKABLE: OnlineStatus[] = ['online', 'removed', 'reappeared'];

/** One evidence item in full, with the "checked again" form. Media addresses are text only. */
export function EvidenceDetail({
  item,
  onEdit,
  onClose,
  onCheck,
  onReport,
}: {
  item: Evidence;
  onEdit: () => void;
  onClose: () => void;
  onCheck: (status: OnlineStatus, at: string) => Promise<void>;
  onReport: () => void;
}) {
  const { t, lang } = useI18n();
  const locale = localeFor(lang);
  const [status, setStatus] = useState<OnlineStatus>(
    item.status === 'unknown' ? 'online' : item.status,
  );
  const [checkedAt, setCheckedAt] = useState(() => toLocalInput(new Date().toISOString()));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const copy = {
    label: t('cw.copy'),
    copiedLabel: t('cw.copied'),
    failedLabel: t('cw.copyFailed'),
  };
  // Page and file text may hold bidi or invisible characters: every one is shown escaped
  // (⟨U+202E⟩), as the case file prints them.
  const who = [
    item.author?.displayName && shown(item.author.displayName),
    item.author?.handle && `@${shown(item.author.handle.replace(/^@/, ''))}`,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <article className="cw-card cw-detail" aria-labelledby="evidence-detail-title">
      <h2 id="evidence-detail-title">
        {tk(t, `cw.kind.${item.kind}`)} · {platformName(t, item.platform)}
      </h2>
      <dl className="cw-dl">
        {item.url && (
          <>
            <dt>{t('cw.evidence.address')}</dt>
            <dd>
              <code className="cw-address">{item.url}</code>{' '}
              <CopyButton text={item.url} {...copy} />
            </dd>
          </>
        )}
        {who && (
          <>
            <dt>{t('cw.evidence.account')}</dt>
            <dd>{who}</dd>
          </>
        )}
        {item.author?.profileUrl && (
          <>
            <dt>{t('cw.evidence.profile')}</dt>
            <dd>
              <code className="cw-address">{item.author.profileUrl}</code>{' '}
              <CopyButton text={item.author.profileUrl} {...copy} />
            </dd>
          </>
        )}
        {item.subject && (
          <>
            <dt>{t('cw.evidence.subject')}</dt>
            <dd>{shown(item.subject)}</dd>
          </>
        )}
        {item.postedAt && (
          <>
            <dt>{t('cw.evidence.postedAt')}</dt>
            <dd>{formatDateTime(item.postedAt, locale)}</dd>
          </>
        )}
        <dt>
          {item.provenance.source === 'capture'
            ? t('cw.evidence.capturedAt')
            : t('cw.evidence.seenAt')}
        </dt>
        <dd>{formatDateTime(item.capturedAt ?? item.createdAt, locale)}</dd>
        <dt>{t('cw.evidence.how')}</dt>
        <dd>
          {item.provenance.source === 'capture'
            ? tk(t, `cw.via.${item.provenance.via ?? 'shortcut'}`)
            : item.provenance.source === 'import'
              ? t('cw.via.import')
              : t('cw.via.manual')}
        </dd>
        {item.text && (
          <>
            <dt>
              {item.kind === 'message' ? t('cw.evidence.messageText') : t('cw.evidence.text')}
            </dt>
            <dd className="cw-text">{shown(item.text, true)}</dd>
          </>
        )}
        {item.quoted && (item.quoted.permalink || item.quoted.handle) && (
          <>
            <dt>{t('cw.evidence.quoted')}</dt>
            <dd>
              {item.quoted.handle && <span>@{shown(item.quoted.handle.replace(/^@/, ''))} </span>}
              {item.quoted.permalink && <code className="cw-address">{item.quoted.permalink}</code>}
            </dd>
          </>
        )}
        <dt>{t('cw.evidence.status')}</dt>
        <dd>
          <OnlineBadge status={item.status} />
          {item.statusCheckedAt && (
            <span className="muted">
              {' '}
              {t('cw.evidence.checkedOn', { date: formatDateTime(item.statusCheckedAt, locale) })}
            </span>
          )}
        </dd>
        {item.notes && (
          <>
            <dt>{t('cw.evidence.notes')}</dt>
            <dd className="cw-text">{shown(item.notes, true)}</dd>
          </>
        )}
      </dl>

      {item.media.length > 0 && (
        <section aria-labelledby="evidence-media-title" className="cw-media">
          <h3 id="evidence-media-title">
            {t('cw.evidence.mediaTitle', { count: item.media.length })}
          </h3>
          <p className="notice">{t('cw.evidence.mediaRule')}</p>
          <ul>
            {item.media.map((m, i) => (
              // Media addresses are text: never an <img>, never a link (safety rule 1).
              // biome-ignore lint/suspicious/noArrayIndexKey: media have no id; order is stable
              <li key={i}>
                <span>{tk(t, `cw.media.${m.kind}`)}</span>
                {m.address ? (
                  <>
                    {' '}
                    <code className="cw-address" data-testid="media-address">
                      {m.address}
                    </code>
                  </>
                ) : (
                  <span className="muted"> {t('cw.evidence.noAddress')}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {item.statusHistory.length > 0 && (
        <section aria-labelledby="evidence-history-title">
          <h3 id="evidence-history-title">{t('cw.evidence.history')}</h3>
          <ul>
            {item.statusHistory.map((h) => (
              <li key={`${h.at}-${h.status}`}>
                {formatDateTime(h.at, locale)}: {tk(t, `cw.online.${h.status}`)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <form
        className="cw-check"
        aria-labelledby="evidence-check-title"
        onSubmit={async (event) => {
          event.preventDefault();
          const at = fromLocalInput(checkedAt);
          if (!at) {
            setMessage({ ok: false, text: t('cw.err.date') });
            return;
          }
          try {
            await onCheck(status, at);
            setMessage({ ok: true, text: t('cw.evidence.checkSaved') });
          } catch (error) {
            setMessage({ ok: false, text: t('common.error', { message: messageOf(error) }) });
          }
        }}
      >
        <h3 id="evidence-check-title">{t('cw.evidence.checkTitle')}</h3>
        <fieldset>
          <legend>{t('cw.evidence.checkLegend')}</legend>
          {CHECKABLE.map((s) => (
            <label key={s} className="cw-radio">
              <input
                type="radio"
                name="evidence-status"
                value={s}
                checked={status === s}
                onChange={() => setStatus(s)}
              />{' '}
              {tk(t, `cw.check.${s}`)}
            </label>
          ))}
        </fieldset>
        <Field label={t('cw.evidence.checkedAt')}>
          {(c) => (
            <input
              {...c}
              type="datetime-local"
              value={checkedAt}
              onChange={(e) => setCheckedAt(e.target.value)}
            />
          )}
        </Field>
        <div className="cw-actions">
          <button type="submit">{t('cw.evidence.checkSave')}</button>
        </div>
        <p role="status" className={message?.ok === false ? 'field-error' : 'cw-ok'}>
          {message?.text ?? ''}
        </p>
      </form>

      <div className="cw-actions">
        <button type="button" className="primary" onClick={onReport}>
          {t('cw.evidence.reportThis')}
        </button>
        <button type="button" onClick={onEdit}>
          {t('cw.evidence.edit')}
        </button>
        <button type="button" onClick={onClose}>
          {t('cw.evidence.backToList')}
        </button>
        <DeleteButton
          kind="evidence"
          id={item.id}
          op={{ op: 'removeEvidence', id: item.id }}
          onScheduled={onClose}
        />
      </div>
    </article>
  );
}
