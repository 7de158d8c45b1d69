/**
 * The bench's big case: 10,000 evidence items and 1,000 reports (vault and workspace benches);
 * smaller counts for the long-list end-to-end test.
 */
import { Case } from '../../lib/case/model';

export const EVIDENCE = 10_000;
export const REPORTS = 1_000;

export function bigCase(counts: { evidence?: number; reports?: number } = {}): Case {
  const t0 = Date.parse('2026-01-01T00:00:00Z');
  const at = (i: number) => new Date(t0 + i * 60_000).toISOString();
  const evidence = Array.from({ length: counts.evidence ?? EVIDENCE }, (_, i) => ({
    id: `ev${i}`,
    createdAt: at(i),
    updatedAt: at(i),
    provenance: { source: 'capture', via: 'shortcut', detail: 'x@3/testid' },
    kind: 'post',
    platform: 'x',
    url: `https://x.com/account_${i % 500}/status/${1_800_000_000_000 + i}`,
    postId: String(1_800_000_000_000 + i),
    author: { handle: `@account_${i % 500}`, displayName: `Account ${i % 500}` },
    capturedAt: at(i),
    text: 'Example post text as captured from the page, kept to a few hundred characters. '.repeat(
      2,
    ),
    media: [{ kind: 'image', address: `https://pbs.twimg.com/media/${i}abcdef.jpg` }],
    pageUrl: 'https://x.com/home',
  }));
  const reports = Array.from({ length: counts.reports ?? REPORTS }, (_, i) => ({
    id: `rp${i}`,
    createdAt: at(i),
    updatedAt: at(i),
    provenance: { source: 'manual', via: 'manual' },
    channel: 'platform-form',
    platform: 'x',
    targetName: 'X child safety form',
    sentAt: at(i),
    reference: `REF-${i}`,
    whatWasSent: 'The post at the address above shows a child. Please remove it.',
    evidenceIds: [`ev${i * 10}`],
    status: 'sent',
    statusHistory: [{ status: 'sent', at: at(i) }],
  }));
  return Case.parse({
    id: 'bench',
    createdAt: at(0),
    updatedAt: at(0),
    profile: {
      title: 'Bench case',
      role: 'parent',
      ageAtTime: 'minor',
      country: 'FR',
      languages: ['fr'],
    },
    evidence,
    reports,
  });
}
