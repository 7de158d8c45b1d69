import type { Case, Evidence, Report, Settings } from '../case/model';
import {
  byId,
  type Entry,
  isDirectoryPlatform,
  platformRoutes,
  type Routes,
  routesFor,
} from '../directory';
import type { NoticeId } from '../notices/ids';
import { isPlatformChannel } from '../platforms/catalog';
import { stillOnlineAfter } from './still-online';
import type { NextStep, PlatformState, Prefill, Reason, Urgency } from './types';

// The steps about one platform: first report, re-report, follow-up, appeal and escalation after
// its silence or refusal (split from engine.ts, which orders every step of the case).

export const HOUR = 3_600_000;
/** US TAKE IT DOWN Act: removal within 48 hours of a valid request (47 U.S.C. 223a). */
export const TIDA_DEADLINE_HOURS = 48;
/** Report Harmful Content may step in after a week with no answer (https://reportharmfulcontent.com). */
const RHC_NO_ANSWER_HOURS = 7 * 24;
export const URGENCY_RANK: Record<Urgency, number> = { now: 0, today: 1, 'when-due': 2 };

export type Draft = Omit<NextStep, 'done' | 'resolved'> & {
  /** A report to this target that cites this report id marks the step done. */
  doneWhenCites?: string;
  /** Put before every other step but an emergency (hotline and police after ignored proof). */
  lead?: boolean;
  /** Done by what the case records (a re-check with a later observation). */
  doneByCase?: boolean;
};

/** The platform refused although proof of age was sent: the sentence's data. */
export type ProofIgnored = NonNullable<Reason['proofIgnored']>;

export type Ctx = {
  kase: Case;
  now: Date;
  country?: string;
  routes?: Routes;
  followUpHours: number;
  platforms: string[];
  prefillAll: Prefill;
};

export function context(kase: Case, settings: Settings, now: Date): Ctx {
  const country = (kase.profile.country || settings.country)?.toUpperCase();
  const live = kase.evidence.filter((e) => e.status !== 'removed');
  const platforms: string[] = [];
  for (const p of [
    ...kase.evidence.map((e) => e.platform),
    ...kase.reports.map((r) => r.platform ?? ''),
  ]) {
    if (isDirectoryPlatform(p) && !platforms.includes(p)) platforms.push(p);
  }
  return {
    kase,
    now,
    country,
    routes: routesFor(country),
    followUpHours: settings.followUpHours ?? 48,
    platforms,
    prefillAll: prefillOf(live),
  };
}

export function prefillOf(evidence: Evidence[], extra: Partial<Prefill> = {}): Prefill {
  const urls: string[] = [];
  for (const e of evidence) {
    for (const u of [e.url, e.author?.profileUrl]) if (u && !urls.includes(u)) urls.push(u);
  }
  return { urls, evidenceIds: evidence.map((e) => e.id), ...extra };
}

/** A sent report to this platform: to one of its directory routes, or through its own channels. */
function sentToPlatform(r: Report, platform: string): boolean {
  if (r.status === 'draft') return false;
  const entry = r.target ? byId(r.target) : undefined;
  if (entry?.platform) return entry.platform === platform;
  return r.platform === platform && isPlatformChannel(r.channel);
}

export function sentTime(r: Report): number {
  return Date.parse(r.sentAt ?? r.createdAt);
}

function hoursBetween(fromIso: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(fromIso)) / HOUR));
}

/** The latest time a piece of this platform's content was seen back online, if ever. */
function reappearedAt(evidence: Evidence[], reports: Report[]): number | undefined {
  const times = [
    ...evidence.flatMap((e) =>
      e.statusHistory.filter((s) => s.status === 'reappeared').map((s) => Date.parse(s.at)),
    ),
    ...evidence
      .filter((e) => e.status === 'reappeared')
      .map((e) => Date.parse(e.statusCheckedAt ?? e.updatedAt)),
    ...reports.flatMap((r) =>
      r.statusHistory.filter((s) => s.status === 'reappeared').map((s) => Date.parse(s.at)),
    ),
    ...reports.filter((r) => r.status === 'reappeared').map((r) => Date.parse(r.updatedAt)),
  ];
  return times.length ? Math.max(...times) : undefined;
}

export function platformSteps(
  platform: string,
  ctx: Ctx,
  minorLike: boolean,
): { now: Draft[]; later: Draft[]; escalated: boolean; proofIgnored?: ProofIgnored } {
  const routes = platformRoutes(platform)!;
  const { kase, now } = ctx;
  const evidence = kase.evidence.filter((e) => e.platform === platform);
  const live = evidence.filter((e) => e.status !== 'removed');
  const reports = kase.reports
    .filter((r) => sentToPlatform(r, platform))
    .sort((a, b) => sentTime(a) - sentTime(b));
  const latest = reports.at(-1);
  const prefill = prefillOf(live);
  const us = ctx.country === 'US';
  const eu = ctx.routes?.eu ?? false;
  const out: {
    now: Draft[];
    later: Draft[];
    escalated: boolean;
    proofIgnored?: ProofIgnored;
  } = { now: [], later: [], escalated: false };

  const firstRoute: Entry = minorLike
    ? routes.childSafety[0]!
    : us && routes.takeItDownAct
      ? routes.takeItDownAct
      : routes.intimateImage[0]!;
  const firstNotice: NoticeId | undefined = minorLike
    ? 'platform-child-safety'
    : us
      ? 'take-it-down-act'
      : eu
        ? 'dsa-article-16'
        : undefined;

  // A hashtag, search or account page used to share abuse material: ask for delisting and review.
  const lists = live.filter((e) => e.kind === 'search' || e.kind === 'account');
  if (minorLike && lists.length) {
    out.later.push({
      id: `hashtag-account:${platform}`,
      kind: 'platform-report',
      target: routes.childSafety[0]!.id,
      platform,
      urgency: 'today',
      why: { code: 'hashtag-account', platform },
      notice: 'hashtag-account',
      prefill,
    });
  }

  if (!latest) {
    if (live.length === 0) return out;
    out.now.push({
      id: `platform-report:${platform}`,
      kind: 'platform-report',
      target: firstRoute.id,
      platform,
      urgency: 'now',
      why: { code: minorLike ? 'minor-platform-report' : 'adult-platform-report', platform },
      notice: firstNotice,
      prefill,
    });
    return out;
  }

  const reportedAt = latest.sentAt ?? latest.createdAt;
  const base = { platform, reportedAt, reference: latest.reference };
  const cites = { ...prefill, citesReportId: latest.id, reference: latest.reference };

  // Content back online after a report: report again, citing the earlier report.
  const backAt = reappearedAt(evidence, reports);
  if (backAt !== undefined && backAt >= sentTime(latest)) {
    out.now.push({
      id: `re-report:${platform}:${latest.id}`,
      kind: 'platform-report',
      target: latest.target && byId(latest.target) ? latest.target : firstRoute.id,
      platform,
      urgency: 'now',
      why: { ...base, code: 'reappeared', state: 'reappeared' },
      notice: firstNotice,
      prefill: cites,
      doneWhenCites: latest.id,
    });
    return out;
  }
  if (latest.status === 'removed' || live.length === 0) return out;

  const isTida = (r: Report) =>
    (!!routes.takeItDownAct && r.target === routes.takeItDownAct.id) ||
    sentNotice(r, 'take-it-down-act');
  const tidaRequest = isTida(latest);
  const tidaSent = reports.some(isTida);
  const dueAt =
    latest.followUpAt ??
    new Date(
      Date.parse(reportedAt) + (tidaRequest ? TIDA_DEADLINE_HOURS : ctx.followUpHours) * HOUR,
    ).toISOString();
  const hours = hoursBetween(reportedAt, now);

  let state: PlatformState | undefined;
  if (latest.status === 'refused') state = 'refused';
  else if (latest.status === 'partly-removed') state = 'partly-removed';
  else if (latest.status === 'no-answer' || now.getTime() >= Date.parse(dueAt)) state = 'no-answer';

  if (!state) {
    out.later.push({
      id: `follow-up:${platform}:${latest.id}`,
      kind: 'follow-up',
      target: latest.target && byId(latest.target) ? latest.target : firstRoute.id,
      platform,
      urgency: 'when-due',
      why: { ...base, code: 'waiting', dueAt, hours },
    });
    return out;
  }

  out.escalated = true;
  const seen = stillOnlineAfter(evidence, sentTime(latest), now);
  const why = {
    ...base,
    state,
    hours,
    answeredAt: latest.answeredAt,
    ...(seen
      ? { seenAt: seen, stillOnlineHours: Math.floor((Date.parse(seen) - sentTime(latest)) / HOUR) }
      : {}),
  };
  const refusedLike = state !== 'no-answer';

  // Appeal on every refused or unanswered report, with the appeal notice (lib/notices/appeal.ts).
  // After a decision it goes to the platform's appeal route (in the EU the DSA's free internal
  // complaint, proposed below); after silence, to the route already used, asking it to act.
  if (refusedLike && !eu) {
    const appeal = routes.appeal[0] ?? routes.inApp;
    out.later.push({
      id: `appeal:${platform}:${latest.id}`,
      kind: 'platform-appeal',
      target: appeal.id,
      platform,
      urgency: 'today',
      why: { ...why, code: 'appeal' },
      notice: 'platform-appeal',
      prefill: cites,
      doneWhenCites: latest.id,
    });
  }
  if (latest.status === 'refused' && latest.refusalReason === 'proof-ignored') {
    out.proofIgnored = {
      platform,
      answeredAt: latest.answeredAt ?? latest.updatedAt,
      proofSentAt: proofSentAt(kase, reports),
    };
  }

  // US: a TAKE IT DOWN Act removal request, or the FTC once such a request went unanswered.
  if (us) {
    if (tidaRequest && state === 'no-answer') {
      out.later.push({
        id: `regulator:us-ftc-take-it-down:${platform}`,
        kind: 'regulator',
        target: 'us-ftc-take-it-down',
        platform,
        urgency: 'today',
        why: { ...why, code: 'tida-deadline-passed' },
        prefill: cites,
      });
    } else if (!tidaSent) {
      const target = routes.takeItDownAct ?? routes.intimateImage[0]!;
      out.later.push({
        id: `legal-notice:take-it-down-act:${platform}`,
        kind: 'legal-notice',
        target: target.id,
        platform,
        urgency: 'today',
        why: { ...why, code: 'tida-notice' },
        notice: 'take-it-down-act',
        prefill: cites,
      });
    }
  }

  // EU: a DSA Article 16 notice after silence; the free internal complaint after a decision.
  if (eu) {
    const target =
      routes.euLegal ?? (minorLike ? routes.childSafety[0]! : routes.intimateImage[0]!);
    if (state === 'no-answer') {
      if (!reports.some((r) => sentNotice(r, 'dsa-article-16'))) {
        out.later.push({
          id: `legal-notice:dsa-article-16:${platform}`,
          kind: 'legal-notice',
          target: target.id,
          platform,
          urgency: 'today',
          why: { ...why, code: 'dsa-notice' },
          notice: 'dsa-article-16',
          prefill: cites,
        });
      }
    } else {
      out.later.push({
        id: `dsa-complaint:${platform}:${latest.id}`,
        kind: 'platform-appeal',
        target: (routes.appeal[0] ?? routes.inApp).id,
        platform,
        urgency: 'today',
        why: { ...why, code: 'dsa-complaint' },
        notice: 'platform-appeal',
        prefill: cites,
        doneWhenCites: latest.id,
      });
    }
  }

  // Regulators and mediators of the user's country.
  // AU: eSafety can order removal within 24 hours (Online Safety Act 2021 s77).
  if (ctx.routes?.regulators.includes('esafety')) {
    out.later.push({
      id: 'regulator:esafety',
      kind: 'regulator',
      target: 'esafety',
      platform,
      urgency: 'today',
      why: { ...why, code: 'esafety', service: byId('esafety')?.name },
      prefill: cites,
    });
  }
  for (const id of ctx.routes?.mediation ?? []) {
    // Report Harmful Content needs the platform's reply, or a week of silence. It mediates for
    // legal but harmful content: for a child's images the IWF, Report Remove and CEOP come
    // first, so it stays a later step, and only once the platform has answered.
    if (minorLike ? refusedLike : refusedLike || hours >= RHC_NO_ANSWER_HOURS) {
      out.later.push({
        id: `mediation:${id}:${platform}`,
        kind: 'mediation',
        target: id,
        platform,
        urgency: minorLike ? 'when-due' : 'today',
        why: { ...why, code: 'report-harmful-content', service: byId(id)?.name },
        prefill: cites,
      });
    }
  }
  // After silence: ask again on the route already used, after the other escalations.
  if (!refusedLike) {
    out.later.push({
      id: `appeal:${platform}:${latest.id}`,
      kind: 'platform-appeal',
      target: latest.target && byId(latest.target) ? latest.target : firstRoute.id,
      platform,
      urgency: 'today',
      why: { ...why, code: 'appeal-unanswered' },
      notice: 'platform-appeal',
      prefill: cites,
      doneWhenCites: latest.id,
    });
  }
  return out;
}

/** When a proof of age first went with one of these reports (ISO), if it did. */
function proofSentAt(kase: Case, reports: Report[]): string | undefined {
  const times = kase.proofs.flatMap((p) =>
    reports.filter((r) => p.sentWith.includes(r.id)).map((r) => r.sentAt ?? r.createdAt),
  );
  return times.sort()[0];
}

/** The appeal notice names the DSA and the TAKE IT DOWN Act too: it is not one of those notices. */
const APPEAL_TEXT = /The law that applies:|Le droit applicable :|La ley aplicable:/;

/**
 * Whether a report carried one of Beacon's legal notices: each notice's text names its law
 * (lib/notices), and the report keeps what was sent. The step id in `stepsDone` also counts.
 */
function sentNotice(r: Report, notice: 'take-it-down-act' | 'dsa-article-16'): boolean {
  const text = r.whatWasSent ?? '';
  if (APPEAL_TEXT.test(text)) return false;
  return notice === 'take-it-down-act'
    ? /TAKE IT DOWN Act/i.test(text)
    : /Regulation \(EU\) 2022\/2065|Article 16|règlement \(UE\) 2022\/2065|Reglamento \(UE\) 2022\/2065/.test(
        text,
      );
}
