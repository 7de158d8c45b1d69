import { Case, type CaseInput, Settings } from '@/lib/case/model';

/** "Now" for every table row: 5 March 2026, 12:00 UTC. */
export const NOW = new Date('2026-03-05T12:00:00Z');

type EvidenceSpec = {
  platform: string;
  status?: 'online' | 'removed' | 'reappeared' | 'unknown';
  reappearedAt?: string;
  url?: string;
};
type ReportSpec = {
  id?: string;
  platform?: string;
  target?: string;
  channel?:
    | 'platform-in-app'
    | 'platform-form'
    | 'hotline'
    | 'hash-service'
    | 'police'
    | 'regulator';
  status:
    | 'draft'
    | 'sent'
    | 'acknowledged'
    | 'no-answer'
    | 'refused'
    | 'removed'
    | 'partly-removed'
    | 'reappeared';
  sentAt: string;
  answeredAt?: string;
  followUpAt?: string;
  reference?: string;
  whatWasSent?: string;
  follows?: string;
};
export type CaseSpec = {
  country?: string;
  age?: 'minor' | 'adult' | 'unknown';
  role?: 'victim' | 'parent' | 'advocate' | 'other';
  danger?: boolean;
  sextortion?: boolean;
  images?: 'yes' | 'no' | 'unknown';
  evidence?: EvidenceSpec[];
  reports?: ReportSpec[];
  stepsDone?: string[];
};

const T0 = '2026-03-01T09:00:00Z';
const meta = (id: string, at = T0) => ({
  id,
  createdAt: at,
  updatedAt: at,
  provenance: { source: 'manual' as const },
});

export function makeCase(spec: CaseSpec): Case {
  const input: CaseInput = {
    id: 'case1',
    createdAt: T0,
    updatedAt: T0,
    profile: {
      title: 'My case',
      role: spec.role ?? 'parent',
      ageAtTime: spec.age ?? 'minor',
      country: spec.country ?? 'US',
      languages: ['en'],
      immediateDanger: spec.danger ?? false,
      sextortion: spec.sextortion ?? false,
      hasImagesOnDevice: spec.images ?? 'unknown',
    },
    evidence: (spec.evidence ?? [{ platform: 'x' }]).map((e, i) => ({
      ...meta(`ev${i + 1}`),
      kind: 'post' as const,
      platform: e.platform,
      url: e.url ?? `https://example.test/${e.platform}/status/${i + 1}`,
      author: { handle: 'seller', profileUrl: `https://example.test/${e.platform}/seller` },
      status: e.status ?? 'online',
      statusHistory: e.reappearedAt ? [{ status: 'reappeared' as const, at: e.reappearedAt }] : [],
      statusCheckedAt: e.reappearedAt,
    })),
    reports: (spec.reports ?? []).map((r, i) => ({
      ...meta(r.id ?? `rep${i + 1}`, r.sentAt),
      channel: r.channel ?? 'platform-form',
      platform: r.platform,
      target: r.target,
      targetName: r.target ?? 'platform',
      sentAt: r.sentAt,
      status: r.status,
      answeredAt: r.answeredAt,
      followUpAt: r.followUpAt,
      reference: r.reference,
      whatWasSent: r.whatWasSent,
      follows: r.follows,
    })),
    stepsDone: spec.stepsDone ?? [],
  };
  return Case.parse(input);
}

export const settings = (over: Partial<Settings> = {}): Settings =>
  Settings.parse({ lang: 'en', ...over });
