import { describe, expect, it } from 'vitest';
import { changeText } from '@/lib/case/change-text';
import { profileChanges } from '@/lib/case/changes';
import {
  DetailsForm,
  emptyDetailsForm,
  formToProfile,
  profileToForm,
} from '@/lib/case/details-form';
import { Case } from '@/lib/case/model';
import { applyOp, CaseOp, CaseOpError } from '@/lib/case/ops';
import {
  formToSextortion,
  maskSecret,
  SextortionForm,
  sextortionToForm,
} from '@/lib/case/sextortion-form';
import { timeline } from '@/lib/case/timeline';
import { translator } from '@/lib/i18n';

const T0 = '2026-11-20T08:00:00.000Z';
const NOW = new Date('2026-11-24T10:00:00.000Z');
const AT = NOW.toISOString();

function ctx(ids: string[] = ['x1', 'x2', 'x3']) {
  const queue = [...ids];
  return { now: NOW, newId: () => queue.shift() ?? 'spare' };
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
      author: { handle: '@someone' },
    },
  ],
  reports: [
    {
      id: 'r1',
      createdAt: T0,
      updatedAt: T0,
      provenance: { source: 'manual' },
      channel: 'hotline',
      targetName: 'Point de Contact',
      status: 'sent',
      sentAt: T0,
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
    },
  ],
  notes: [
    { id: 'n1', createdAt: T0, updatedAt: T0, provenance: { source: 'manual' }, text: 'secret' },
  ],
});

const record = {
  threatener: { platform: 'instagram', handle: '@blackmailer' },
  contactStartedOn: 'A game chat',
  demands: ['money' as const, 'more-images' as const],
  paymentDetails: [{ id: 'pay1', kind: 'gift-card' as const, value: 'GIFT-1234-ABCD' }],
  threats: [{ id: 'th1', at: '2026-11-21T20:15:00.000Z', text: 'Pay or I send it to your school' }],
  alreadyShared: 'unknown' as const,
};

describe('setProfile keeps one change-log entry per save', () => {
  it('records "country FR → BE" and nothing else when only the country changes', () => {
    const next = applyOp(
      base,
      { op: 'setProfile', profile: { ...base.profile, country: 'BE' } },
      ctx(),
    );
    expect(next.profile.country).toBe('BE');
    expect(next.changes).toEqual([
      {
        id: 'x1',
        at: AT,
        kind: 'details-changed',
        fields: [{ field: 'country', from: 'FR', to: 'BE' }],
      },
    ]);
    const line = timeline(next).find((e) => e.kind === 'details-changed');
    expect(changeText(translator('en'), line as never, (iso) => iso)).toBe(
      'Details changed: country FR → BE',
    );
  });

  it('names a changed contact field without copying its value into the log', () => {
    const next = applyOp(
      base,
      {
        op: 'setProfile',
        profile: { ...base.profile, title: 'Family B', contact: { email: 'a@example.org' } },
      },
      ctx(),
    );
    expect(next.changes[0]).toMatchObject({
      fields: [{ field: 'title', from: 'Sam', to: 'Family B' }, { field: 'contact.email' }],
    });
    expect(JSON.stringify(next.changes)).not.toContain('a@example.org');
  });

  it('a save that changes nothing returns the same case and logs nothing', () => {
    expect(applyOp(base, { op: 'setProfile', profile: { ...base.profile } }, ctx())).toBe(base);
  });
});

describe('deleting an item leaves a timeline line', () => {
  it('a report to X was deleted', () => {
    const next = applyOp(base, { op: 'removeReport', id: 'r1' }, ctx());
    expect(next.reports).toEqual([]);
    expect(next.changes).toEqual([
      {
        id: 'x1',
        at: AT,
        kind: 'item-deleted',
        item: 'report',
        label: 'Point de Contact',
        addedAt: T0,
      },
    ]);
    const line = timeline(next).find((e) => e.kind === 'item-deleted');
    expect(changeText(translator('en'), line as never, () => '20 Nov')).toBe(
      'A report to Point de Contact was deleted. It had been added on 20 Nov.',
    );
  });

  it('evidence, proof and note deletions are logged; a note keeps no text', () => {
    let next = applyOp(base, { op: 'removeEvidence', id: 'e1' }, ctx(['a']));
    next = applyOp(next, { op: 'removeProof', id: 'p1' }, ctx(['b']));
    next = applyOp(next, { op: 'removeNote', id: 'n1' }, ctx(['c']));
    expect(next.changes.map((c) => (c.kind === 'item-deleted' ? [c.item, c.label] : []))).toEqual([
      ['evidence', 'instagram · @someone · https://www.instagram.com/someone/'],
      ['proof', 'Passport'],
      ['note', undefined],
    ]);
    expect(JSON.stringify(next)).not.toContain('secret');
  });

  it('removing something missing fails and logs nothing', () => {
    expect(() => applyOp(base, { op: 'removeEvidence', id: 'nope' }, ctx())).toThrow(CaseOpError);
  });
});

describe('sextortion record', () => {
  it('is set, shown as threats in the timeline, and cleared', () => {
    const next = applyOp(base, { op: 'setSextortion', record }, ctx());
    expect(next.sextortion?.paymentDetails[0]?.value).toBe('GIFT-1234-ABCD');
    const kinds = timeline(next).map((e) => e.kind);
    expect(kinds).toContain('threat');
    expect(kinds).toContain('sextortion-updated');
    const cleared = applyOp(next, { op: 'setSextortion', record: null }, ctx(['y']));
    expect(cleared.sextortion).toBeUndefined();
  });

  it('refuses a profile address that is not a web address and image-like fields', () => {
    const bad = { ...record, threatener: { profileUrl: 'javascript:alert(1)' } };
    expect(CaseOp.safeParse({ op: 'setSextortion', record: bad }).success).toBe(false);
    const extra = { ...record, screenshot: 'data:image/png;base64,AAAA' };
    expect(CaseOp.safeParse({ op: 'setSextortion', record: extra }).success).toBe(false);
  });

  it('form round trip: a record read into the form and back is the same', () => {
    const stored = Case.shape.sextortion.parse(record);
    const values = sextortionToForm(stored);
    expect(SextortionForm.parse(values)).toEqual(values);
    expect(formToSextortion(values)).toEqual(stored);
  });

  it('form refuses control and bidi characters and an empty payment value', () => {
    const values = sextortionToForm(Case.shape.sextortion.parse(record));
    const hostile = {
      ...values,
      handle: 'evil\u202Eeman',
      contactStartedOn: 'x\u0007',
      payments: [{ id: 'p', kind: 'bank' as const, value: '  ', note: '' }],
    };
    const result = SextortionForm.safeParse(hostile);
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'handle:case.err.bidi',
        'contactStartedOn:case.err.control',
        'payments.0.value:case.err.required',
      ]),
    );
  });
});

describe('hash-service receipts', () => {
  it('are added, updated and removed (the removal leaves a line, not the number)', () => {
    let next = applyOp(
      base,
      {
        op: 'addHashReceipt',
        id: 'h1',
        fields: { service: 'stopncii', caseNumber: 'SN-998877', pin: '4321' },
      },
      ctx(),
    );
    expect(next.hashReceipts).toEqual([
      { id: 'h1', service: 'stopncii', caseNumber: 'SN-998877', pin: '4321', createdAt: AT },
    ]);
    next = applyOp(
      next,
      { op: 'updateHashReceipt', id: 'h1', fields: { service: 'stopncii', caseNumber: 'SN-11' } },
      ctx(),
    );
    expect(next.hashReceipts[0]?.caseNumber).toBe('SN-11');
    next = applyOp(next, { op: 'removeHashReceipt', id: 'h1' }, ctx(['z']));
    expect(next.hashReceipts).toEqual([]);
    expect(JSON.stringify(next.changes)).not.toContain('SN-11');
    expect(timeline(next).filter((e) => e.kind === 'item-deleted')).toHaveLength(1);
  });

  it('refuses a taken id and oversized numbers', () => {
    expect(() =>
      applyOp(
        base,
        { op: 'addHashReceipt', id: 'e1', fields: { service: 'other', caseNumber: '1' } },
        ctx(),
      ),
    ).toThrow(CaseOpError);
    expect(
      CaseOp.safeParse({
        op: 'addHashReceipt',
        fields: { service: 'other', caseNumber: 'x'.repeat(201) },
      }).success,
    ).toBe(false);
  });

  it('masks all but the last two characters', () => {
    expect(maskSecret('SN-998877')).toBe('•••••••77');
    expect(maskSecret('12')).toBe('••');
    expect(maskSecret('')).toBe('');
  });
});

describe('details form', () => {
  it('a new case starts blank: no title, no role, no ZZ country', () => {
    const blank = emptyDetailsForm(undefined, 'fr');
    expect(blank.country).toBe('');
    expect(emptyDetailsForm('ZZZ', 'en').country).toBe('');
    const result = DetailsForm.safeParse(blank);
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(
      expect.arrayContaining(['title', 'role', 'ageAtTime', 'country']),
    );
  });

  it('round-trips a profile with contact and victim name', () => {
    const profile = {
      ...base.profile,
      contact: {
        name: 'Ana',
        email: 'ana@example.org',
        phone: '+33 1 23',
        address: '1 rue\nParis',
      },
      victimName: 'Léa',
    };
    const values = profileToForm(profile);
    expect(DetailsForm.parse(values)).toEqual(values);
    expect(formToProfile(values)).toEqual(profile);
  });

  it('refuses hostile input with a message per field', () => {
    const values = {
      ...profileToForm(base.profile),
      title: 'a\u0000b',
      name: 'Ana\u2066x',
      email: 'not an email',
      phone: 'call me',
      address: 'x'.repeat(501),
      languages: [],
    };
    const issues = DetailsForm.safeParse(values).error?.issues.map(
      (i) => `${String(i.path[0])}:${i.message}`,
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        'title:case.err.control',
        'name:case.err.bidi',
        'email:case.err.email',
        'phone:case.err.phone',
        'address:case.err.tooLong',
        'languages:case.err.languages',
      ]),
    );
  });

  it('profileChanges lists every shown field in order', () => {
    const after = {
      ...base.profile,
      role: 'advocate' as const,
      languages: ['fr', 'en'] as ('fr' | 'en')[],
    };
    expect(profileChanges(base.profile, after)).toEqual([
      { field: 'role', from: 'parent', to: 'advocate' },
      { field: 'languages', from: 'fr', to: 'fr, en' },
    ]);
  });
});

describe('case file sections', () => {
  it('prints the sextortion record as text and receipts masked', async () => {
    const { receiptsSection, sextortionSection } = await import('@/lib/casefile/sextortion');
    let kase = applyOp(base, { op: 'setSextortion', record }, ctx());
    kase = applyOp(
      kase,
      {
        op: 'addHashReceipt',
        fields: { service: 'take-it-down', caseNumber: 'TID-0042-7788', pin: '9911' },
      },
      ctx(['h9']),
    );
    const tr = translator('en');
    const section = sextortionSection(kase, tr, (iso) => ({ local: iso, utc: iso }));
    expect(section?.lines).toContain('Who threatens: instagram · @blackmailer');
    expect(section?.lines).toContain('Demands: Money, More images');
    expect(section?.payments).toEqual(['Gift card — GIFT-1234-ABCD']);
    expect(section?.threats[0]?.text).toBe('Pay or I send it to your school');
    const receipts = receiptsSection(kase, tr, false);
    expect(receipts?.lines).toEqual(['Take It Down: case number ending •••••••••7788']);
    expect(JSON.stringify(receipts)).not.toContain('9911');
    expect(receiptsSection(kase, tr, true)).toBeNull();
    expect(sextortionSection(base, tr, (iso) => ({ local: iso, utc: iso }))).toBeNull();
  });
});
