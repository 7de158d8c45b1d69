import type { Case, Settings } from '../case/model';
import { byId, emergencyFor, type Routes } from '../directory';
import {
  type Ctx,
  context,
  type Draft,
  type ProofIgnored,
  platformSteps,
  sentTime,
  URGENCY_RANK,
} from './platform-steps';
import { rechecksOf } from './recheck';
import type { NextStep, StepKind, Urgency } from './types';

export { TIDA_DEADLINE_HOURS } from './platform-steps';

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
  let proofIgnored: ProofIgnored | undefined;
  for (const platform of ctx.platforms) {
    const r = platformSteps(platform, ctx, minorLike);
    for (const d of r.now) add(d);
    escalations.push(...r.later);
    escalated ||= r.escalated;
    proofIgnored ??= r.proofIgnored;
  }

  // 3b. The platform ignored the proof of age: the hotline and the police come first, each
  // saying why ("X refused on 3 March although proof of age was sent on 1 March").
  if (proofIgnored) {
    const hotline = ctx.routes ? ctx.routes.hotlines[0]! : 'ncmec-cybertipline';
    add({
      id: `hotline:${hotline}`,
      kind: kindOf(hotline, 'hotline'),
      target: hotline,
      urgency: 'now',
      lead: true,
      why: { code: 'minor-hotline', service: byId(hotline)?.name, proofIgnored },
      notice: 'hotline-summary',
      prefill: ctx.prefillAll,
    });
    const police = casePolice(ctx, minorLike, drafts);
    if (police) {
      add({ ...policeStep(ctx, police, 'now', proofIgnored), lead: true });
    }
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

  // 4b. Where the country has a self-removal route for under-18s (GB: Report Remove), its
  // child routes come right after the hotline: self-removal, then the child police (CEOP).
  // https://www.childline.org.uk/remove ; https://www.ceop.police.uk
  if (minorLike && ctx.routes?.minorSelfRemoval.length) {
    if (profile.ageAtTime === 'minor' && (profile.role === 'victim' || profile.role === 'parent')) {
      for (const id of ctx.routes.minorSelfRemoval) {
        add({
          id: `hash:${id}`,
          kind: 'hash-removal',
          target: id,
          urgency: 'today',
          why: {
            code: profile.role === 'victim' ? 'report-remove' : 'report-remove-parent',
            service: byId(id)?.name,
          },
        });
      }
    }
    const childPolice = ctx.routes.police.find((id) => byId(id)?.serves.age === 'minor');
    if (childPolice) {
      add(policeStep(ctx, childPolice, 'today'));
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

  // 7b. Removed content: look again 7 and 30 days later, reuploads are common.
  for (const e of kase.evidence) {
    for (const r of rechecksOf(e, now)) {
      add({
        id: `recheck:${e.id}:${r.days}`,
        kind: 'recheck',
        platform: e.platform,
        urgency: now.getTime() >= Date.parse(r.dueAt) ? 'today' : 'when-due',
        why: {
          code: 'recheck-removed',
          platform: e.platform,
          removedAt: r.removedAt,
          dueAt: r.dueAt,
        },
        // Only the content's address: the re-check opens it (Check now).
        prefill: { urls: e.url ? [e.url] : [], evidenceIds: [e.id] },
        doneByCase: r.done,
      });
    }
  }

  // 8. Police with the case file, once platforms have been given their chance (or for a child).
  if ((escalated || minorLike) && !drafts.some((d) => d.why.code === 'police-case-file')) {
    const police = casePolice(ctx, minorLike, drafts);
    if (police) {
      add(policeStep(ctx, police, 'when-due'));
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
  const rank = (d: Draft) => (d.kind === 'emergency' ? 0 : d.lead ? 1 : 2);
  marked.sort(
    (a, b) =>
      Number(a.step.done) - Number(b.step.done) ||
      rank(drafts[a.order]!) - rank(drafts[b.order]!) ||
      URGENCY_RANK[a.step.urgency] - URGENCY_RANK[b.step.urgency] ||
      a.order - b.order,
  );
  return marked.map((m) => m.step);
}

const SERVICE_STEPS = new Set<StepKind>([
  'hotline',
  'law-enforcement',
  'regulator',
  'support',
  'hash-removal',
  'mediation',
]);
/** Police with the case file and the police letter. */
function policeStep(
  ctx: Ctx,
  police: string,
  urgency: Urgency,
  proofIgnored?: ProofIgnored,
): Draft {
  return {
    id: `police:${police}`,
    kind: 'law-enforcement',
    target: police,
    urgency,
    why: {
      code: 'police-case-file',
      service: byId(police)?.name,
      ...(proofIgnored ? { proofIgnored } : {}),
    },
    notice: 'police-letter',
    prefill: ctx.prefillAll,
  };
}

function isServiceStep(d: Draft): boolean {
  return SERVICE_STEPS.has(d.kind);
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

/** The police service for the case file: one serving this age, not already proposed if possible. */
function casePolice(ctx: Ctx, minorLike: boolean, drafts: Draft[]): string | undefined {
  const candidates = ctx.routes?.police ?? (ctx.country === 'US' ? ['fbi-tips'] : []);
  return (
    candidates.find((id) => servesAge(id, minorLike) && !drafts.some((d) => d.target === id)) ??
    candidates.find((id) => servesAge(id, minorLike))
  );
}

function finish(d: Draft, kase: Case): NextStep {
  const { doneWhenCites, lead: _lead, doneByCase, ...step } = d;
  const done =
    !!doneByCase ||
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
  const ids = step.prefill?.evidenceIds;
  const cited = step.prefill?.citesReportId;
  const resolved = {
    entry: step.target ? byId(step.target) : undefined,
    evidence: ids ? kase.evidence.filter((e) => ids.includes(e.id)) : [],
    earlierReport: cited ? kase.reports.find((r) => r.id === cited) : undefined,
  };
  return { ...step, done, resolved };
}
