import { describe, expect, it } from 'vitest';
import { pickCaseId } from '@/entrypoints/workspace/stores/case';
import { hrefFor, parseHash } from '@/entrypoints/workspace/stores/route';

describe('workspace hash routes', () => {
  it('reads views and the case id', () => {
    expect(parseHash('')).toEqual({ view: 'home', caseId: undefined, known: true });
    expect(parseHash('#/')).toEqual({ view: 'home', caseId: undefined, known: true });
    expect(parseHash('#/evidence')).toEqual({ view: 'evidence', caseId: undefined, known: true });
    expect(parseHash('#/reports?case=c_12-a')).toEqual({
      view: 'reports',
      caseId: 'c_12-a',
      known: true,
    });
  });

  it('falls back to home for unknown views and drops bad case ids', () => {
    expect(parseHash('#/nope')).toEqual({ view: 'home', caseId: undefined, known: false });
    expect(parseHash('#/help?case=<script>').caseId).toBeUndefined();
    expect(parseHash(`#/help?case=${'a'.repeat(65)}`).caseId).toBeUndefined();
  });

  it('writes links that read back the same', () => {
    expect(hrefFor('next')).toBe('#/next');
    expect(hrefFor('timeline', 'abc')).toBe('#/timeline?case=abc');
    expect(parseHash(hrefFor('timeline', 'abc'))).toEqual({
      view: 'timeline',
      caseId: 'abc',
      known: true,
    });
  });
});

describe('which case opens', () => {
  const cases = [
    { id: 'old', updatedAt: '2026-01-01T00:00:00.000Z' },
    { id: 'new', updatedAt: '2026-03-01T00:00:00.000Z' },
  ];
  it('prefers the address, then the saved setting, then the newest', () => {
    expect(pickCaseId(cases, 'old', 'new')).toBe('old');
    expect(pickCaseId(cases, undefined, 'old')).toBe('old');
    expect(pickCaseId(cases, 'gone', 'gone-too')).toBe('new');
    expect(pickCaseId([], undefined, undefined)).toBeNull();
  });
});
