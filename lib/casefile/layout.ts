import { changeText } from '../case/change-text';
import type { Case, Evidence, Proof, Report } from '../case/model';
import { escapeInvisible as shown } from '../case/normalise';
import { type TimelineEntry, timeline } from '../case/timeline';
import { type Lang, type MessageKey, t } from '../i18n';
import { formatDate, formatDay, formatLocal, formatUtc, localeOf } from '../i18n/dates';
import { platformName } from '../platforms/catalog';
import type {
  BuildContext,
  CaseFileModel,
  CaseFileOptions,
  EvidenceRow,
  Moment,
  ProofRow,
  ReportRow,
} from './document';
import { redactCase } from './redact';
import { inRange, selectContent } from './select';
import { receiptsSection, sextortionSection } from './sextortion';
import { summarize } from './summary';

export * from './document';

const EXCERPT_MAX = 280;
const ANSWER_IN_TIMELINE_MAX = 300;

export function buildCaseFile(
  full: Case,
  options: CaseFileOptions,
  ctx: BuildContext,
): CaseFileModel {
  const { lang } = options;
  const { timeZone, now } = ctx;
  const tr = (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);
  const moment = (iso: string): Moment => ({
    local: formatLocal(iso, lang, timeZone),
    utc: formatUtc(iso),
  });
  const maybe = (iso: string | undefined) => (iso ? moment(iso) : null);

  // Numbers follow the whole case, so "#12" names the same item in every copy.
  const numberOf = new Map(full.evidence.map((e, i) => [e.id, i + 1]));
  const visible = (() => {
    const selected = selectContent(full, options.scope, timeZone);
    return options.redact ? redactCase(selected, tr('casefile.hidden')) : selected;
  })();
  // Reports a document was sent with may be outside the selection: look them up in the whole
  // case, redacted the same way.
  const allReports = new Map(
    (options.redact ? redactCase(full, tr('casefile.hidden')) : full).reports.map((r) => [r.id, r]),
  );
  const ref = (id: string) => `#${numberOf.get(id) ?? '?'}`;

  // Cover
  const { profile } = visible;
  const who = tr(`casefile.role.${profile.role}`);
  const lines = [
    !options.redact && profile.contact.name
      ? tr('casefile.cover.preparedByNamed', { name: profile.contact.name, who })
      : tr('casefile.cover.preparedBy', { who }),
    tr('casefile.cover.date', { date: formatDate(now, lang, timeZone) }),
    tr('casefile.cover.age', { age: tr(`casefile.age.${profile.ageAtTime}`) }),
  ];
  if (!options.redact && profile.victimName) {
    lines.push(tr('casefile.cover.name', { name: profile.victimName }));
  }
  lines.push(tr('casefile.cover.country', { country: countryName(profile.country, lang) }));
  if (!options.redact) {
    const c = profile.contact;
    const contact = [c.email, c.phone, c.address].filter(Boolean).join(' · ');
    if (contact) lines.push(tr('casefile.cover.contact', { contact }));
  }
  lines.push(tr('casefile.cover.caseId', { id: full.id }));
  const scope = options.scope;
  const scopeText =
    scope.kind === 'all'
      ? tr('casefile.cover.scope.all')
      : scope.kind === 'range'
        ? tr('casefile.cover.scope.range', {
            from: scope.from ? formatDay(scope.from, lang) : '…',
            to: scope.to ? formatDay(scope.to, lang) : '…',
          })
        : tr(
            new Intl.PluralRules(localeOf(lang)).select(visible.evidence.length) === 'one'
              ? 'casefile.cover.scope.selected.one'
              : 'casefile.cover.scope.selected.other',
            { count: visible.evidence.length },
          );

  // Timeline
  const entries = timeline(visible).filter((e) => inRange(e.at, scope, timeZone));
  const timelineRows = entries.map((e) => ({
    at: e.at,
    local: formatLocal(e.at, lang, timeZone),
    utc: formatUtc(e.at),
    text: eventText(e),
  }));

  function eventText(e: TimelineEntry): string {
    const d = e.detail;
    const where = () => {
      const n = ref(e.ref);
      return d.url ? `${n} ${d.url}` : tr('casefile.event.evidenceRef', { n: n.slice(1) });
    };
    switch (e.kind) {
      case 'case-created':
        return tr('casefile.event.case-created', { title: profile.title });
      case 'evidence-captured':
      case 'evidence-added':
        return tr(`casefile.event.${e.kind}`, {
          kind: tr(`casefile.kind.${d.kind as Evidence['kind']}`),
          platform: platformName(d.platform ?? ''),
          where: where(),
        });
      case 'evidence-status':
        return tr(
          d.seenBy === 'you' ? 'casefile.event.evidence-seen' : 'casefile.event.evidence-status',
          {
            where: where(),
            status: tr(`casefile.online.${d.status as Evidence['status']}`),
          },
        );
      case 'report-sent':
        return d.reference
          ? tr('casefile.event.report-sent-ref', {
              target: d.target ?? '',
              channel: tr(`casefile.channel.${d.channel as Report['channel']}`),
              reference: d.reference,
            })
          : tr('casefile.event.report-sent', {
              target: d.target ?? '',
              channel: tr(`casefile.channel.${d.channel as Report['channel']}`),
            });
      case 'report-status':
        return tr('casefile.event.report-status', {
          target: d.target ?? '',
          status: tr(`casefile.reportStatus.${d.status as Report['status']}`),
        });
      case 'report-answer':
        return tr('casefile.event.report-answer', {
          target: d.target ?? '',
          answer: clip(d.answer ?? '', ANSWER_IN_TIMELINE_MAX),
        });
      case 'proof-added':
        return tr('casefile.event.proof-added', {
          type: tr(`casefile.proofType.${d.type as Proof['type']}`),
          label: d.label ?? '',
        });
      case 'note':
        return tr('casefile.event.note', { text: d.text ?? '' });
      default:
        return changeText(tr, e, (iso) => formatLocal(iso, lang, timeZone)) ?? '';
    }
  }

  // Evidence
  // Page text is hostile: hidden and bidi characters print as a visible ⟨U+202E⟩.
  const evidenceRows: EvidenceRow[] = visible.evidence.map((e) => ({
    id: e.id,
    n: numberOf.get(e.id) ?? 0,
    platform: platformName(e.platform),
    kind: tr(`casefile.kind.${e.kind}`),
    address:
      e.url ?? e.pageUrl ?? (e.subject ? shown(e.subject) : tr('casefile.evidence.noAddress')),
    account: [e.author?.handle, e.author?.displayName, e.author?.profileUrl]
      .filter((x): x is string => Boolean(x))
      .map((x) => shown(x)),
    postId: shown(e.postId ?? ''),
    postedAt: maybe(e.postedAt),
    capturedAt: maybe(e.capturedAt ?? e.createdAt),
    status: tr(`casefile.online.${e.status}`),
    checked: e.statusCheckedAt
      ? tr('casefile.evidence.checkedAt', { date: formatLocal(e.statusCheckedAt, lang, timeZone) })
      : tr('casefile.evidence.notChecked'),
    media: e.media
      .filter((m) => m.address)
      .map((m) => `${tr(`casefile.media.${m.kind}`)}: ${shown(m.address ?? '')}`),
    excerpt: e.text ? shown(clip(e.text, EXCERPT_MAX), true) : '',
    quoted: e.quoted
      ? shown([e.quoted.handle, e.quoted.permalink ?? e.quoted.postId].filter(Boolean).join(' '))
      : '',
  }));

  // Reports
  const reportRows: ReportRow[] = visible.reports.map((r) => ({
    id: r.id,
    where: r.targetName,
    channel: tr(`casefile.channel.${r.channel}`),
    about:
      r.evidenceIds.length > 0
        ? tr('casefile.reports.about', { items: r.evidenceIds.map(ref).join(', ') })
        : '',
    sentAt: maybe(r.sentAt),
    reference: r.reference ?? tr('casefile.reports.noReference'),
    status: r.sentAt
      ? tr(`casefile.reportStatus.${r.status}`)
      : r.status === 'draft'
        ? tr('casefile.reports.notSent')
        : tr(`casefile.reportStatus.${r.status}`),
    followUp:
      r.followUpAt && ['sent', 'acknowledged', 'no-answer'].includes(r.status)
        ? tr('casefile.reports.followUp', { date: formatLocal(r.followUpAt, lang, timeZone) })
        : '',
    answer: r.answer ?? tr('casefile.reports.noAnswer'),
    answeredAt: maybe(r.answeredAt),
  }));

  // Identity and age documents
  const proofRows: ProofRow[] = visible.proofs.map((p) => {
    const printImage =
      options.proofImages && p.fileId !== undefined && /^image\//i.test(p.fileType ?? '');
    return {
      id: p.id,
      type: tr(`casefile.proofType.${p.type}`),
      label: p.label,
      added: moment(p.createdAt),
      sentTo: p.sentWith.flatMap((id) => {
        const r = allReports.get(id);
        if (!r) return [];
        return [
          tr('casefile.proofs.sentWith', {
            target: r.targetName,
            date: r.sentAt ? formatLocal(r.sentAt, lang, timeZone) : tr('casefile.proofs.notSent'),
          }),
        ];
      }),
      file: [
        p.fileId === undefined
          ? tr('casefile.proofs.noFile')
          : printImage
            ? tr('casefile.proofs.filePrinted')
            : tr('casefile.proofs.fileAttached'),
        p.redacted ? tr('casefile.proofs.redacted') : '',
      ]
        .filter(Boolean)
        .join('; '),
      printImage,
    };
  });

  const counts = tr('casefile.cover.counts', {
    evidence: visible.evidence.length,
    reports: visible.reports.length,
    proofs: visible.proofs.length,
  });

  return {
    sextortion: sextortionSection(full, tr, moment),
    receipts: receiptsSection(full, tr, options.redact),
    lang,
    docTitle: tr('casefile.doc.title'),
    confidential: tr('casefile.doc.confidential'),
    cover: {
      title: profile.title,
      lines,
      note: options.redact ? tr('casefile.cover.hidden') : null,
      scope: scopeText,
      counts,
    },
    summary: {
      heading: tr('casefile.section.summary'),
      text: summarize(visible, lang, now, timeZone),
    },
    timeline: {
      heading: tr('casefile.section.timeline'),
      columns: [
        tr('casefile.timeline.when', { zone: timeZone }),
        tr('casefile.timeline.utc'),
        tr('casefile.timeline.what'),
      ],
      rows: timelineRows,
      empty: tr('casefile.timeline.none'),
    },
    evidence: {
      heading: tr('casefile.section.evidence'),
      columns: [
        tr('casefile.evidence.n'),
        tr('casefile.evidence.platform'),
        tr('casefile.evidence.address'),
        tr('casefile.evidence.account'),
        tr('casefile.evidence.postId'),
        tr('casefile.evidence.postedAt'),
        tr('casefile.evidence.capturedAt'),
        tr('casefile.evidence.status'),
      ],
      rows: evidenceRows,
      empty: tr('casefile.evidence.none'),
      excerptLabel: tr('casefile.evidence.excerpt'),
      quotedLabel: tr('casefile.evidence.quoted'),
    },
    reports: {
      heading: tr('casefile.section.reports'),
      columns: [
        tr('casefile.reports.where'),
        tr('casefile.reports.sentAt'),
        tr('casefile.reports.reference'),
        tr('casefile.reports.status'),
        tr('casefile.reports.answer'),
      ],
      rows: reportRows,
      empty: tr('casefile.reports.none'),
    },
    proofs: {
      heading: tr('casefile.section.proofs'),
      columns: [
        tr('casefile.proofs.document'),
        tr('casefile.proofs.added'),
        tr('casefile.proofs.sentTo'),
        tr('casefile.proofs.file'),
      ],
      rows: proofRows,
      empty: tr('casefile.proofs.none'),
      imagesHeading: tr('casefile.proofs.images'),
    },
    steps: {
      heading: tr('casefile.section.nextSteps'),
      columns: [tr('casefile.steps.step'), tr('casefile.steps.why')],
      rows: (ctx.steps ?? []).map((s) => ({
        id: s.id,
        title: s.title,
        why: s.why,
        urgency: tr(`casefile.steps.urgency.${s.urgency}`),
        done: s.done,
      })),
      empty: tr('casefile.steps.none'),
      doneLabel: tr('casefile.steps.done'),
    },
    safety: { heading: tr('casefile.section.safety'), text: tr('casefile.safety.body') },
    integrity: {
      heading: tr('casefile.section.integrity'),
      label: tr('casefile.integrity.label'),
      hash: ctx.hash,
      covers: tr('casefile.integrity.covers'),
      how: tr('casefile.integrity.how'),
      made: tr('casefile.integrity.made', {
        date: `${formatLocal(now, lang, timeZone)} (${timeZone}) · ${formatUtc(now)}`,
      }),
    },
  };
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return [...flat].length <= max ? flat : `${[...flat].slice(0, max - 1).join('')}…`;
}

function countryName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([localeOf(lang)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
