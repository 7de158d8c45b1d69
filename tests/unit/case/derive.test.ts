import { describe, expect, it } from 'vitest';
import {
  accountsIn,
  CASE_FILE_STEP,
  caseChecklist,
  defaultFollowUp,
  evidenceAccount,
  filterEvidence,
  formatDateTime,
  fromLocalInput,
  isFollowUpDue,
  platformsIn,
  sortEvidence,
  toLocalInput,
} from '@/lib/case/derive';
import { Case, type CaseInput, Evidence, Report } from '@/lib/case/model';

const T0 = '2026-03-03T10:00:00.000Z';
const meta = (id: string, at = T0) => ({
  id,
  createdAt: at,
  updatedAt: at,
  provenance: { source: 'manual' as const },
});

function ev(id: string, fields: Partial<Evidence> & { platform: string }, at = T0): Evidence {
  return Evidence.parse({ ...meta(id, at), kind: 'post', ...fields });
}
function rep(id: string, fields: Partial<Report>): Report {
  return Report.parse({
    ...meta(id),
    channel: 'platform-form',
    targetName: 'X — child sexual exploitation form',
    status: 'sent',
    ...fields,
  });
}
function kase(extra: Partial<CaseInput> = {}): Case {
  return Case.parse({
    id: 'case-1',
    createdAt: T0,
    updatedAt: T0,
    profile: { title: 'My case', role: 'parent', ageAtTime: 'minor', country: 'US', languages: [] },
    ...extra,
  });
}

const list = [
  ev('a', {
    platform: 'x',
    author: { handle: 'Seller_One' },
    url: 'https://x.com/Seller_One/status/1',
  }),
  ev('b', { platform: 'x', author: { handle: '@seller_one' }, status: 'removed' }),
  ev('c', { platform: 'reddit', author: { handle: 'other' } }, '2026-03-04T09:00:00.000Z'),
  ev('d', { platform: 'x', kind: 'account', subject: '@Tagged' }),
  ev('e', { platform: 'web', kind: 'page', url: 'https://example.org/p' }),
];

describe('evidence filters', () => {
  it('treats "@Name" and "name" as the same account', () => {
    expect(evidenceAccount(list[0]!)).toBe('seller_one');
    expect(evidenceAccount(list[1]!)).toBe('seller_one');
    expect(evidenceAccount(list[3]!)).toBe('tagged');
    expect(evidenceAccount(list[4]!)).toBeUndefined();
  });

  it('filters by platform, account and status, alone and together', () => {
    expect(filterEvidence(list, { platform: 'x' }).map((e) => e.id)).toEqual(['a', 'b', 'd']);
    expect(filterEvidence(list, { account: '@SELLER_one' }).map((e) => e.id)).toEqual(['a', 'b']);
    expect(filterEvidence(list, { status: 'removed' }).map((e) => e.id)).toEqual(['b']);
    expect(
      filterEvidence(list, { platform: 'x', account: 'seller_one', status: 'online' }).map(
        (e) => e.id,
      ),
    ).toEqual(['a']);
    expect(filterEvidence(list, { platform: '', account: '', status: '' })).toHaveLength(5);
    expect(filterEvidence(list, { platform: 'tiktok' })).toEqual([]);
  });

  it('lists platforms and accounts once, sorted, accounts per platform', () => {
    expect(platformsIn(list)).toEqual(['reddit', 'web', 'x']);
    expect(accountsIn(list)).toEqual(['other', 'seller_one', 'tagged']);
    expect(accountsIn(list, 'reddit')).toEqual(['other']);
  });

  it('sorts newest seen first', () => {
    expect(sortEvidence(list)[0]!.id).toBe('c');
  });
});

describe('case home checklist', () => {
  const now = new Date('2026-03-06T12:00:00.000Z');

  it('starts with nothing done', () => {
    const { items, done, total } = caseChecklist(kase(), now);
    expect(total).toBe(5);
    expect(done).toBe(0);
    expect(items.map((i) => [i.id, i.state])).toEqual([
      ['evidence', 'todo'],
      ['platform', 'todo'],
      ['hotline', 'todo'],
      ['followup', 'todo'],
      ['casefile', 'todo'],
    ]);
  });

  it('counts evidence and a sent platform report; a draft does not count', () => {
    const c = kase({
      evidence: list,
      reports: [rep('r1', { status: 'draft' })],
    });
    const { items } = caseChecklist(c, now);
    expect(items.find((i) => i.id === 'evidence')).toMatchObject({ state: 'done', count: 5 });
    expect(items.find((i) => i.id === 'platform')?.state).toBe('todo');
    expect(items.find((i) => i.id === 'followup')?.state).toBe('todo');
  });

  it('says a follow-up is due once its date has passed, waiting before', () => {
    const sentAt = '2026-03-03T10:00:00.000Z';
    const r = rep('r1', { sentAt, followUpAt: defaultFollowUp(sentAt, 48) });
    const c = kase({ evidence: list, reports: [r] });
    expect(caseChecklist(c, new Date('2026-03-04T10:00:00.000Z')).items[3]).toMatchObject({
      id: 'followup',
      state: 'waiting',
      count: 1,
    });
    const later = caseChecklist(c, now);
    expect(later.items[3]).toMatchObject({ id: 'followup', state: 'due', count: 1 });
    expect(later.items[1]).toMatchObject({ id: 'platform', state: 'done', count: 1 });
    expect(later.done).toBe(2);
  });

  it('is done with follow-ups once every report has an answer; hotline and case file tick', () => {
    const c = kase({
      evidence: list,
      reports: [
        rep('r1', { status: 'refused', sentAt: T0 }),
        rep('r2', { channel: 'hotline', targetName: 'NCMEC CyberTipline', status: 'sent' }),
      ],
      stepsDone: [CASE_FILE_STEP],
    });
    const { items, done } = caseChecklist(c, now);
    expect(items.map((i) => i.state)).toEqual(['done', 'done', 'done', 'waiting', 'done']);
    expect(done).toBe(4);
  });

  it('counts a hotline step marked done on the next-steps screen', () => {
    const { items } = caseChecklist(kase(), now, new Set(['hotline']));
    expect(items.find((i) => i.id === 'hotline')?.state).toBe('done');
  });
});

describe('follow-ups and dates', () => {
  it('puts the default follow-up 48 hours after sending', () => {
    expect(defaultFollowUp('2026-03-03T10:00:00.000Z', 48)).toBe('2026-03-05T10:00:00.000Z');
    expect(defaultFollowUp('2026-03-03T10:00:00.000Z', 24)).toBe('2026-03-04T10:00:00.000Z');
  });

  it('is due only while still waiting for an answer', () => {
    const now = new Date('2026-03-06T00:00:00.000Z');
    const due = { followUpAt: '2026-03-05T10:00:00.000Z' };
    expect(isFollowUpDue(rep('r', { ...due, status: 'sent' }), now)).toBe(true);
    expect(isFollowUpDue(rep('r', { ...due, status: 'acknowledged' }), now)).toBe(true);
    expect(isFollowUpDue(rep('r', { ...due, status: 'refused' }), now)).toBe(false);
    expect(isFollowUpDue(rep('r', { ...due, status: 'removed' }), now)).toBe(false);
    expect(isFollowUpDue(rep('r', { status: 'sent' }), now)).toBe(false);
  });

  it('converts datetime-local values both ways in the local zone', () => {
    const iso = fromLocalInput('2026-03-03T14:05');
    expect(iso).toBeDefined();
    expect(toLocalInput(iso)).toBe('2026-03-03T14:05');
    // A date alone means noon that day (far from midnight in every zone).
    expect(toLocalInput(fromLocalInput('2026-03-03'))).toBe('2026-03-03T12:00');
    expect(fromLocalInput('')).toBeUndefined();
    expect(fromLocalInput('3 March')).toBeUndefined();
    expect(toLocalInput(undefined)).toBe('');
  });

  it('formats dates in the language asked for', () => {
    const iso = '2026-03-03T12:00:00.000Z';
    expect(formatDateTime(iso, 'fr')).toContain('mars 2026');
    expect(formatDateTime(iso, 'en')).toContain('March');
    expect(formatDateTime(iso, 'es')).toContain('marzo');
  });
});
