import type { Case, Evidence } from '../case/model';
import type { CaseOp } from '../case/ops';
import { watchKey } from './address';
import type { PageState } from './observe';

export type WatchTarget = { caseId: string; evidenceId: string };

/** Every address of an item the watch may see: its own, and its account's (suspensions). */
export function watchedAddresses(e: Pick<Evidence, 'url' | 'author'>): Array<string | undefined> {
  return [e.url, e.author?.profileUrl];
}

/**
 * The evidence, in any case, that a page observation is about: items whose own address is the
 * page's, and — when the page says the account is suspended — every item posted by that account.
 */
export function matchObservation(
  cases: readonly Pick<Case, 'id' | 'evidence'>[],
  pageAddress: string,
  state: PageState,
): WatchTarget[] {
  const key = watchKey(pageAddress);
  if (!key) return [];
  const out: WatchTarget[] = [];
  for (const kase of cases) {
    for (const e of kase.evidence) {
      const own = e.url ? watchKey(e.url) === key : false;
      const byAccount =
        state === 'account-suspended' && e.author?.profileUrl
          ? watchKey(e.author.profileUrl) === key
          : false;
      if (own || byAccount) out.push({ caseId: kase.id, evidenceId: e.id });
    }
  }
  return out;
}

/** The case op that records one observation (ops.ts applies the repeat and reappeared rules). */
export function observationOp(evidenceId: string, state: PageState, at: string): CaseOp {
  return { op: 'setEvidenceStatus', id: evidenceId, status: state, at, seenBy: 'you' };
}
