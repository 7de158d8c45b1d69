import { describe, expect, it } from 'vitest';
import {
  checkProofFile,
  EvidenceForm,
  emptyEvidenceForm,
  evidenceToForm,
  formToEvidenceFields,
  formToReportFields,
  ReportForm,
  type ReportFormValues,
} from '@/lib/case/forms';
import { Case } from '@/lib/case/model';
import { applyOp } from '@/lib/case/ops';

const T0 = '2026-03-03T10:00:00.000Z';
const blank = Case.parse({
  id: 'case-1',
  createdAt: T0,
  updatedAt: T0,
  profile: { title: 'Case', role: 'parent', ageAtTime: 'minor', country: 'FR', languages: [] },
});
const ctx = { now: new Date('2026-03-04T08:00:00.000Z'), newId: () => 'n1' };

const issuesOf = (value: unknown) => {
  const r = EvidenceForm.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('evidence form', () => {
  it('asks for a description of a message', () => {
    expect(issuesOf({ ...emptyEvidenceForm, kind: 'message', platform: 'snapchat' })).toEqual([
      ['text', 'cw.err.describeMessage'],
    ]);
  });

  it('asks for an address or an account for anything else', () => {
    expect(issuesOf({ ...emptyEvidenceForm })).toEqual([['url', 'cw.err.urlOrHandle']]);
    expect(issuesOf({ ...emptyEvidenceForm, handle: 'seller' })).toEqual([]);
  });

  it('refuses addresses that are not web addresses, and bad dates', () => {
    expect(issuesOf({ ...emptyEvidenceForm, url: 'javascript:alert(1)' })).toContainEqual([
      'url',
      'cw.err.url',
    ]);
    expect(issuesOf({ ...emptyEvidenceForm, url: 'x.com/a' })).toContainEqual([
      'url',
      'cw.err.url',
    ]);
    expect(issuesOf({ ...emptyEvidenceForm, handle: 'a', seenAt: 'yesterday' })).toEqual([
      ['seenAt', 'cw.err.date'],
    ]);
  });

  it('gives fields the background accepts, and reads them back the same', () => {
    const values = {
      kind: 'message' as const,
      platform: 'snapchat',
      url: '',
      handle: '@seller',
      text: 'Sent me a threat on 2 March asking for money.',
      seenAt: '2026-03-02T21:30',
      notes: '',
    };
    expect(EvidenceForm.safeParse(values).success).toBe(true);
    const fields = formToEvidenceFields(values);
    expect(fields).toMatchObject({
      kind: 'message',
      platform: 'snapchat',
      url: undefined,
      author: { handle: '@seller' },
      text: 'Sent me a threat on 2 March asking for money.',
      notes: undefined,
    });
    const saved = applyOp(blank, { op: 'addEvidence', id: 'e1', fields }, ctx);
    const item = saved.evidence[0]!;
    expect(item.provenance.source).toBe('manual');
    expect(item.status).toBe('online');
    expect(evidenceToForm(item)).toEqual(values);
  });
});

describe('report form', () => {
  const base: ReportFormValues = {
    channel: 'platform-form',
    targetName: 'X — child sexual exploitation form',
    target: 'x-cse-form',
    platform: 'x',
    status: 'sent',
    sentAt: '',
    reference: ' 0123-ABC ',
    whatWasSent: '- Post (X): https://x.com/a/status/1',
    answer: '',
    followUpAt: '',
    evidenceIds: ['e1'],
    follows: '',
  };

  it('needs a name for where it was reported', () => {
    const r = ReportForm.safeParse({ ...base, targetName: '  ' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('cw.err.required');
  });

  it('dates a sent report now when no date is given; the background adds the 48 h follow-up', () => {
    const now = new Date('2026-03-04T08:00:00.000Z');
    const fields = formToReportFields(base, now);
    expect(fields.sentAt).toBe('2026-03-04T08:00:00.000Z');
    expect(fields.reference).toBe('0123-ABC');
    expect(fields.followUpAt).toBeUndefined();
    const withEvidence = applyOp(
      blank,
      { op: 'addEvidence', id: 'e1', fields: { kind: 'post', platform: 'x' } },
      ctx,
    );
    const saved = applyOp(
      withEvidence,
      { op: 'addReport', id: 'r1', fields },
      {
        ...ctx,
        settings: { followUpHours: 48 },
      },
    );
    expect(saved.reports[0]!.followUpAt).toBe('2026-03-06T08:00:00.000Z');
    expect(saved.reports[0]!.target).toBe('x-cse-form');
  });

  it('leaves a draft undated', () => {
    expect(formToReportFields({ ...base, status: 'draft' }, new Date()).sentAt).toBeUndefined();
  });
});

describe('proof files', () => {
  const MB = 1024 * 1024;
  it('takes images and PDFs up to 20 MB', () => {
    expect(
      checkProofFile({ name: 'a.pdf', type: 'application/pdf', size: 20 * MB }),
    ).toBeUndefined();
    expect(checkProofFile({ name: 'a.jpg', type: 'image/jpeg', size: 1000 })).toBeUndefined();
    // Some systems give HEIC files no type: the extension decides.
    expect(checkProofFile({ name: 'IMG_1.HEIC', type: '', size: 1000 })).toBeUndefined();
  });
  it('refuses other files, empty ones and files over 20 MB with a reason', () => {
    expect(checkProofFile({ name: 'a.pdf', type: 'application/pdf', size: 20 * MB + 1 })).toBe(
      'cw.err.fileSize',
    );
    expect(checkProofFile({ name: 'a.txt', type: 'text/plain', size: 10 })).toBe('cw.err.fileType');
    expect(checkProofFile({ name: 'a.svg', type: 'image/svg+xml', size: 10 })).toBe(
      'cw.err.fileType',
    );
    expect(checkProofFile({ name: 'a.png', type: 'image/png', size: 0 })).toBe('cw.err.fileEmpty');
  });
});
