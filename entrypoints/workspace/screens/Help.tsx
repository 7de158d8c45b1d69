import { useId, useState } from 'react';
import { countryOptions, guessCountry, OTHER_COUNTRY, telHref } from '@/components/countries';
import { EmergencyCallout } from '@/components/EmergencyCallout';
import { useI18n } from '@/components/i18n';
import { allEntries, byId, type Entry, routesFor } from '@/lib/directory';
import type { MessageKey } from '@/lib/i18n';
import { useCase } from '../stores/case';
import { useVault } from '../stores/vault';

/**
 * The support corner: the emergency number first, then people to talk to and where to report,
 * for the chosen country; the do-nots; what quick exit can and can't hide. Works before setup
 * and while locked (it reads no case data beyond the country).
 */
export function HelpScreen() {
  const { t, lang } = useI18n();
  const id = useId();
  const settingsCountry = useVault((s) => s.status?.settings.country);
  const caseCountry = useCase((s) => s.current?.profile.country);
  const [country, setCountry] = useState<string>(
    caseCountry ?? settingsCountry ?? guessCountry(navigator.language) ?? OTHER_COUNTRY,
  );
  const { talk, report } = helpFor(country);

  return (
    <section className="help" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('help.heading')}</h1>
      <div className="help-country">
        <label htmlFor={`${id}-country`}>{t('help.countryLabel')}</label>
        <select
          id={`${id}-country`}
          value={country}
          onChange={(event) => setCountry(event.target.value)}
        >
          {countryOptions(lang, t('ob.country.other')).map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>

      <EmergencyCallout country={country} heading={t('help.emergencyHeading')} />
      <p className="lead">{t('help.notYourFault')}</p>

      <h2>{t('help.linesHeading')}</h2>
      {talk.length === 0 ? (
        <p>{t('help.none')}</p>
      ) : (
        <ul className="entries">
          {talk.map((entry) => (
            <EntryCard key={entry.id} entry={entry} />
          ))}
        </ul>
      )}

      <h2>{t('help.reportHeading')}</h2>
      <ul className="entries">
        {report.map((entry) => (
          <EntryCard key={entry.id} entry={entry} />
        ))}
      </ul>

      <h2>{t('help.donts.heading')}</h2>
      <ul className="donts">
        <li>{t('help.dont.save')}</li>
        <li>{t('help.dont.delete')}</li>
        <li>{t('help.dont.pay')}</li>
        <li>{t('help.dont.recovery')}</li>
      </ul>

      <h2>{t('help.quickExitHeading')}</h2>
      <p>{t('settings.quickExit.text')}</p>
      <p>{t('settings.quickExit.limits')}</p>
    </section>
  );
}

/** Lines to talk to (crisis first) and places to report, from the directory's route table. */
export function helpFor(country: string): { talk: Entry[]; report: Entry[] } {
  const routes = routesFor(country);
  const resolve = (ids: readonly string[]) =>
    [...new Set(ids)].map((entryId) => byId(entryId)).filter((e): e is Entry => !!e);
  if (routes) {
    return {
      talk: resolve([
        ...routes.crisis,
        ...routes.sextortion,
        ...routes.childSupport,
        ...routes.adultSupport,
      ]).filter((e) => e.kind !== 'emergency'),
      report: resolve([...routes.hotlines, ...routes.police, ...routes.otherReporting]),
    };
  }
  // Another country: the services that take reports from anywhere (INHOPE lists national ones).
  const international = allEntries().filter((e) => !e.platform && e.countries.includes('INT'));
  return {
    talk: international.filter((e) => e.kind === 'support-line' || e.kind === 'crisis-line'),
    report: international.filter((e) => e.kind === 'hotline'),
  };
}

function EntryCard({ entry }: { entry: Entry }) {
  const { t } = useI18n();
  const { phone, sms, whatsapp, url, email } = entry.channel;
  return (
    <li className="entry">
      <h3>
        {entry.name}{' '}
        <span className="muted small">({t(`directory.kind.${entry.kind}` as MessageKey)})</span>
      </h3>
      {!entry.confirmed && <p className="badge badge-warning">{t('help.checkNumber')}</p>}
      <ul className="entry-ways">
        {phone && (
          <li>
            <a href={telHref(phone)}>{t('help.call', { number: phone })}</a>
          </li>
        )}
        {sms && (
          <li>
            {sms.text
              ? t('help.text', { text: sms.text, number: sms.to })
              : t('help.textOnly', { number: sms.to })}
          </li>
        )}
        {whatsapp && <li>{t('help.whatsapp', { number: whatsapp })}</li>}
        {url && (
          <li>
            <a href={url} target="_blank" rel="noreferrer noopener">
              {t('help.website', { url: url.replace(/^https:\/\//, '') })}
            </a>
          </li>
        )}
        {email && <li>{t('help.email', { email })}</li>}
      </ul>
      {entry.hours && <p className="small">{t('help.hours', { hours: entry.hours })}</p>}
      {entry.anonymous && <p className="small">{t('help.anonymous')}</p>}
      {entry.notes.length > 0 && (
        <ul className="small entry-notes">
          {entry.notes.map((note) => (
            <li key={note}>{t(`directory.note.${note}` as MessageKey)}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
