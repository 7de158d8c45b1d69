import { describe, expect, it } from 'vitest';
import { buildCaseFile, type CaseFileOptions, DEFAULT_OPTIONS } from '@/lib/casefile/layout';
import { redactCase } from '@/lib/casefile/redact';
import { inRange, selectContent } from '@/lib/casefile/select';
import { fixedCase, NOW } from './fixture';

const PARIS = 'Europe/Paris';
const HASH = 'a'.repeat(64);
const options = (over: Partial<CaseFileOptions> = {}): CaseFileOptions => ({
  ...DEFAULT_OPTIONS,
  lang: 'en',
  ...over,
});

describe('selectContent', () => {
  it('keeps everything for the whole case', () => {
    expect(selectContent(fixedCase, { kind: 'all' }, PARIS)).toBe(fixedCase);
  });

  it('compares days in the user’s time zone, both ends included', () => {
    const scope = { kind: 'range', from: '2026-03-03', to: '2026-03-04' } as const;
    // 23:30 UTC on the 2nd is 00:30 on the 3rd in Paris.
    expect(inRange('2026-03-02T23:30:00.000Z', scope, PARIS)).toBe(true);
    expect(inRange('2026-03-02T23:30:00.000Z', scope, 'UTC')).toBe(false);
    expect(inRange('2026-03-04T22:59:00.000Z', scope, PARIS)).toBe(true);
    expect(inRange('2026-03-04T23:00:00.000Z', scope, PARIS)).toBe(false);
    expect(inRange(undefined, scope, PARIS)).toBe(false);
    expect(inRange('2020-01-01T00:00:00.000Z', { kind: 'range', to: '2026-03-04' }, PARIS)).toBe(
      true,
    );
  });

  it('keeps, for a date range, what happened in it', () => {
    const part = selectContent(
      fixedCase,
      { kind: 'range', from: '2026-03-03', to: '2026-03-04' },
      PARIS,
    );
    // ev-1 was re-checked on the 4th; ev-2 was captured on the 2nd, ev-3 added on the 5th.
    expect(part.evidence.map((e) => e.id)).toEqual(['ev-1']);
    // rp-1 was refused on the 3rd, rp-2 sent on the 3rd.
    expect(part.reports.map((r) => r.id)).toEqual(['rp-1', 'rp-2']);
    expect(part.notes.map((n) => n.id)).toEqual(['nt-1']);
    expect(part.proofs.map((p) => p.id)).toEqual(['pf-1', 'pf-2']);
  });

  it('keeps, for chosen evidence, the reports citing it and only the chosen citations', () => {
    const part = selectContent(fixedCase, { kind: 'selected', evidenceIds: ['ev-2'] }, PARIS);
    expect(part.evidence.map((e) => e.id)).toEqual(['ev-2']);
    expect(part.reports.map((r) => [r.id, r.evidenceIds])).toEqual([['rp-1', ['ev-2']]]);
    expect(part.notes).toEqual([]);
    expect(fixedCase.reports[0]?.evidenceIds).toEqual(['ev-1', 'ev-2']);
  });
});

describe('redactCase', () => {
  const red = redactCase(fixedCase, '[hidden]');

  it('removes the names and contact details from the profile', () => {
    expect(red.profile.victimName).toBeUndefined();
    expect(red.profile.contact).toEqual({});
    expect(red.profile.title).toBe('Photos of [hidden] shared on X');
  });

  it('hides them wherever they were typed, whole words only, phone in any format', () => {
    expect(red.evidence[0]?.text).toBe('DM me for more of [hidden], call [hidden]');
    expect(red.notes[0]?.text).toBe('[hidden] told her teacher. Call [hidden] on [hidden].');
    expect(red.proofs[0]?.label).toBe('Passport of [hidden]');
    expect(red.proofs[0]?.fileName).toBe('[hidden]-[hidden]-passport.jpg');
  });

  it('leaves the evidence of the abuse as it is', () => {
    expect(red.evidence.map((e) => [e.url, e.author, e.media])).toEqual(
      fixedCase.evidence.map((e) => [e.url, e.author, e.media]),
    );
    expect(red.reports.map((r) => [r.reference, r.targetName])).toEqual(
      fixedCase.reports.map((r) => [r.reference, r.targetName]),
    );
    // The stored case is not changed.
    expect(fixedCase.profile.victimName).toBe('Emma Martin');
  });

  it('does not touch words that merely contain a name', () => {
    const kase = {
      ...fixedCase,
      notes: [{ ...fixedCase.notes[0]!, text: 'Emmanuel and Martine are unrelated.' }],
    };
    expect(redactCase(kase, '[hidden]').notes[0]?.text).toBe('Emmanuel and Martine are unrelated.');
  });
});

describe('buildCaseFile', () => {
  it('prints no name, email or phone with redaction on (the default)', () => {
    const model = buildCaseFile(fixedCase, options(), { now: NOW, timeZone: PARIS, hash: HASH });
    const text = JSON.stringify(model);
    for (const secret of ['Emma', 'Claire', 'claire@example.org', '12 34 56 78']) {
      expect(text).not.toContain(secret);
    }
    expect(model.cover.note).toBe('Names and contact details are hidden in this copy.');
    expect(model.cover.lines[0]).toBe('Prepared by a parent or guardian');
  });

  it('prints them when the user turns redaction off', () => {
    const model = buildCaseFile(fixedCase, options({ redact: false }), {
      now: NOW,
      timeZone: PARIS,
      hash: HASH,
    });
    expect(model.cover.lines).toContain('Prepared by Claire Martin (a parent or guardian)');
    expect(model.cover.lines).toContain('Name of the person concerned: Emma Martin');
    expect(model.cover.lines).toContain('Contact: claire@example.org · +33 6 12 34 56 78');
    expect(model.cover.note).toBeNull();
  });

  it('shows every moment in the user’s zone and in UTC', () => {
    const model = buildCaseFile(fixedCase, options(), { now: NOW, timeZone: PARIS, hash: HASH });
    const sent = model.timeline.rows.find((r) => r.text.startsWith('Reported to X'));
    expect(sent).toEqual({
      at: '2026-03-02T10:00:00.000Z',
      local: '2 Mar 2026, 11:00',
      utc: '2026-03-02 10:00 UTC',
      text: 'Reported to X (platform form), reference X-CSE-448812',
    });
    expect(model.timeline.columns[0]).toBe('Date and time (Europe/Paris)');
    expect(model.reports.rows[0]?.sentAt).toEqual({
      local: '2 Mar 2026, 11:00',
      utc: '2026-03-02 10:00 UTC',
    });
  });

  it('lists every capture, report, answer and status change in the timeline', () => {
    const model = buildCaseFile(fixedCase, options(), { now: NOW, timeZone: PARIS, hash: HASH });
    expect(model.timeline.rows.map((r) => r.text)).toEqual([
      'Case opened: “Photos of [hidden] shared on X”',
      'Captured with Beacon: post on X — #1 https://x.com/seller01/status/1890000000000000001',
      'Captured with Beacon: post on X — #2 https://x.com/seller01/status/1890000000000000002',
      'Document added: Passport — Passport of [hidden]',
      'Document added: Birth certificate — Birth certificate',
      'Reported to X (platform form), reference X-CSE-448812',
      'Reported to PHAROS (police), reference PH-2026-0042',
      'Answer from X: “We reviewed the post and found no violation.”',
      'Report to X: refused',
      'Note: [hidden] told her teacher. Call [hidden] on [hidden].',
      'Checked #1 https://x.com/seller01/status/1890000000000000001: removed',
      'Added by hand: post on Instagram — #3 https://www.instagram.com/p/Cabc123/',
    ]);
  });

  it('writes media addresses as text and keeps item numbers across a selection', () => {
    const all = buildCaseFile(fixedCase, options(), { now: NOW, timeZone: PARIS, hash: HASH });
    expect(all.evidence.rows[0]?.media).toEqual(['image: https://pbs.twimg.com/media/AAA111.jpg']);
    expect(all.evidence.rows[0]?.status).toBe('removed');
    expect(all.evidence.rows[0]?.checked).toBe('checked 4 Mar 2026, 10:00');
    expect(all.evidence.rows[1]?.checked).toBe('not re-checked');
    expect(all.reports.rows.map((r) => [r.where, r.reference, r.about])).toEqual([
      ['X', 'X-CSE-448812', 'About #1, #2'],
      ['PHAROS', 'PH-2026-0042', 'About #1'],
    ]);
    const some = buildCaseFile(
      fixedCase,
      options({ scope: { kind: 'selected', evidenceIds: ['ev-3'] } }),
      { now: NOW, timeZone: PARIS, hash: HASH },
    );
    expect(some.evidence.rows.map((r) => r.n)).toEqual([3]);
    expect(some.reports.rows).toEqual([]);
    expect(some.cover.scope).toBe(
      'This file covers 1 chosen evidence item and the reports about it.',
    );
  });

  it('prints identity document images only when asked, and only images', () => {
    const off = buildCaseFile(fixedCase, options(), { now: NOW, timeZone: PARIS, hash: HASH });
    expect(off.proofs.rows.map((p) => p.printImage)).toEqual([false, false]);
    const on = buildCaseFile(fixedCase, options({ proofImages: true }), {
      now: NOW,
      timeZone: PARIS,
      hash: HASH,
    });
    expect(on.proofs.rows.map((p) => [p.printImage, p.file])).toEqual([
      [true, 'image printed below'],
      [false, 'file attached, not printed'],
    ]);
    expect(on.proofs.rows[0]?.sentTo).toEqual(['PHAROS, 3 Mar 2026, 09:00']);
    expect(on.proofs.rows[1]?.sentTo).toEqual([]);
  });

  it('writes the document in the chosen language and carries the hash', () => {
    const fr = buildCaseFile(fixedCase, options({ lang: 'fr' }), {
      now: NOW,
      timeZone: PARIS,
      hash: HASH,
    });
    expect(fr.docTitle).toBe('Dossier');
    expect(fr.evidence.heading).toBe('Éléments de preuve');
    expect(fr.integrity.hash).toBe(HASH);
    expect(fr.cover.lines).toContain('Pays : France');
  });
});
