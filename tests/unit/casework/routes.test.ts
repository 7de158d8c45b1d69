import { describe, expect, it } from 'vitest';
import {
  describeEvidence,
  routeChoices,
} from '@/entrypoints/workspace/screens/casework/ReportForm';
import { Case, Evidence } from '@/lib/case/model';
import { nextSteps } from '@/lib/escalation';
import { translator } from '@/lib/i18n';
import { prepareNotice } from '@/lib/notices/prepare';

const T0 = '2026-03-03T10:00:00.000Z';
const post = Evidence.parse({
  id: 'e1',
  createdAt: T0,
  updatedAt: T0,
  provenance: { source: 'capture', via: 'shortcut' },
  kind: 'post',
  platform: 'x',
  url: 'https://x.com/TestQuoter/status/1983130065320780162',
  author: { handle: 'TestQuoter' },
});
const message = Evidence.parse({
  id: 'e2',
  createdAt: T0,
  updatedAt: T0,
  provenance: { source: 'manual' },
  kind: 'message',
  platform: 'web',
  text: 'Asked for photos',
});

describe('report routes offered for the chosen evidence', () => {
  it('puts the child-safety form first when the person was under 18 or age is unknown', () => {
    for (const age of ['minor', 'unknown'] as const) {
      const [x] = routeChoices([post], age);
      expect(x?.platform).toBe('x');
      expect(x?.entries[0]?.id).toBe('x-cse-form');
    }
  });
  it('puts the intimate-image routes first for an adult, each route once', () => {
    const [x] = routeChoices([post], 'adult');
    expect(x?.entries[0]?.id).toBe('x-take-it-down-form');
    const ids = x?.entries.map((e) => e.id) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('offers nothing for a site the directory has no routes for', () => {
    expect(routeChoices([message], 'minor')).toEqual([]);
  });
  it('lists what a report is about as plain text lines', () => {
    expect(describeEvidence(translator('en'), [post, message])).toBe(
      '- Post (X) @TestQuoter: https://x.com/TestQuoter/status/1983130065320780162\n' +
        '- Message (Other website): Asked for photos',
    );
    expect(describeEvidence(translator('fr'), [post])).toBe(
      '- Publication (X) @TestQuoter: https://x.com/TestQuoter/status/1983130065320780162',
    );
  });
});

describe('the notice a next step carries', () => {
  it('fills the hotline summary from the case with the evidence address', () => {
    const kase = Case.parse({
      id: 'c1',
      createdAt: T0,
      updatedAt: T0,
      profile: { title: 'Case', role: 'parent', ageAtTime: 'minor', country: 'US', languages: [] },
      evidence: [post],
    });
    const settings = {
      lang: 'en',
      autoLockMinutes: 15,
      discreet: false,
      followUpHours: 48,
    } as const;
    const step = nextSteps(kase, settings, new Date('2026-03-04T10:00:00.000Z')).find(
      (s) => s.id === 'hotline:ncmec-cybertipline',
    );
    expect(step?.notice).toBe('hotline-summary');
    const notice = prepareNotice(step!, kase, 'en', new Date('2026-03-04T10:00:00.000Z'));
    expect(notice?.text).toContain(post.url);
    // Missing elements come back as readable labels, not ids.
    for (const m of notice?.missing ?? []) expect(m).not.toMatch(/^notices\./);
  });
});
