import type { Case, Evidence, Report, Settings } from '../case/model';
import {
  byId,
  type Entry,
  emergencyFor,
  isDirectoryPlatform,
  platformRoutes,
  type Routes,
  routesFor,
} from '../directory';
import type { NoticeId } from '../notices/ids';
import { isPlatformChannel } from '../platforms/catalog';
import type { NextStep, PlatformState, Prefill, StepKind, Urgency } from './types';

const HOUR = 3_600_000;
/** US TAKE IT DOWN Act: removal within 48 hours of a valid request (47 U.S.C. 223a). */
export const TIDA_DEADLINE_HOURS = 48;
/** Report Harmful Content may step in after a week with no answer (reportharmfulcontent.com). */
const RHC_NO_ANSWER_HOURS = 7 * 24;
const URGENCY_RANK: Record<Urgency, number> = { now: 0, today: 1, 'when-due': 2 };

type Draft = Omit<NextStep, 'done'> & {
  /** A report to this target that cites this report id marks the step done. */
  doneWhenCites?: string;
};

/**
 * The next steps for a case, most urgent first; steps already done follow, marked `done`.
 * Pure: everything it needs is in the case, the settings and `now`.
 */
export function nextSteps(kase: Case, settings: Settings, now: Date): NextStep[] {
  const ctx = context(kase, settings, now);
  const drafts: Draft[] = [];
  const add = (d: Draft) => {
    // One step per service: a hotline that is also the police portal (ES, AU) appears once.
    const same = drafts.find(
      (x) =>
        x.id === d.id ||
        (!!d.target && x.target === d.target && isServiceStep(x) && isServiceStep(d)),
    );
    if (!same) drafts.push(d);
    else if (URGENCY_RANK[d.urgency] < URGENCY_RANK[same.urgency]) same.urgency = d.urgency;
  };

  const { profile } = kase;
  const minorLike = profile.ageAtTime !== 'adult';

  // 1. Someone in danger: the emergency number before anything else.
  if (profile.immediateDanger) {
    const e = emergencyFor(ctx.country ?? '');
    add({
      id: `emergency:${e?.id ?? 'local'}`,
      kind: 'emergency',
      target: e?.id,
      urgency: 'now',
      why: { code: 'immediate-danger', number: e?.channel.phone },
    });
  }

  // 2. Sextortion: stop and don't pay, then police and someone to talk to (NCMEC, FBI, Thorn, C3P).
  if (profile.sextortion) {
    add({
      id: 'sextortion-stop',
      kind: 'guidance',
      urgency: 'now',
      why: { code: 'sextortion-stop' },
    });
  }

  // 3. Per platform: first report, re-report, follow-up, escalation.
  const escalations: Draft[] = [];
  let escalated = false;
  for (const platform of ctx.platforms) {
    const r = platformSteps(platform, ctx, minorLike);
    for (const d of r.now) add(d);
    escalations.push(...r.later);
    escalated ||= r.escalated;
  }

  // 4. Hotline (or police portal) for the person pictured under 18, whatever the platform does.
  if (minorLike) {
    const hotline = ctx.routes ? ctx.routes.hotlines[0]! : 'ncmec-cybertipline';
    add({
      id: `hotline:${hotline}`,
      kind: kindOf(hotline, 'hotline'),
      target: hotline,
      urgency: 'now',
      why: {
        code: !ctx.routes
          ? 'international-hotline'
          : profile.ageAtTime === 'unknown'
            ? 'age-unknown-hotline'
            : 'minor-hotline',
        service: byId(hotline)?.name,
      },
      notice: 'hotline-summary',
      prefill: ctx.prefillAll,
    });
  }

  if (profile.sextortion) {
    const police = sextortionPolice(ctx.routes, minorLike);
    if (police) {
      add({
        id: `police:${police}`,
        kind: 'law-enforcement',
        target: police,
        urgency: 'now',
        why: { code: 'sextortion-police', service: byId(police)?.name },
        notice: 'police-letter',
        prefill: ctx.prefillAll,
      });
    }
    const help = sextortionSupport(ctx.routes, minorLike);
    if (help) {
      add({
        id: `support:${help}`,
        kind: 'support',
        target: help,
        urgency: 'now',
        why: { code: 'sextortion-support', service: byId(help)?.name },
      });
    }
  }

  // 5. Escalations after a platform's silence or refusal.
  for (const d of escalations) add(d);

  // 6. Hash removal for images the person still has; other removal routes.
  if (minorLike && profile.hasImagesOnDevice !== 'no') {
    add({
      id: 'hash:ncmec-take-it-down',
      kind: 'hash-removal',
      target: 'ncmec-take-it-down',
      urgency: profile.hasImagesOnDevice === 'yes' ? 'today' : 'when-due',
      why: {
        code: profile.hasImagesOnDevice === 'yes' ? 'take-it-down' : 'take-it-down-if-images',
      },
    });
  }
  if (profile.ageAtTime === 'minor' && profile.role === 'victim') {
    for (const id of ctx.routes?.minorSelfRemoval ?? []) {
      add({
        id: `hash:${id}`,
        kind: 'hash-removal',
        target: id,
        urgency: 'today',
        why: { code: 'report-remove', service: byId(id)?.name },
      });
    }
  }
  if (profile.ageAtTime === 'adult') {
    if (profile.hasImagesOnDevice !== 'no') {
      add({
        id: 'hash:stopncii',
        kind: 'hash-removal',
        target: 'stopncii',
        urgency: profile.hasImagesOnDevice === 'yes' ? 'today' : 'when-due',
        why: { code: profile.hasImagesOnDevice === 'yes' ? 'stopncii' : 'stopncii-if-images' },
      });
    }
    const adultReport = ctx.routes?.adultReport[0];
    if (adultReport) {
      add({
        id: `${kindOf(adultReport, 'hotline')}:${adultReport}`,
        kind: kindOf(adultReport, 'hotline'),
        target: adultReport,
        urgency: 'today',
        why: { code: 'adult-report', service: byId(adultReport)?.name },
        prefill: ctx.prefillAll,
      });
    }
  }

  // 7. Someone to talk to.
  const support = supportLine(ctx.routes, profile.ageAtTime, profile.role);
  if (support) {
    add({
      id: `support:${support}`,
      kind: 'support',
      target: support,
      urgency: 'today',
      why: { code: 'support', service: byId(support)?.name },
    });
  }

  // 8. Police with the case file, once platforms have been given their chance (or for a child).
  if (escalated || minorLike) {
    const candidates = ctx.routes?.police ?? (ctx.country === 'US' ? ['fbi-tips'] : []);
    const police =
      candidates.find((id) => servesAge(id, minorLike) && !drafts.some((d) => d.target === id)) ??
      candidates.find((id) => servesAge(id, minorLike));
    if (police) {
      add({
        id: `police:${police}`,
        kind: 'law-enforcement',
        target: police,
        urgency: 'when-due',
        why: { code: 'police-case-file', service: byId(police)?.name },
        notice: 'police-letter',
        prefill: ctx.prefillAll,
      });
    }
  }
  if (!ctx.routes && minorLike) {
    add({
      id: 'hotline:inhope',
      kind: 'hotline',
      target: 'inhope',
      urgency: 'today',
      why: { code: 'international-hotline', service: 'INHOPE' },
    });
  }

  const marked = drafts.map((d, order) => ({ step: finish(d, kase), order }));
  marked.sort(
    (a, b) =>
      Number(a.step.done) - Number(b.step.done) ||
      URGENCY_RANK[a.step.urgency] - URGENCY_RANK[b.step.urgency] ||
      a.order - b.order,
  );
  return marked.map((m) => m.step);
}

type Ctx = {
  kase: Case;
  now: Date;
  country?: string;
  routes?: Routes;
  followUpHours: number;
  platforms: string[];
  prefillAll: Prefill;
};

function context(kase: Case, settings: Settings, now: Date): Ctx {
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

function prefillOf(evidence: Evidence[], extra: Partial<Prefill> = {}): Prefill {
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

function sentTime(r: Report): number {
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

function platformSteps(
  platform: string,
  ctx: Ctx,
  minorLike: boolean,
): { now: Draft[]; later: Draft[]; escalated: boolean } {
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
  const out = { now: [] as Draft[], later: [] as Draft[], escalated: false };

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
  const why = { ...base, state, hours, answeredAt: latest.answeredAt };
  const refusedLike = state !== 'no-answer';

  // Appeal the decision (there is a decision only after a refusal or a partial removal); in
  // the EU the appeal is the DSA's free internal complaint, proposed below.
  if (refusedLike && !eu) {
    const appeal = routes.appeal[0] ?? routes.inApp;
    out.later.push({
      id: `appeal:${platform}:${latest.id}`,
      kind: 'platform-appeal',
      target: appeal.id,
      platform,
      urgency: 'today',
      why: { ...why, code: 'appeal' },
      prefill: cites,
      doneWhenCites: latest.id,
    });
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
    // Report Harmful Content needs the platform's reply, or a week of silence.
    if (refusedLike || hours >= RHC_NO_ANSWER_HOURS) {
      out.later.push({
        id: `mediation:${id}:${platform}`,
        kind: 'mediation',
        target: id,
        platform,
        urgency: 'today',
        why: { ...why, code: 'report-harmful-content', service: byId(id)?.name },
        prefill: cites,
      });
    }
  }
  return out;
}

const SERVICE_STEPS = new Set<StepKind>([
  'hotline',
  'law-enforcement',
  'regulator',
  'support',
  'hash-removal',
  'mediation',
]);
function isServiceStep(d: Draft): boolean {
  return SERVICE_STEPS.has(d.kind);
}

/**
 * Whether a report carried one of Beacon's legal notices: each notice's text names its law
 * (lib/notices), and the report keeps what was sent. The step id in `stepsDone` also counts.
 */
function sentNotice(r: Report, notice: 'take-it-down-act' | 'dsa-article-16'): boolean {
  const text = r.whatWasSent ?? '';
  return notice === 'take-it-down-act'
    ? /TAKE IT DOWN Act/i.test(text)
    : /Regulation \(EU\) 2022\/2065|Article 16/.test(text);
}

function kindOf(id: string, fallback: StepKind): StepKind {
  const kind = byId(id)?.kind;
  if (kind === 'law-enforcement') return 'law-enforcement';
  if (kind === 'regulator') return 'regulator';
  return fallback;
}

/** Whether an entry serves this case's age (CEOP and Childline are for children, RAINN for adults). */
function servesAge(id: string, minorLike: boolean): boolean {
  const age = byId(id)?.serves.age;
  return age === 'any' || age === (minorLike ? 'minor' : 'adult');
}

function sextortionPolice(routes: Routes | undefined, minorLike: boolean): string | undefined {
  if (!routes) return undefined;
  const fits = (id: string) => servesAge(id, minorLike);
  const specific = routes.sextortion.find((id) => byId(id)?.kind === 'law-enforcement' && fits(id));
  return specific ?? routes.police.find(fits) ?? routes.police[0];
}

function sextortionSupport(routes: Routes | undefined, minorLike: boolean): string | undefined {
  if (!routes) return undefined;
  const fits = (id: string) => servesAge(id, minorLike);
  const specific = routes.sextortion.find((id) => byId(id)?.kind !== 'law-enforcement' && fits(id));
  const general = minorLike ? routes.childSupport : routes.adultSupport;
  return specific ?? routes.crisis.find(fits) ?? general.find(fits);
}

function supportLine(
  routes: Routes | undefined,
  age: Case['profile']['ageAtTime'],
  role: Case['profile']['role'],
): string | undefined {
  if (!routes) return undefined;
  const list = age === 'adult' ? routes.adultSupport : routes.childSupport;
  const wanted = role === 'victim' ? 'victim' : role === 'parent' ? 'parent' : 'bystander';
  return list.find((id) => {
    const r = byId(id)?.serves.role;
    return r === 'any' || r === wanted;
  });
}

function finish(d: Draft, kase: Case): NextStep {
  const { doneWhenCites, ...step } = d;
  const done =
    kase.stepsDone.includes(step.id) ||
    (!!step.target &&
      step.kind !== 'follow-up' &&
      kase.reports.some(
        (r) =>
          r.status !== 'draft' &&
          r.target === step.target &&
          (doneWhenCites ? r.follows === doneWhenCites : true) &&
          // A report to the same route made before the step's reason doesn't count.
          (step.why.reportedAt ? sentTime(r) > Date.parse(step.why.reportedAt) : true),
      ));
  return { ...step, done };
}
