import { describe, expect, it } from 'vitest';
import { Case, type CaseInput } from '@/lib/case/model';
import { applyOp, CaseOp } from '@/lib/case/ops';
import { nextSteps, renderReason } from '@/lib/escalation';
import { LANGS } from '@/lib/i18n';
import { buildNotice, NOTICE_IDS, type NoticeContext } from '@/lib/notices';
import { missingIn, prepareNotice } from '@/lib/notices/prepare';

// A minor's case in the US: a passport recorded and sent with a report to X that X refused
// ("no violation"), a hashtag page captured beside the posts, and a sextortion record.

const NOW = new Date('2026-03-05T12:00:00Z');
const meta = (id: string, at: string) => ({
  id,
  createdAt: at,
  updatedAt: at,
  provenance: { source: 'manual' as const },
});

function refusedCase(
  over: Partial<CaseInput['profile']> = {},
  extra: Partial<CaseInput> = {},
): Case {
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
      contact: { name: 'Dana Example', email: 'dana@example.org' },
      ...over,
    },
    evidence: [
      {
        ...meta('ev1', '2026-03-01T09:10:00Z'),
        kind: 'post',
        platform: 'x',
        url: 'https://x.com/seller/status/1800000000000000001',
        author: { handle: '@seller', profileUrl: 'https://x.com/seller' },
        capturedAt: '2026-03-01T09:10:00Z',
      },
      {
        ...meta('ev2', '2026-03-01T09:20:00Z'),
        kind: 'search',
        platform: 'x',
        url: 'https://x.com/hashtag/tradetag',
        subject: '#tradetag',
        capturedAt: '2026-03-01T09:20:00Z',
      },
    ],
    proofs: [
      {
        ...meta('pf1', '2026-03-01T09:30:00Z'),
        type: 'passport',
        label: 'Passport of Sam, number P1234567',
        sentWith: ['rep1'],
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
        answer: 'We found no violation of our rules.',
        answeredAt: '2026-03-03T08:00:00Z',
        refusalReason: 'proof-ignored',
      },
    ],
    ...extra,
  });
}

const ctx = (kase: Case, over: Partial<NoticeContext> = {}): NoticeContext => ({
  kase,
  now: NOW,
  platform: 'x',
  ...over,
});

const PROOF = {
  en: ['A passport: sent to X on 2026-03-01 (ref. CSE-4411); available on request.'],
  fr: ['Un passeport : envoyé à X le 2026-03-01 (réf. CSE-4411) ; disponible sur demande.'],
  es: ['Un pasaporte: enviado a X el 2026-03-01 (ref. CSE-4411); disponible si lo piden.'],
} as const;

describe('every notice in en, fr and es', () => {
  const US_LAW = new Set(['take-it-down-act', 'dmca-512']);
  for (const id of NOTICE_IDS) {
    for (const lang of LANGS) {
      it(`${id} (${lang})`, () => {
        const r = buildNotice(
          id,
          ctx(refusedCase(), { extra: { workDescription: 'A photo I took of myself' } }),
          lang,
        );
        if (US_LAW.has(id) && lang !== 'en') {
          // Sent in English; the reader's version is in the asked language.
          expect(r.fellBackTo).toBe('en');
          expect(r.readerText).toBeDefined();
          expect(r.readerText).not.toBe(r.text);
        } else {
          expect(r.fellBackTo).toBeUndefined();
          expect(r.readerText).toBeUndefined();
        }
        expect(r.text).not.toMatch(/\{\w+\}/); // no unfilled placeholder
        expect(
          `${r.subject}\n\n${r.text}${r.readerText ? `\n---\n${r.readerText}` : ''}`,
        ).toMatchSnapshot();
      });
    }
  }

  it('the TAKE IT DOWN reader’s version in Spanish says what the English text says', () => {
    const r = buildNotice('take-it-down-act', ctx(refusedCase()), 'es');
    expect(r.text).toContain('within 48 hours');
    expect(r.readerText).toContain('en las 48 horas siguientes');
    expect(r.readerText).toContain('https://x.com/seller/status/1800000000000000001');
    expect(r.readerText).toContain('/s/ Dana Example');
  });
});

describe('proof of age', () => {
  it.each(LANGS)(
    '(%s) the platform, appeal, hotline and police texts each name the proof and when it was sent',
    (lang) => {
      const kase = refusedCase();
      for (const id of [
        'platform-child-safety',
        'platform-appeal',
        'hotline-summary',
        'police-letter',
      ] as const) {
        const r = buildNotice(id, ctx(kase, { earlierReport: kase.reports[0] }), lang);
        expect(r.text, id).toContain(`- ${PROOF[lang][0]}`);
      }
    },
  );

  it('never prints the proof’s label, file or number', () => {
    const kase = refusedCase();
    for (const id of NOTICE_IDS) {
      for (const lang of LANGS) {
        const r = buildNotice(id, ctx(kase, { extra: { workDescription: 'x' } }), lang);
        expect(r.text).not.toContain('P1234567');
        expect(r.readerText ?? '').not.toContain('P1234567');
      }
    }
  });

  it('a proof not sent yet is still named as available on request', () => {
    const kase = refusedCase();
    const unsent = { ...kase, proofs: [{ ...kase.proofs[0]!, sentWith: [] }] };
    const r = buildNotice('police-letter', ctx(unsent), 'en');
    expect(r.text).toContain('- A passport: not sent yet; available on request.');
  });
});

describe('the appeal after a refusal', () => {
  it('a refused report with a proof gives an appeal step with the appeal notice', () => {
    const kase = refusedCase();
    const steps = nextSteps(
      kase,
      { lang: 'en', autoLockMinutes: 15, discreet: false, followUpHours: 48 },
      NOW,
    );
    const appeal = steps.find((s) => s.kind === 'platform-appeal');
    expect(appeal?.notice).toBe('platform-appeal');
    expect(appeal?.prefill?.citesReportId).toBe('rep1');
    const notice = prepareNotice(appeal!, kase, 'en', NOW)!;
    expect(notice.text).toContain('I reported the content below on 2026-03-01 (ref. CSE-4411)');
    expect(notice.text).toContain('On 2026-03-03 you answered that you would not remove it.');
    expect(notice.text).toContain('Your answer: “We found no violation of our rules.”');
    expect(notice.text).toContain('- A passport: sent to X on 2026-03-01 (ref. CSE-4411)');
    expect(notice.text).toContain('18 U.S.C. 2258A');
    expect(notice.text).toContain('within 48 hours of a valid removal request');
    expect(notice.missing).toEqual([]);
  });

  it('an unanswered report gets an appeal step with the notice too', () => {
    const kase = refusedCase();
    const silent = {
      ...kase,
      reports: [
        {
          ...kase.reports[0]!,
          status: 'sent' as const,
          answer: undefined,
          answeredAt: undefined,
          refusalReason: undefined,
        },
      ],
    };
    const steps = nextSteps(
      silent,
      { lang: 'en', autoLockMinutes: 15, discreet: false, followUpHours: 48 },
      NOW,
    );
    const appeal = steps.find((s) => s.id === 'appeal:x:rep1');
    expect(appeal?.notice).toBe('platform-appeal');
    const text = prepareNotice(appeal!, silent, 'es', NOW)!.text;
    expect(text).toContain(
      'Denuncié el contenido de abajo el 2026-03-01 (ref. CSE-4411) y no he recibido respuesta.',
    );
  });

  it('cites the DSA Article 20 complaint in the EU and the regulator route in the UK and Australia', () => {
    const fr = buildNotice('platform-appeal', ctx(refusedCase({ country: 'FR' })), 'fr').text;
    expect(fr).toContain('article 20 du règlement sur les services numériques');
    const gb = buildNotice('platform-appeal', ctx(refusedCase({ country: 'GB' })), 'en').text;
    expect(gb).toContain('Online Safety Act 2023');
    expect(gb).toContain('Internet Watch Foundation');
    const au = buildNotice('platform-appeal', ctx(refusedCase({ country: 'AU' })), 'en').text;
    expect(au).toContain('within 24 hours (Online Safety Act 2021, s77)');
    // Telegram is not a US provider and Brazil is not in the sources: say so, invent nothing.
    const none = buildNotice(
      'platform-appeal',
      ctx(refusedCase({ country: 'BR' }), { platform: 'telegram' }),
      'en',
    ).text;
    expect(none).toContain('Beacon’s sources cite no specific legal duty');
  });
});

describe('"the platform ignored the proof of age"', () => {
  it('puts the hotline and police first, each saying why', () => {
    const kase = refusedCase();
    const steps = nextSteps(
      kase,
      { lang: 'en', autoLockMinutes: 15, discreet: false, followUpHours: 48 },
      NOW,
    );
    expect(steps.slice(0, 2).map((s) => s.kind)).toEqual(['hotline', 'law-enforcement']);
    for (const s of steps.slice(0, 2)) {
      expect(renderReason(s.why, 'en', { timeZone: 'UTC' })).toMatch(
        /^X refused on 3 March although proof of age was sent on 1 March\./,
      );
    }
    expect(renderReason(steps[0]!.why, 'es', { timeZone: 'UTC' })).toMatch(
      /^X rechazó la denuncia el 3 de marzo aunque la prueba de edad se envió el 1 de marzo\./,
    );
  });

  it('without that reason the hotline is not pushed before the other steps', () => {
    const kase = refusedCase();
    const plain = { ...kase, reports: [{ ...kase.reports[0]!, refusalReason: undefined }] };
    const steps = nextSteps(
      plain,
      { lang: 'en', autoLockMinutes: 15, discreet: false, followUpHours: 48 },
      NOW,
    );
    expect(steps.find((s) => s.why.proofIgnored)).toBeUndefined();
  });
});

describe('hashtags and accounts', () => {
  it('a hashtag capture never appears as an image location', () => {
    const kase = refusedCase();
    for (const id of ['take-it-down-act', 'dmca-512'] as const) {
      for (const lang of LANGS) {
        const r = buildNotice(id, ctx(kase, { extra: { workDescription: 'x' } }), lang);
        expect(r.text).not.toContain('hashtag/tradetag');
        expect(r.readerText ?? '').not.toContain('hashtag/tradetag');
        expect(r.text).toContain('https://x.com/seller/status/1800000000000000001');
      }
    }
  });

  it('a case with only a hashtag capture leaves the TAKE IT DOWN location missing', () => {
    const kase = refusedCase();
    const r = buildNotice('take-it-down-act', ctx(kase, { evidence: [kase.evidence[1]!] }), 'en');
    expect(r.missing).toContain('location');
  });

  it('the hashtag/account request lists the hashtag and example posts, and asks for delisting', () => {
    const kase = refusedCase();
    const r = buildNotice('hashtag-account', ctx(kase), 'en');
    expect(r.text).toContain('- #tradetag — https://x.com/hashtag/tradetag');
    expect(r.text).toMatch(
      /Example posts[^\n]*\n- https:\/\/x\.com\/seller\/status\/1800000000000000001/,
    );
    expect(r.text).toContain('delist');
    const step = nextSteps(
      kase,
      { lang: 'en', autoLockMinutes: 15, discreet: false, followUpHours: 48 },
      NOW,
    ).find((s) => s.id === 'hashtag-account:x');
    expect(step?.notice).toBe('hashtag-account');
  });
});

describe('sextortion record', () => {
  const sextortion = {
    threatener: {
      platform: 'instagram',
      handle: '@threat',
      profileUrl: 'https://instagram.com/threat',
    },
    contactStartedOn: 'an online game',
    demands: ['money' as const],
    paymentDetails: [{ id: 'pay1', kind: 'gift-card' as const, value: 'GC-1111-2222' }],
    threats: [{ id: 'th1', at: '2026-03-02T21:00:00Z', text: 'Pay or I post them' }],
    alreadyShared: 'unknown' as const,
  };

  it.each(['police-letter', 'hotline-summary'] as const)('%s carries it', (id) => {
    const kase = refusedCase({ sextortion: true }, { sextortion });
    const r = buildNotice(id, ctx(kase), 'en');
    expect(r.text).toContain(
      'Account making the threats: @threat https://instagram.com/threat (Instagram)',
    );
    expect(r.text).toContain('Payment details they gave: gift card GC-1111-2222');
    expect(r.text).toContain('Threats received: 2026-03-02 — Pay or I post them');
    const fr = buildNotice(id, ctx(kase), 'fr');
    expect(fr.text).toContain('Moyens de paiement donnés : carte cadeau GC-1111-2222');
  });

  it('the platform texts do not carry it', () => {
    const kase = refusedCase({ sextortion: true }, { sextortion });
    expect(buildNotice('platform-appeal', ctx(kase), 'en').text).not.toContain('GC-1111-2222');
  });
});

/** Control characters (but tab and newline) and bidi marks and overrides. */
function hasControlOrBidi(text: string): boolean {
  return [...text].some((ch) => {
    const c = ch.codePointAt(0)!;
    return (
      (c < 0x20 && c !== 0x09 && c !== 0x0a) ||
      (c >= 0x7f && c <= 0x9f) ||
      c === 0x061c ||
      c === 0x200e ||
      c === 0x200f ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2066 && c <= 0x2069)
    );
  });
}

describe('hostile input in the case', () => {
  it('control and bidi characters never reach a notice; oversized values are cut', () => {
    const kase = refusedCase({
      contact: { name: 'Dana\u202E evil\u0000', email: 'dana@example.org\u2066' },
    });
    const hostile = {
      ...kase,
      reports: [{ ...kase.reports[0]!, reference: `REF\u200F-1\n${'9'.repeat(300)}` }],
    };
    for (const id of NOTICE_IDS) {
      const r = buildNotice(id, ctx(hostile, { extra: { workDescription: 'x' } }), 'en');
      expect(hasControlOrBidi(r.text)).toBe(false);
      expect(r.text).not.toContain('9'.repeat(201));
    }
  });
});

describe('edited notices', () => {
  const opCtx = { now: NOW, newId: () => 'id1' };

  it('an edit is kept per step and replaces the prepared text; reset brings it back', () => {
    const kase = refusedCase();
    const steps = nextSteps(
      kase,
      { lang: 'en', autoLockMinutes: 15, discreet: false, followUpHours: 48 },
      NOW,
    );
    const appeal = steps.find((s) => s.kind === 'platform-appeal')!;
    const prepared = prepareNotice(appeal, kase, 'en', NOW)!;
    const edited = applyOp(
      kase,
      { op: 'setNoticeEdit', stepId: appeal.id, text: `${prepared.text}\nMy own sentence.` },
      opCtx,
    );
    const mine = prepareNotice(appeal, edited, 'en', NOW)!;
    expect(mine.edited).toBe(true);
    expect(mine.text.endsWith('My own sentence.')).toBe(true);
    expect(mine.prepared).toBe(prepared.text);
    const back = applyOp(edited, { op: 'resetNoticeEdit', stepId: appeal.id }, opCtx);
    expect(back.noticeEdits).toEqual({});
    expect(prepareNotice(appeal, back, 'en', NOW)!.text).toBe(prepared.text);
  });

  it('missing elements are rechecked on the edited text', () => {
    const kase = refusedCase({ contact: {} });
    const steps = nextSteps(
      kase,
      { lang: 'en', autoLockMinutes: 15, discreet: false, followUpHours: 48 },
      NOW,
    );
    const tida = steps.find((s) => s.notice === 'take-it-down-act')!;
    const n = prepareNotice(tida, kase, 'es', NOW)!;
    expect(n.missingIds).toEqual(['signature', 'contact']);
    expect(n.missing).toEqual(['Firma (nombre completo)', 'Datos de contacto']);
    const signed = n.text.replace('[missing: Signature (your full name)]', 'Dana Example');
    expect(missingIn(signed, n.missingIds, n.textLang)).toEqual(['contact']);
  });

  it('an old case without edits reads as none; an oversized or hostile edit is refused', () => {
    const kase = refusedCase();
    expect(kase.noticeEdits).toEqual({});
    // Ops are validated once, at the trust boundary (the router's `updateCase` schema).
    const refused = (op: unknown) => CaseOp.safeParse(op).success === false;
    expect(refused({ op: 'setNoticeEdit', stepId: 's', text: 'x'.repeat(20001) })).toBe(true);
    expect(refused({ op: 'setNoticeEdit', stepId: 'x'.repeat(121), text: 'ok' })).toBe(true);
    expect(refused({ op: 'setNoticeEdit', stepId: '', text: 'ok' })).toBe(true);
    expect(refused({ op: 'setNoticeEdit', stepId: 's', text: 'ok' })).toBe(false);
  });
});
