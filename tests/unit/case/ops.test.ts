import { describe, expect, it } from 'vitest';
import { CASE_CAPS, Case } from '@/lib/case/model';
import { applyOp, CaseOp, CaseOpError, captureToEvidence } from '@/lib/case/ops';

const T0 = '2026-11-20T08:00:00.000Z';
const NOW = new Date('2026-11-24T10:00:00.000Z');
const AT = NOW.toISOString();

function ctx(ids: string[] = ['n1', 'n2', 'n3']) {
  const queue = [...ids];
  return { now: NOW, newId: () => queue.shift() ?? 'spare', settings: { followUpHours: 48 } };
}

const base = Case.parse({
  id: 'case1',
  createdAt: T0,
  updatedAt: T0,
  profile: { title: 'Sam', role: 'parent', ageAtTime: 'minor', country: 'FR', languages: ['fr'] },
  evidence: [
    {
      id: 'e1',
      createdAt: T0,
      updatedAt: T0,
      provenance: { source: 'manual' },
      kind: 'account',
      platform: 'instagram',
      url: 'https://www.instagram.com/someone/',
    },
  ],
  reports: [
    {
      id: 'r1',
      createdAt: T0,
      updatedAt: T0,
      provenance: { source: 'manual' },
      channel: 'platform-form',
      targetName: 'Instagram',
      status: 'sent',
      sentAt: T0,
      evidenceIds: ['e1'],
      statusHistory: [{ status: 'sent', at: T0 }],
    },
  ],
  proofs: [
    {
      id: 'p1',
      createdAt: T0,
      updatedAt: T0,
      provenance: { source: 'manual' },
      type: 'passport',
      label: 'Passport',
      sentWith: ['r1'],
    },
  ],
  notes: [
    { id: 'no1', createdAt: T0, updatedAt: T0, provenance: { source: 'manual' }, text: 'first' },
  ],
});

const capture = {
  kind: 'post' as const,
  platform: 'x' as const,
  permalink: 'https://x.com/a/status/9',
  postId: '9',
  author: { handle: '@a' },
  media: [{ kind: 'video' as const, address: 'https://video.twimg.com/v.mp4' }],
  pageUrl: 'https://x.com/home',
  capturedAt: '2026-11-24T09:59:00.000Z',
  adapter: { id: 'x', version: 3, tier: 'testid' as const },
  via: 'shortcut' as const,
};

describe('applyOp', () => {
  it('setProfile replaces the profile and touches updatedAt only', () => {
    const next = applyOp(
      base,
      { op: 'setProfile', profile: { ...base.profile, title: 'New' } },
      ctx(),
    );
    expect(next.profile.title).toBe('New');
    expect(next.updatedAt).toBe(AT);
    expect(next.evidence).toBe(base.evidence);
    expect(base.profile.title).toBe('Sam');
  });

  it('addEvidence from a capture keeps provenance and the capture', () => {
    const next = applyOp(base, { op: 'addEvidence', capture }, ctx());
    const added = next.evidence[1];
    expect(added).toMatchObject({
      id: 'n1',
      kind: 'post',
      platform: 'x',
      url: 'https://x.com/a/status/9',
      pageUrl: 'https://x.com/home',
      capturedAt: '2026-11-24T09:59:00.000Z',
      createdAt: AT,
      provenance: { source: 'capture', via: 'shortcut', detail: 'x@3/testid' },
      status: 'online',
      statusHistory: [],
      media: [{ kind: 'video', address: 'https://video.twimg.com/v.mp4' }],
    });
    expect(added?.capture).toEqual({ ...capture });
    expect(next.evidence[0]).toBe(base.evidence[0]);
  });

  it('addEvidence from typed fields is manual, with the caller’s id', () => {
    const next = applyOp(
      base,
      {
        op: 'addEvidence',
        id: 'mine',
        fields: { kind: 'message', platform: 'snapchat', text: 'He wrote…' },
      },
      ctx(),
    );
    expect(next.evidence[1]).toMatchObject({
      id: 'mine',
      kind: 'message',
      platform: 'snapchat',
      text: 'He wrote…',
      media: [],
      provenance: { source: 'manual', via: 'manual' },
    });
  });

  it('addEvidence refuses both or neither source, and a taken id', () => {
    expect(CaseOp.safeParse({ op: 'addEvidence' }).success).toBe(false);
    expect(
      CaseOp.safeParse({ op: 'addEvidence', capture, fields: { kind: 'post', platform: 'x' } })
        .success,
    ).toBe(false);
    expect(() =>
      applyOp(
        base,
        { op: 'addEvidence', id: 'r1', fields: { kind: 'post', platform: 'x' } },
        ctx(),
      ),
    ).toThrow(expect.objectContaining({ key: 'caseop.idTaken', params: { id: 'r1' } }));
  });

  it('updateEvidence patches only given fields', () => {
    const next = applyOp(
      base,
      { op: 'updateEvidence', id: 'e1', patch: { notes: 'seen twice' } },
      ctx(),
    );
    expect(next.evidence[0]).toMatchObject({
      notes: 'seen twice',
      url: 'https://www.instagram.com/someone/',
      updatedAt: AT,
    });
    expect(() => applyOp(base, { op: 'updateEvidence', id: 'zz', patch: {} }, ctx())).toThrow(
      'This evidence item is no longer in your case',
    );
  });

  it('setEvidenceStatus records history and the check time', () => {
    const removed = applyOp(base, { op: 'setEvidenceStatus', id: 'e1', status: 'removed' }, ctx());
    expect(removed.evidence[0]).toMatchObject({
      status: 'removed',
      statusCheckedAt: AT,
      statusHistory: [{ status: 'removed', at: AT }],
    });
    const back = applyOp(
      removed,
      { op: 'setEvidenceStatus', id: 'e1', status: 'reappeared', at: '2026-11-25T00:00:00.000Z' },
      ctx(),
    );
    expect(back.evidence[0]?.statusHistory).toEqual([
      { status: 'removed', at: AT },
      { status: 'reappeared', at: '2026-11-25T00:00:00.000Z' },
    ]);
    // A re-check with the same status updates the check time, adds no entry.
    const again = applyOp(
      back,
      { op: 'setEvidenceStatus', id: 'e1', status: 'reappeared', at: '2026-11-26T00:00:00.000Z' },
      ctx(),
    );
    expect(again.evidence[0]?.statusHistory).toHaveLength(2);
    expect(again.evidence[0]?.statusCheckedAt).toBe('2026-11-26T00:00:00.000Z');
  });

  it('removeEvidence also drops it from reports that cite it', () => {
    const next = applyOp(base, { op: 'removeEvidence', id: 'e1' }, ctx());
    expect(next.evidence).toEqual([]);
    expect(next.reports[0]?.evidenceIds).toEqual([]);
  });

  it('addReport defaults followUpAt to sentAt + followUpHours and starts the history', () => {
    const next = applyOp(
      base,
      {
        op: 'addReport',
        fields: {
          channel: 'hotline',
          targetName: 'PHAROS',
          status: 'sent',
          sentAt: '2026-11-24T09:00:00.000Z',
        },
      },
      { ...ctx(), settings: { followUpHours: 72 } },
    );
    expect(next.reports[1]).toMatchObject({
      id: 'n1',
      followUpAt: '2026-11-27T09:00:00.000Z',
      statusHistory: [{ status: 'sent', at: '2026-11-24T09:00:00.000Z' }],
      evidenceIds: [],
    });
    const draft = applyOp(
      base,
      { op: 'addReport', fields: { channel: 'police', targetName: 'Police', status: 'draft' } },
      ctx(),
    );
    expect(draft.reports[1]?.followUpAt).toBeUndefined();
  });

  it('updateReport patches fields', () => {
    const next = applyOp(
      base,
      { op: 'updateReport', id: 'r1', patch: { reference: 'CASE-42' } },
      ctx(),
    );
    expect(next.reports[0]).toMatchObject({
      reference: 'CASE-42',
      status: 'sent',
      evidenceIds: ['e1'],
    });
  });

  it('setReportStatus records history and the answer', () => {
    const next = applyOp(
      base,
      { op: 'setReportStatus', id: 'r1', status: 'refused', answer: 'Does not violate our rules' },
      ctx(),
    );
    expect(next.reports[0]).toMatchObject({
      status: 'refused',
      answer: 'Does not violate our rules',
      answeredAt: AT,
      statusHistory: [
        { status: 'sent', at: T0 },
        { status: 'refused', at: AT },
      ],
    });
  });

  it('setReportStatus "sent" on a draft fills sentAt and the follow-up date', () => {
    const withDraft = applyOp(
      base,
      {
        op: 'addReport',
        id: 'd',
        fields: { channel: 'regulator', targetName: 'Arcom', status: 'draft' },
      },
      ctx(),
    );
    const sent = applyOp(withDraft, { op: 'setReportStatus', id: 'd', status: 'sent' }, ctx());
    expect(sent.reports[1]).toMatchObject({ sentAt: AT, followUpAt: '2026-11-26T10:00:00.000Z' });
  });

  it('removeReport unlinks follow-ups and proofs', () => {
    const withFollow = applyOp(
      base,
      {
        op: 'addReport',
        id: 'r2',
        fields: { channel: 'platform-form', targetName: 'IG', status: 'sent', follows: 'r1' },
      },
      ctx(),
    );
    const next = applyOp(withFollow, { op: 'removeReport', id: 'r1' }, ctx());
    expect(next.reports.map((r) => [r.id, r.follows])).toEqual([['r2', undefined]]);
    expect(next.proofs[0]?.sentWith).toEqual([]);
  });

  it('addProof, updateProof, removeProof', () => {
    const added = applyOp(
      base,
      { op: 'addProof', fields: { type: 'school-id', label: 'School card' } },
      ctx(),
    );
    expect(added.proofs[1]).toMatchObject({
      id: 'n1',
      type: 'school-id',
      redacted: false,
      sentWith: [],
    });
    const updated = applyOp(
      added,
      { op: 'updateProof', id: 'n1', patch: { redacted: true } },
      ctx(),
    );
    expect(updated.proofs[1]).toMatchObject({ redacted: true, label: 'School card' });
    const removed = applyOp(updated, { op: 'removeProof', id: 'n1' }, ctx());
    expect(removed.proofs.map((p) => p.id)).toEqual(['p1']);
  });

  it('addNote, updateNote, removeNote', () => {
    const added = applyOp(base, { op: 'addNote', text: 'Called the school' }, ctx());
    expect(added.notes[1]).toEqual({
      id: 'n1',
      createdAt: AT,
      updatedAt: AT,
      provenance: { source: 'manual', via: 'manual' },
      text: 'Called the school',
    });
    const updated = applyOp(
      added,
      { op: 'updateNote', id: 'n1', text: 'Called the school twice' },
      ctx(),
    );
    expect(updated.notes[1]?.text).toBe('Called the school twice');
    expect(applyOp(updated, { op: 'removeNote', id: 'no1' }, ctx()).notes.map((n) => n.id)).toEqual(
      ['n1'],
    );
    expect(CaseOp.safeParse({ op: 'addNote', text: '' }).success).toBe(false);
  });

  it('markStepDone / markStepUndone are idempotent', () => {
    const done = applyOp(base, { op: 'markStepDone', stepId: 'x-cse-form' }, ctx());
    expect(done.stepsDone).toEqual(['x-cse-form']);
    expect(applyOp(done, { op: 'markStepDone', stepId: 'x-cse-form' }, ctx())).toBe(done);
    expect(applyOp(done, { op: 'markStepUndone', stepId: 'x-cse-form' }, ctx()).stepsDone).toEqual(
      [],
    );
    expect(applyOp(base, { op: 'markStepUndone', stepId: 'nope' }, ctx())).toBe(base);
  });

  it('every result still satisfies the Case schema', () => {
    const ops: CaseOp[] = [
      { op: 'addEvidence', capture },
      { op: 'setEvidenceStatus', id: 'e1', status: 'removed' },
      {
        op: 'addReport',
        fields: { channel: 'hash-service', targetName: 'Take It Down', status: 'sent', sentAt: AT },
      },
      { op: 'setReportStatus', id: 'r1', status: 'removed' },
      { op: 'addProof', fields: { type: 'other', label: 'x' } },
      { op: 'addNote', text: 'n' },
      { op: 'markStepDone', stepId: 's' },
    ];
    let kase = base;
    for (const op of ops)
      kase = applyOp(kase, op, ctx([`id${Math.random().toString(36).slice(2, 8)}`]));
    expect(Case.safeParse(kase).success).toBe(true);
  });
});

describe('captureToEvidence', () => {
  it('uses the page address when there is no permalink', () => {
    const { permalink: _p, ...pageOnly } = capture;
    const e = captureToEvidence({ ...pageOnly, kind: 'page', media: [] }, NOW, 'id1');
    expect(e).toMatchObject({ id: 'id1', url: 'https://x.com/home', kind: 'page', createdAt: AT });
  });
});

describe('a case never grows past what the stored schema accepts', () => {
  let n = 0;
  const fresh = () => ({ now: NOW, newId: () => `id${n++}`, settings: { followUpHours: 48 } });
  it('refuses the 101st hash receipt and the 501st edited notice with a message', () => {
    let kase = base;
    for (let i = 0; i < CASE_CAPS.hashReceipts; i++) {
      kase = applyOp(
        kase,
        { op: 'addHashReceipt', fields: { service: 'stopncii', caseNumber: `N${i}` } } as never,
        fresh(),
      );
    }
    expect(Case.safeParse(kase).success).toBe(true);
    expect(() =>
      applyOp(
        kase,
        { op: 'addHashReceipt', fields: { service: 'stopncii', caseNumber: 'one more' } } as never,
        fresh(),
      ),
    ).toThrow(CaseOpError);

    let edited = base;
    for (let i = 0; i < CASE_CAPS.noticeEdits; i++) {
      edited = applyOp(edited, { op: 'setNoticeEdit', stepId: `s${i}`, text: 'x' } as never, ctx());
    }
    expect(Case.safeParse(edited).success).toBe(true);
    expect(() =>
      applyOp(edited, { op: 'setNoticeEdit', stepId: 'one-more', text: 'x' } as never, fresh()),
    ).toThrow(/full|at most/);
  });
});

describe('every item kind, hash receipts included, shares one id space', () => {
  const withReceipt = applyOp(
    base,
    { op: 'addHashReceipt', id: 'h1', fields: { service: 'take-it-down', caseNumber: 'TD-1' } },
    ctx(),
  );
  it('refuses a note, evidence item, report or proof given a receipt’s id', () => {
    const clashes: CaseOp[] = [
      { op: 'addNote', id: 'h1', text: 'x' },
      { op: 'addEvidence', id: 'h1', fields: { kind: 'post', platform: 'x' } },
      { op: 'addProof', id: 'h1', fields: { type: 'passport', label: 'P' } },
    ] as CaseOp[];
    for (const op of clashes) {
      expect(() => applyOp(withReceipt, op, ctx())).toThrow(
        expect.objectContaining({ key: 'caseop.idTaken' }),
      );
    }
  });
  it('gives a new item a fresh id when the first one drawn is a receipt’s', () => {
    const next = applyOp(withReceipt, { op: 'addNote', text: 'hello' }, ctx(['h1', 'n9']));
    expect(next.notes.at(-1)?.id).toBe('n9');
    const receipt = applyOp(
      withReceipt,
      { op: 'addHashReceipt', fields: { service: 'stopncii', caseNumber: 'SN-2' } } as never,
      ctx(['no1', 'h1', 'h2']),
    );
    expect(receipt.hashReceipts.map((h) => h.id)).toEqual(['h1', 'h2']);
  });
  it('refuses a receipt given another item’s id, through the same check', () => {
    expect(() =>
      applyOp(
        withReceipt,
        { op: 'addHashReceipt', id: 'no1', fields: { service: 'other', caseNumber: '1' } },
        ctx(),
      ),
    ).toThrow(new CaseOpError('caseop.idTaken', { id: 'no1' }));
  });
});
