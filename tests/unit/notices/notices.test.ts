import { describe, expect, it } from 'vitest';
import { Case, type CaseInput } from '@/lib/case/model';
import { byId } from '@/lib/directory';
import { buildNotice, NOTICE_IDS, type NoticeContext, noticeElements } from '@/lib/notices';

const NOW = new Date('2026-03-05T12:00:00Z');
const meta = (id: string, at: string) => ({
  id,
  createdAt: at,
  updatedAt: at,
  provenance: { source: 'capture' as const },
});

function sampleCase(over: Partial<CaseInput['profile']> = {}): Case {
  return Case.parse({
    id: 'case1',
    createdAt: '2026-03-01T09:00:00Z',
    updatedAt: '2026-03-01T09:00:00Z',
    profile: {
      title: 'Case',
      role: 'parent',
      ageAtTime: 'minor',
      country: 'US',
      languages: ['en'],
      contact: { name: 'Dana Example', email: 'dana@example.org', phone: '+1 555 0100' },
      victimName: 'Sam Example',
      ...over,
    },
    evidence: [
      {
        ...meta('ev1', '2026-03-01T09:10:00Z'),
        kind: 'post',
        platform: 'x',
        url: 'https://x.com/seller/status/1800000000000000001',
        postId: '1800000000000000001',
        author: { handle: '@seller', profileUrl: 'https://x.com/seller' },
        postedAt: '2026-02-28T20:00:00Z',
        capturedAt: '2026-03-01T09:10:00Z',
        media: [{ kind: 'image', address: 'https://pbs.twimg.com/media/ABC.jpg' }],
      },
      {
        ...meta('ev2', '2026-03-01T09:12:00Z'),
        kind: 'post',
        platform: 'x',
        url: 'https://x.com/seller/status/1800000000000000002',
        author: { handle: '@seller', profileUrl: 'https://x.com/seller' },
        capturedAt: '2026-03-01T09:12:00Z',
      },
    ],
    reports: [
      {
        ...meta('rep1', '2026-03-01T10:00:00Z'),
        channel: 'platform-form',
        platform: 'x',
        target: 'x-cse-form',
        targetName: 'X — child sexual exploitation form',
        sentAt: '2026-03-01T10:00:00Z',
        reference: 'CSE-4411',
        status: 'refused',
        answeredAt: '2026-03-02T08:00:00Z',
      },
    ],
  });
}

const ctx = (over: Partial<NoticeContext> = {}): NoticeContext => ({
  kase: sampleCase(),
  now: NOW,
  platform: 'x',
  ...over,
});

describe('every notice', () => {
  it.each(NOTICE_IDS)('%s: lists the post addresses, never a media address', (id) => {
    const r = buildNotice(
      id,
      ctx({ extra: { workDescription: 'A photo I took of myself' } }),
      'en',
    );
    expect(r.text).toContain('https://x.com/seller/status/1800000000000000001');
    expect(r.text).toContain('https://x.com/seller/status/1800000000000000002');
    expect(r.text).not.toContain('pbs.twimg.com');
    expect(r.missing).toEqual([]);
    expect(r.text).not.toMatch(/MISSING|\[missing/);
  });

  // The hashtag/account request needs the hashtag or account instead (after-refusal.test.ts).
  it.each(NOTICE_IDS.filter((id) => id !== 'hashtag-account'))(
    '%s: flags a missing location in the text',
    (id) => {
      const r = buildNotice(id, ctx({ evidence: [], extra: { workDescription: 'x' } }), 'en');
      expect(r.missing).toContain('location');
      expect(
        r.text.startsWith('MISSING before sending: Where the content is (exact addresses)'),
      ).toBe(true);
      expect(r.text).toContain('[missing: Where the content is (exact addresses)]');
    },
  );

  it.each(NOTICE_IDS)('%s: never names the victim except in the police letter', (id) => {
    const r = buildNotice(id, ctx({ extra: { workDescription: 'x' } }), 'en');
    if (id === 'police-letter') expect(r.text).toContain('Sam Example');
    else expect(r.text).not.toContain('Sam Example');
  });
});

describe('TAKE IT DOWN Act request', () => {
  it('has the four elements of 47 U.S.C. 223a', () => {
    expect(
      noticeElements('take-it-down-act', ctx())
        .filter((e) => e.required)
        .map((e) => e.id),
    ).toEqual([
      'signature',
      'location',
      'good-faith',
      'contact',
      'authority', // a parent signs for the person depicted
    ]);
    const r = buildNotice('take-it-down-act', ctx(), 'en');
    expect(r.text).toContain('within 48 hours');
    expect(r.text).toContain('/s/ Dana Example');
    expect(r.text).toContain('dana@example.org');
    expect(r.text).toContain('authorized to act');
    expect(r.text).not.toMatch(/perjury/i); // the Act requires none
  });

  it('the person depicted signs for themselves: no authority statement needed', () => {
    const r = buildNotice('take-it-down-act', ctx({ kase: sampleCase({ role: 'victim' }) }), 'en');
    expect(r.missing).toEqual([]);
    expect(r.text).not.toContain('authorized to act');
  });

  it('flags a missing signature and contact', () => {
    const r = buildNotice('take-it-down-act', ctx({ kase: sampleCase({ contact: {} }) }), 'en');
    expect(r.missing).toEqual(['signature', 'contact']);
    expect(r.text).toContain(
      'MISSING before sending: Signature (your full name); Contact information.',
    );
    expect(r.text).toContain('/s/ [missing: Signature (your full name)]');
  });

  it('is written in English only: French falls back and says so', () => {
    const r = buildNotice('take-it-down-act', ctx(), 'fr');
    expect(r.fellBackTo).toBe('en');
    expect(r.text).toContain('TAKE IT DOWN Act');
  });
});

describe('DSA Article 16 notice', () => {
  it('allows an anonymous notice for child sexual abuse (Directive 2011/93/EU Art. 3-7)', () => {
    const kase = sampleCase({ contact: {}, country: 'FR' });
    const r = buildNotice('dsa-article-16', ctx({ kase }), 'en');
    expect(r.missing).toEqual([]);
    expect(r.text).toContain('Articles 3 to 7 of Directive 2011/93/EU');
    expect(r.text).toContain('does not require them');
  });

  it('requires the notifier’s name and email for an adult', () => {
    const kase = sampleCase({ contact: {}, ageAtTime: 'adult', country: 'DE' });
    const r = buildNotice('dsa-article-16', ctx({ kase }), 'en');
    expect(r.missing).toEqual(['notifier']);
  });

  it('contains (a)–(d) and is written in French', () => {
    const r = buildNotice('dsa-article-16', ctx(), 'fr');
    expect(r.fellBackTo).toBeUndefined();
    for (const part of ['(a)', '(b)', '(c)', '(d)']) expect(r.text).toContain(part);
    expect(r.text).toContain('Dana Example <dana@example.org>');
    expect(r.text).toContain('bonne foi');
  });
});

describe('DMCA 512(c)(3) notice', () => {
  it('warns that the uploader may see it', () => {
    const r = buildNotice('dmca-512', ctx(), 'en');
    expect(r.warnings[0]).toMatch(/forward.*to the person who posted/);
    expect(buildNotice('dmca-512', ctx(), 'fr').warnings[0]).toMatch(/transmettent souvent/);
  });

  it('needs the copyrighted work, which only the user can describe', () => {
    const r = buildNotice('dmca-512', ctx(), 'en');
    expect(r.missing).toEqual(['work']);
    expect(r.text).toContain('under penalty of perjury');
  });
});

describe('platform child-safety report', () => {
  it('cites the US provider duty and the earlier report with its reference', () => {
    const r = buildNotice('platform-child-safety', ctx(), 'en');
    expect(r.text).toContain('18 U.S.C. 2258A');
    expect(r.text).toContain(
      '2026-03-01 — X (X — child sexual exploitation form), ref. CSE-4411: refused 2026-03-02',
    );
  });

  it('gives a mailto where email is the channel (Telegram), with no US duty claim', () => {
    const r = buildNotice(
      'platform-child-safety',
      ctx({
        platform: 'telegram',
        target: byId('telegram-stopca-email'),
        evidence: sampleCase().evidence,
      }),
      'en',
    );
    expect(r.mailto?.startsWith('mailto:stopCA@telegram.org?subject=')).toBe(true);
    expect(decodeURIComponent(r.mailto!.split('&body=')[1]!)).toBe(r.text);
    expect(r.text).not.toContain('2258A');
  });

  it('has no mailto for a web form', () => {
    expect(
      buildNotice('platform-child-safety', ctx({ target: byId('x-cse-form') }), 'en').mailto,
    ).toBeUndefined();
  });
});

describe('snapshots for the sample case', () => {
  const langs = ['en', 'fr'] as const;
  for (const id of NOTICE_IDS) {
    for (const lang of langs) {
      it(`${id} (${lang})`, () => {
        const r = buildNotice(
          id,
          ctx({ extra: { workDescription: 'A photo I took of myself' } }),
          lang,
        );
        expect(`${r.subject}\n\n${r.text}`).toMatchSnapshot();
      });
    }
  }
});
