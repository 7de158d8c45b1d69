import { describe, expect, it } from 'vitest';
import type { Case } from '@/lib/case/model';
import { nextSteps, renderReason } from '@/lib/escalation';
import { rechecksOf } from '@/lib/escalation/recheck';
import { makeCase, NOW, settings } from './fixtures';

type History = Case['evidence'][number]['statusHistory'];

/** One removed item on X, with its status history (NOW is 5 March 2026, 12:00 UTC). */
function removedCase(history: History, status: 'removed' | 'online' | 'reappeared' = 'removed') {
  const kase = makeCase({ country: 'US', evidence: [{ platform: 'x', status }] });
  const e = kase.evidence[0]!;
  e.statusHistory = history;
  e.statusCheckedAt = history.at(-1)?.at;
  return kase;
}
const rechecks = (kase: Case) =>
  nextSteps(kase, settings(), NOW).filter((s) => s.kind === 'recheck');

describe('re-checks after a removal', () => {
  it('proposes a re-check 7 and 30 days after the removal, today once due', () => {
    const kase = removedCase([
      { status: 'removed', at: '2026-02-20T10:00:00.000Z', seenBy: 'you' },
    ]);
    const steps = rechecks(kase);
    expect(steps.map((s) => [s.id, s.urgency, s.done, s.why.dueAt])).toEqual([
      ['recheck:ev1:7', 'today', false, '2026-02-27T10:00:00.000Z'],
      ['recheck:ev1:30', 'when-due', false, '2026-03-22T10:00:00.000Z'],
    ]);
    expect(steps[0]!.prefill).toEqual({
      urls: ['https://example.test/x/status/1'],
      evidenceIds: ['ev1'],
    });
    expect(steps[0]!.why).toMatchObject({ code: 'recheck-removed', platform: 'x' });
  });

  it('renders the reason in en, fr and es with the removal date', () => {
    const kase = removedCase([
      { status: 'removed', at: '2026-03-01T10:00:00.000Z', seenBy: 'manual' },
    ]);
    const [step] = rechecks(kase);
    const en = renderReason(step!.why, 'en', { timeZone: 'UTC' });
    expect(en).toMatch(
      /^X removed it on 1 March\. Check again that it has not come back: open the address \(Check now\)/,
    );
    expect(renderReason(step!.why, 'fr', { timeZone: 'UTC' })).toMatch(/^X l’a retiré le 1 mars\./);
    expect(renderReason(step!.why, 'es', { timeZone: 'UTC' })).toMatch(
      /^X lo retiró el 1 de marzo\./,
    );
    for (const lang of ['en', 'fr', 'es'] as const) {
      expect(renderReason(step!.why, lang, { timeZone: 'UTC' })).not.toMatch(/\{|\}/);
    }
  });

  it('is done once an observation is recorded after the due date', () => {
    const kase = removedCase([
      { status: 'removed', at: '2026-01-20T10:00:00.000Z', seenBy: 'you' },
      { status: 'removed', at: '2026-01-28T10:00:00.000Z', seenBy: 'you' },
    ]);
    const steps = rechecks(kase);
    expect(steps.map((s) => [s.id, s.done])).toEqual([
      ['recheck:ev1:30', false],
      ['recheck:ev1:7', true],
    ]);
  });

  it('repeated "still removed" observations do not push the dates forward', () => {
    const kase = removedCase([
      { status: 'removed', at: '2026-02-01T10:00:00.000Z', seenBy: 'you' },
      { status: 'removed', at: '2026-03-04T10:00:00.000Z', seenBy: 'you' },
    ]);
    const steps = rechecks(kase);
    expect(steps.every((s) => s.done)).toBe(true);
    expect(steps.map((s) => s.why.removedAt)).toEqual([
      '2026-02-01T10:00:00.000Z',
      '2026-02-01T10:00:00.000Z',
    ]);
  });

  it('an observation before the due date does not mark it done', () => {
    const kase = removedCase([
      { status: 'removed', at: '2026-02-25T10:00:00.000Z', seenBy: 'you' },
      { status: 'removed', at: '2026-03-03T10:00:00.000Z', seenBy: 'you' },
    ]);
    expect(rechecks(kase).map((s) => s.done)).toEqual([false, false]);
  });

  it('removed then reappeared cancels the re-checks (the re-report takes over)', () => {
    const kase = removedCase(
      [
        { status: 'removed', at: '2026-02-20T10:00:00.000Z', seenBy: 'you' },
        { status: 'reappeared', at: '2026-03-02T10:00:00.000Z', seenBy: 'you' },
      ],
      'reappeared',
    );
    expect(rechecks(kase)).toEqual([]);
  });

  it('removed, back online, removed again: the dates start from the second removal', () => {
    const e = {
      id: 'ev1',
      status: 'removed' as const,
      updatedAt: '2026-03-04T10:00:00.000Z',
      statusHistory: [
        { status: 'removed' as const, at: '2026-01-01T10:00:00.000Z' },
        { status: 'reappeared' as const, at: '2026-02-01T10:00:00.000Z' },
        { status: 'removed' as const, at: '2026-03-04T10:00:00.000Z' },
      ],
    };
    expect(rechecksOf(e, NOW).map((r) => r.dueAt)).toEqual([
      '2026-03-11T10:00:00.000Z',
      '2026-04-03T10:00:00.000Z',
    ]);
  });

  it('ignores dates in the future: neither a removal nor an observation counts', () => {
    const future = removedCase([
      { status: 'removed', at: '2027-01-01T10:00:00.000Z', seenBy: 'manual' },
    ]);
    expect(rechecks(future)).toEqual([]);
    const fakeDone = removedCase([
      { status: 'removed', at: '2026-02-20T10:00:00.000Z', seenBy: 'you' },
      { status: 'removed', at: '2026-12-31T10:00:00.000Z', seenBy: 'manual' },
    ]);
    fakeDone.evidence[0]!.statusCheckedAt = '2026-12-31T10:00:00.000Z';
    expect(rechecks(fakeDone).map((s) => s.done)).toEqual([false, false]);
  });

  it('marked removed by hand without a history entry: the last check is the date', () => {
    const kase = removedCase([]);
    kase.evidence[0]!.statusCheckedAt = '2026-03-01T10:00:00.000Z';
    expect(rechecks(kase).map((s) => s.why.removedAt)).toEqual([
      '2026-03-01T10:00:00.000Z',
      '2026-03-01T10:00:00.000Z',
    ]);
  });

  it('online evidence gets no re-check, and a done step id in stepsDone marks it done', () => {
    expect(rechecks(removedCase([], 'online'))).toEqual([]);
    const kase = removedCase([
      { status: 'removed', at: '2026-02-20T10:00:00.000Z', seenBy: 'you' },
    ]);
    kase.stepsDone = ['recheck:ev1:7'];
    expect(rechecks(kase).find((s) => s.id === 'recheck:ev1:7')!.done).toBe(true);
  });
});
