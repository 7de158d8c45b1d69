import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CHANGE_NOTICE_MS,
  createChangeNotice,
} from '../../../entrypoints/background/change-notice';

describe('change notice (pages and chores hear of a change after the answer that made it)', () => {
  let heard: Array<ReadonlyArray<string | undefined>>;
  let notice: (caseId?: string) => void;
  beforeEach(() => {
    vi.useFakeTimers();
    heard = [];
    notice = createChangeNotice((ids) => heard.push(ids));
  });
  afterEach(() => vi.useRealTimers());

  it('announces a change to a case a moment later, not while the answer is on its way', () => {
    notice('case-1');
    expect(heard).toEqual([]);
    vi.advanceTimersByTime(CHANGE_NOTICE_MS - 1);
    expect(heard).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(heard).toEqual([['case-1']]);
  });

  it('announces a burst of changes once, with each case that changed', () => {
    notice('case-1');
    notice('case-2');
    notice('case-1');
    vi.advanceTimersByTime(CHANGE_NOTICE_MS);
    expect(heard).toEqual([['case-1', 'case-2']]);
    // The next change starts a new notice.
    notice('case-2');
    vi.advanceTimersByTime(CHANGE_NOTICE_MS);
    expect(heard).toEqual([['case-1', 'case-2'], ['case-2']]);
  });

  it('announces a change of the vault itself (a lock, a wipe) at once, with any waiting ones', () => {
    notice('case-1');
    notice();
    expect(heard).toEqual([['case-1', undefined]]);
    // Nothing is announced twice when the timer would have fired.
    vi.advanceTimersByTime(CHANGE_NOTICE_MS);
    expect(heard).toHaveLength(1);
    notice();
    expect(heard).toEqual([['case-1', undefined], [undefined]]);
  });

  it('passes the reason of an unlock on, at once (the fresh key of the watch depends on it)', () => {
    const reasons: Array<string | undefined> = [];
    const withReason = createChangeNotice((_ids, reason) => reasons.push(reason));
    withReason('case-1');
    withReason(undefined, 'unlock');
    expect(reasons).toEqual(['unlock']);
    withReason();
    expect(reasons).toEqual(['unlock', undefined]);
  });
});
