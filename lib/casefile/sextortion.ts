import type { Case } from '../case/model';
import { maskSecret } from '../case/sextortion-form';
import type { MessageKey } from '../i18n';

type Tr = (key: MessageKey, params?: Record<string, string | number>) => string;

export type SextortionSection = {
  heading: string;
  lines: string[];
  paymentsHeading: string;
  payments: string[];
  threatsHeading: string;
  threats: Array<{ at: string; local: string; utc: string; text: string }>;
};

export type ReceiptsSection = { heading: string; lines: string[] };

/**
 * The case file's record of the blackmail (text only) — what police ask for: who, where it
 * started, what they demand, the payment details they gave and each threat with its time.
 */
export function sextortionSection(
  kase: Case,
  tr: Tr,
  moment: (iso: string) => { local: string; utc: string },
): SextortionSection | null {
  const r = kase.sextortion;
  if (!r) return null;
  const lines: string[] = [];
  const who = [r.threatener.platform, r.threatener.handle, r.threatener.profileUrl]
    .filter(Boolean)
    .join(' · ');
  if (who) lines.push(tr('case.cf.threatener', { who }));
  if (r.contactStartedOn) lines.push(tr('case.cf.startedOn', { where: r.contactStartedOn }));
  if (r.demands.length) {
    const demands = r.demands.map((d) => tr(`case.sx.demand.${d}`)).join(', ');
    lines.push(tr('case.cf.demands', { demands }));
  }
  if (r.demandNote) lines.push(tr('case.cf.demandNote', { text: r.demandNote }));
  const shared = r.alreadyShared === 'unknown' ? 'case.unknown' : `case.${r.alreadyShared}`;
  lines.push(tr('case.cf.shared', { answer: tr(shared as MessageKey) }));
  return {
    heading: tr('case.cf.sextortion'),
    lines,
    paymentsHeading: tr('case.cf.payments'),
    payments: r.paymentDetails.map((p) =>
      [tr(`case.sx.pay.${p.kind}`), p.value, p.note].filter(Boolean).join(' — '),
    ),
    threatsHeading: tr('case.cf.threats'),
    threats: r.threats.map((x) => ({ at: x.at, ...moment(x.at), text: x.text })),
  };
}

/** Hash-service receipts, masked: the printed file never carries a full case number or a PIN. */
export function receiptsSection(kase: Case, tr: Tr, redact: boolean): ReceiptsSection | null {
  if (redact || kase.hashReceipts.length === 0) return null;
  return {
    heading: tr('case.cf.receipts'),
    lines: kase.hashReceipts.map((h) =>
      tr('case.cf.receipt', {
        service: tr(`case.hash.service.${h.service}`),
        last: maskSecret(h.caseNumber, 4),
      }),
    ),
  };
}
