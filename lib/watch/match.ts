import type { Case, Evidence } from '../case/model';
import type { CaseOp } from '../case/ops';
import { watchKey } from './address';
import type { PageState } from './observe';

/**
 * Where a page reading came from (lib/feed/page-state.ts `PageReading`): 'sure' = the
 * platform's own error container or the item itself; 'page' = wording anywhere on the page,
 * which on a profile may be the account's own bio or about text.
 */
export type ReadingSource = 'sure' | 'page';

/** One item an observation is about: by its own address, or through its account's page. */
export type WatchTarget = { caseId: string; evidenceId: string; through: 'own' | 'account' };

/** Every address of an item the watch may see: its own, and its account's (suspensions). */
export function watchedAddresses(e: Pick<Evidence, 'url' | 'author'>): Array<string | undefined> {
  return [e.url, e.author?.profileUrl];
}

/**
 * The evidence, in any case, that a page observation is about: items whose own address is the
 * page's, and — when the platform's own error container on the account's page says the account
 * is suspended (`from` 'sure') — every item posted by that account. Wording anywhere on a
 * profile (`from` 'page') applies to that exact address only: it may be the account's own bio,
 * and an abuser must not be able to mark every one of their posts "account suspended".
 */
export function matchObservation(
  cases: readonly Pick<Case, 'id' | 'evidence'>[],
  pageAddress: string,
  state: PageState,
  from: ReadingSource,
): WatchTarget[] {
  const key = watchKey(pageAddress);
  if (!key) return [];
  const fansOut = state === 'account-suspended' && from === 'sure';
  const out: WatchTarget[] = [];
  for (const kase of cases) {
    for (const e of kase.evidence) {
      const own = e.url ? watchKey(e.url) === key : false;
      const byAccount =
        fansOut && e.author?.profileUrl ? watchKey(e.author.profileUrl) === key : false;
      if (own || byAccount)
        out.push({ caseId: kase.id, evidenceId: e.id, through: own ? 'own' : 'account' });
    }
  }
  return out;
}

/**
 * The case op that records one observation (ops.ts applies the repeat and reappeared rules).
 * `corrects`: the time of the watch's own gone entry this "online" corrects (observe.ts).
 */
export function observationOp(
  evidenceId: string,
  state: PageState,
  at: string,
  corrects?: string,
): CaseOp {
  return {
    op: 'setEvidenceStatus',
    id: evidenceId,
    status: state,
    at,
    seenBy: 'you',
    ...(corrects ? { corrects } : {}),
  };
}
