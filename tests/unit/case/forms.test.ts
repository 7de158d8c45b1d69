import { describe, expect, it } from 'vitest';
import {
  checkProofFile,
  EvidenceForm,
  emptyEvidenceForm,
  evidenceToForm,
  formToEvidenceFields,
  formToReportFields,
  NoteForm,
  ProofForm,
  proofFormToPatch,
  proofToForm,
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

describe('proof edit form', () => {
  const withProof = applyOp(
    blank,
    {
      op: 'addProof',
      id: 'pf1',
      fields: { type: 'passport', label: 'Passport', notes: 'old note', redacted: false },
    },
    { now: new Date(T0), newId: () => 'x' },
  );
  const stored = withProof.proofs[0];

  it('shows the stored proof and saves what was changed, keeping the file and reports', () => {
    if (!stored) throw new Error('no proof');
    const filed = { ...stored, fileId: 'f1', fileName: 'p.pdf', sentWith: ['r1'] };
    const kase = { ...withProof, proofs: [filed] };
    const form = proofToForm(filed);
    expect(form).toEqual({
      type: 'passport',
      label: 'Passport',
      redacted: false,
      notes: 'old note',
    });
    const edited = ProofForm.parse({
      ...form,
      label: '  Passport (hidden number) ',
      redacted: true,
      notes: '',
    });
    const next = applyOp(
      kase,
      { op: 'updateProof', id: 'pf1', patch: proofFormToPatch(edited) },
      { now: new Date('2026-03-04T10:00:00.000Z'), newId: () => 'y' },
    );
    expect(next.proofs[0]).toMatchObject({
      label: 'Passport (hidden number)',
      redacted: true,
      notes: '',
      fileId: 'f1',
      fileName: 'p.pdf',
      sentWith: ['r1'],
      createdAt: T0,
      updatedAt: '2026-03-04T10:00:00.000Z',
    });
  });

  it('refuses an empty or too long name, too long notes, an unknown kind', () => {
    const ok = { type: 'passport', label: 'A', redacted: false, notes: '' };
    expect(ProofForm.safeParse(ok).success).toBe(true);
    expect(ProofForm.safeParse({ ...ok, label: '   ' }).error?.issues[0]?.message).toBe(
      'cw.err.required',
    );
    expect(ProofForm.safeParse({ ...ok, label: 'a'.repeat(201) }).error?.issues[0]?.message).toBe(
      'cw.err.tooLong',
    );
    expect(ProofForm.safeParse({ ...ok, notes: 'n'.repeat(2001) }).success).toBe(false);
    expect(ProofForm.safeParse({ ...ok, type: 'selfie-with-abuser' }).success).toBe(false);
  });
});

describe('note form', () => {
  it('trims the text and refuses an empty or oversized note', () => {
    expect(NoteForm.parse({ text: '  Called the school \n' })).toEqual({
      text: 'Called the school',
    });
    expect(NoteForm.safeParse({ text: ' \n\t ' }).error?.issues[0]?.message).toBe(
      'cw.err.required',
    );
    expect(NoteForm.safeParse({ text: 'x'.repeat(10001) }).error?.issues[0]?.message).toBe(
      'cw.err.tooLong',
    );
  });

  it('an edited note keeps its date; deleting it leaves a line without its words', () => {
    const ctx = { now: new Date('2026-03-05T09:00:00.000Z'), newId: () => 'chg1' };
    const noted = applyOp(
      blank,
      { op: 'addNote', id: 'n1', text: 'first words' },
      {
        now: new Date(T0),
        newId: () => 'z',
      },
    );
    const edited = applyOp(
      noted,
      { op: 'updateNote', id: 'n1', ...NoteForm.parse({ text: ' second ' }) },
      ctx,
    );
    expect(edited.notes[0]).toMatchObject({ text: 'second', createdAt: T0 });
    const gone = applyOp(edited, { op: 'removeNote', id: 'n1' }, ctx);
    expect(gone.notes).toEqual([]);
    expect(gone.changes).toEqual([
      {
        id: 'chg1',
        at: '2026-03-05T09:00:00.000Z',
        kind: 'item-deleted',
        item: 'note',
        addedAt: T0,
      },
    ]);
    expect(JSON.stringify(gone)).not.toContain('second');
  });
});
