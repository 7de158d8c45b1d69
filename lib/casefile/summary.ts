import type { Case } from '../case/model';
import { type Lang, type MessageKey, t } from '../i18n';
import { formatDate, localeOf } from '../i18n/dates';
import { platformName } from '../platforms/catalog';

/**
 * The one-paragraph summary at the top of the case file, generated from the case alone:
 * the same case, language, moment and zone always give the same text.
 */
export function summarize(kase: Case, lang: Lang, now: Date, timeZone = 'UTC'): string {
  const tr = (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);
  const list = (items: string[]) =>
    new Intl.ListFormat(localeOf(lang), { style: 'long', type: 'conjunction' }).format(items);
  const rules = new Intl.PluralRules(localeOf(lang));
  const counted = (base: string, count: number, extra?: Record<string, string>) =>
    tr(`${base}.${rules.select(count) === 'one' ? 'one' : 'other'}` as MessageKey, {
      count,
      ...extra,
    });

  const { profile } = kase;
  const sentences: string[] = [
    tr('casefile.summary.opening', {
      title: profile.title,
      date: formatDate(kase.createdAt, lang, timeZone),
      who: tr(`casefile.role.${profile.role}`),
    }),
    tr(`casefile.summary.age.${profile.ageAtTime}`),
  ];
  if (profile.sextortion) sentences.push(tr('casefile.summary.sextortion'));
  if (profile.immediateDanger) sentences.push(tr('casefile.summary.danger'));

  const evidence = kase.evidence;
  if (evidence.length === 0) {
    sentences.push(tr('casefile.summary.evidence.none'));
  } else {
    const platforms = unique(evidence.map((e) => platformName(e.platform)));
    sentences.push(
      counted('casefile.summary.evidence', evidence.length, { platforms: list(platforms) }),
    );
    const byStatus = (['online', 'removed', 'reappeared', 'unknown'] as const)
      .map((status) => ({ status, n: evidence.filter((e) => e.status === status).length }))
      .filter(({ n }) => n > 0)
      .map(({ status, n }) => counted(`casefile.summary.status.${status}`, n));
    sentences.push(tr('casefile.summary.status', { list: list(byStatus) }));
  }

  const sent = kase.reports.filter((r) => r.status !== 'draft');
  if (sent.length === 0) {
    sentences.push(tr('casefile.summary.reports.none'));
  } else {
    sentences.push(
      counted('casefile.summary.reports', sent.length, {
        targets: list(unique(sent.map((r) => r.targetName))),
      }),
    );
    const waitingStates = new Set(['sent', 'acknowledged', 'no-answer']);
    const overdue = (r: (typeof sent)[number]) =>
      waitingStates.has(r.status) &&
      r.followUpAt !== undefined &&
      Date.parse(r.followUpAt) <= now.getTime();
    const outcomes: Array<[string, number]> = [
      [
        'removed',
        sent.filter((r) => r.status === 'removed' || r.status === 'partly-removed').length,
      ],
      ['refused', sent.filter((r) => r.status === 'refused').length],
      ['reappeared', sent.filter((r) => r.status === 'reappeared').length],
      ['overdue', sent.filter(overdue).length],
      ['waiting', sent.filter((r) => waitingStates.has(r.status) && !overdue(r)).length],
    ];
    const parts = outcomes
      .filter(([, n]) => n > 0)
      .map(([key, n]) => counted(`casefile.summary.out.${key}`, n));
    if (parts.length > 0) sentences.push(tr('casefile.summary.outcome', { list: list(parts) }));
  }

  sentences.push(tr('casefile.summary.asOf', { date: formatDate(now, lang, timeZone) }));
  return sentences.join(' ');
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
