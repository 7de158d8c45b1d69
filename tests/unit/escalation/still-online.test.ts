import { describe, expect, it } from 'vitest';
import type { Case } from '@/lib/case/model';
import { nextSteps, renderReason } from '@/lib/escalation';
import { makeCase, NOW, settings } from './fixtures';

type History = Case['evidence'][number]['statusHistory'];

/** US, under 18, X: report sent 1 March 09:00, unanswered past its follow-up (NOW is 5 March). */
function unanswered(history: History) {
  const kase = makeCase({
    country: 'US',
    evidence: [{ platform: 'x' }],
    reports: [
      { platform: 'x', status: 'sent', sentAt: '2026-03-01T09:00:00Z', target: 'x-cse-form' },
    ],
  });
  kase.evidence[0]!.statusHistory = history;
  return kase;
}
const appeal = (kase: Case) =>
  nextSteps(kase, settings(), NOW).find((s) => s.why.code === 'appeal-unanswered');

describe('still online after the report', () => {
  it('says when the user’s own visit saw it still online, and how long after the report', () => {
    const step = appeal(
      unanswered([{ status: 'online', at: '2026-03-03T09:30:00.000Z', seenBy: 'you' }]),
    );
    expect(step!.why).toMatchObject({ seenAt: '2026-03-03T09:30:00.000Z', stillOnlineHours: 48 });
    expect(renderReason(step!.why, 'en', { timeZone: 'UTC' })).toContain(
      'It was still online on 3 March, 48 hours after your report.',
    );
    expect(renderReason(step!.why, 'fr', { timeZone: 'UTC' })).toContain(
      'Il était toujours en ligne le 3 mars, 48 heures après votre signalement.',
    );
    expect(renderReason(step!.why, 'es', { timeZone: 'UTC' })).toContain(
      'Seguía en línea el 3 de marzo, 48 horas después de tu denuncia.',
    );
  });

  it('every escalation step of that platform carries it', () => {
    const kase = unanswered([{ status: 'online', at: '2026-03-04T09:00:00.000Z', seenBy: 'you' }]);
    const xSteps = nextSteps(kase, settings(), NOW).filter(
      (s) => s.platform === 'x' && s.why.state,
    );
    expect(xSteps.length).toBeGreaterThan(0);
    for (const s of xSteps) expect(s.why.stillOnlineHours).toBe(72);
  });

  it('observations before the report do not count', () => {
    const step = appeal(
      unanswered([{ status: 'online', at: '2026-02-28T09:00:00.000Z', seenBy: 'you' }]),
    );
    expect(step!.why.seenAt).toBeUndefined();
    expect(renderReason(step!.why, 'en', { timeZone: 'UTC' })).not.toContain('still online');
  });

  it('only the user’s own visit counts, not a status typed by hand', () => {
    const step = appeal(
      unanswered([{ status: 'online', at: '2026-03-03T09:00:00.000Z', seenBy: 'manual' }]),
    );
    expect(step!.why.stillOnlineHours).toBeUndefined();
  });

  it('observations dated in the future do not count', () => {
    const step = appeal(
      unanswered([{ status: 'online', at: '2026-06-01T09:00:00.000Z', seenBy: 'you' }]),
    );
    expect(step!.why.seenAt).toBeUndefined();
  });

  it('takes the latest observation when several were made', () => {
    const step = appeal(
      unanswered([
        { status: 'online', at: '2026-03-02T09:00:00.000Z', seenBy: 'you' },
        { status: 'online', at: '2026-03-05T09:00:00.000Z', seenBy: 'you' },
      ]),
    );
    expect(step!.why.stillOnlineHours).toBe(96);
  });

  it('the follow-up step while waiting says nothing about it', () => {
    const kase = makeCase({
      country: 'US',
      evidence: [{ platform: 'x' }],
      reports: [
        { platform: 'x', status: 'sent', sentAt: '2026-03-05T09:00:00Z', target: 'x-cse-form' },
      ],
    });
    kase.evidence[0]!.statusHistory = [
      { status: 'online', at: '2026-03-05T11:00:00.000Z', seenBy: 'you' },
    ];
    const waiting = nextSteps(kase, settings(), NOW).find((s) => s.kind === 'follow-up');
    expect(waiting!.why.seenAt).toBeUndefined();
  });
});
