import { describe, expect, it } from 'vitest';
import { Case, type Evidence } from '@/lib/case/model';
import { applyOp, type CaseOp } from '@/lib/case/ops';
import { watchKey } from '@/lib/watch/address';
import {
  casesWith,
  digestsOf,
  loadIndex,
  lookup,
  newIndex,
  setCase,
  storedIndex,
} from '@/lib/watch/index';
import { matchObservation, observationOp } from '@/lib/watch/match';
import {
  CORRECTION_MS,
  observe,
  REPEAT_AFTER_MS,
  statusFromObservation,
} from '@/lib/watch/observe';

describe('watchKey', () => {
  it('one key for the addresses of one item', () => {
    const same = (a: string, b: string) => expect(watchKey(a)).toBe(watchKey(b));
    same('https://x.com/Someone/status/123', 'https://twitter.com/someone/status/123/photo/1?s=20');
    same(
      'https://www.reddit.com/r/pics/comments/abc123/a_title/',
      'https://old.reddit.com/comments/abc123',
    );
    same(
      'https://www.youtube.com/watch?v=AAAAAAAAAAA',
      'https://m.youtube.com/watch?feature=share&v=AAAAAAAAAAA',
    );
    same('https://www.tiktok.com/@a/video/1', 'https://www.tiktok.com/@a/video/1/?lang=en#x');
    same('https://clips.twitch.tv/SlugAbc-1', 'https://www.twitch.tv/chan/clip/SlugAbc-1');
    expect(watchKey('https://www.youtube.com/watch?v=AAAAAAAAAAA')).not.toBe(
      watchKey('https://www.youtube.com/watch?v=BBBBBBBBBBB'),
    );
    // Instagram shortcodes are case-sensitive.
    expect(watchKey('https://www.instagram.com/p/AbC/')).not.toBe(
      watchKey('https://www.instagram.com/p/abc/'),
    );
    // Telegram Web names the chat in the fragment.
    expect(watchKey('https://web.telegram.org/k/#-100123')).not.toBe(
      watchKey('https://web.telegram.org/k/#-100456'),
    );
  });

  it('no key for anything that is not an https address of a supported platform', () => {
    for (const bad of [
      'http://x.com/a/status/1',
      'https://example.com/a',
      'https://x.com.evil.example/a/status/1',
      'https://user:pw@x.com/a',
      'https://x.com:8443/a',
      'javascript:alert(1)',
      'not a url',
      `https://x.com/${'a'.repeat(3000)}`,
      '',
    ]) {
      expect(watchKey(bad), bad).toBeNull();
    }
  });
});

describe('observe', () => {
  const at = (h: number) => new Date(Date.UTC(2026, 11, 3, 14, 2) + h * 3600_000).toISOString();
  const online = { status: 'online' as const, statusHistory: [] };

  it('records the first observation, seen by you', () => {
    expect(observe(online, 'removed', at(0))).toEqual({
      status: 'removed',
      history: [{ status: 'removed', at: at(0), seenBy: 'you' }],
    });
    expect(observe(online, 'online', at(0))?.history).toEqual([
      { status: 'online', at: at(0), seenBy: 'you' },
    ]);
  });

  it('a repeat within six hours adds nothing; after, "still online" is recorded again', () => {
    const first = observe(online, 'online', at(0));
    const item = { status: 'online' as const, statusHistory: first?.history ?? [] };
    expect(observe(item, 'online', at(5))).toBeNull();
    expect(observe(item, 'online', at(REPEAT_AFTER_MS / 3600_000))?.history).toHaveLength(2);
  });

  it('online after removed, withheld or suspended is "reappeared"', () => {
    for (const previous of ['removed', 'withheld', 'account-suspended'] as const) {
      expect(statusFromObservation(previous, 'online')).toBe('reappeared');
    }
    expect(statusFromObservation('unknown', 'online')).toBe('online');
    expect(statusFromObservation('online', 'withheld')).toBe('withheld');
  });

  describe('a correction undoes only the gone entry its own read made', () => {
    const seconds = (s: number) => new Date(Date.parse(at(0)) + s * 1000).toISOString();
    const T0 = '2026-11-20T08:00:00.000Z';
    const stillOnline = { status: 'online' as const, at: at(-24), seenBy: 'you' as const };
    /** A case holding one item last seen online, as ops.ts keeps it. */
    const kase = Case.parse({
      id: 'case1',
      createdAt: T0,
      updatedAt: T0,
      profile: {
        title: 'Sam',
        role: 'parent',
        ageAtTime: 'minor',
        country: 'FR',
        languages: ['fr'],
      },
      evidence: [
        {
          id: 'e1',
          createdAt: T0,
          updatedAt: T0,
          provenance: { source: 'manual' },
          kind: 'post',
          platform: 'x',
          url: 'https://x.com/a/status/1',
          status: 'online',
          statusCheckedAt: stillOnline.at,
          statusHistory: [stillOnline],
        },
      ],
    });
    const ctx = { now: new Date(seconds(60)), newId: () => 'n' };
    /** The case after the given ops, through ops.ts as the vault applies them. */
    const itemAfter = (...ops: CaseOp[]) =>
      ops.reduce((c, op) => applyOp(c, op, ctx), kase).evidence[0] as Evidence;
    const watchOp = (status: 'online' | 'removed', s: number, corrects?: number) =>
      observationOp(
        'e1',
        status,
        seconds(s),
        corrects === undefined ? undefined : seconds(corrects),
      );

    it('the item seen after a misread of the same page: the gone entry goes, as if never seen', () => {
      const item = itemAfter(watchOp('removed', 1.5), watchOp('online', 10, 1.5));
      expect(item.status).toBe('online');
      expect(item.statusHistory).toEqual([
        stillOnline,
        { status: 'online', at: seconds(10), seenBy: 'you' },
      ]);
      // With nothing before the misreading, it is simply "online".
      const alone = applyOp(
        { ...kase, evidence: [{ ...(kase.evidence[0] as Evidence), statusHistory: [] }] },
        watchOp('removed', 1.5),
        ctx,
      );
      expect(applyOp(alone, watchOp('online', 10, 1.5), ctx).evidence[0]?.statusHistory).toEqual([
        { status: 'online', at: seconds(10), seenBy: 'you' },
      ]);
    });

    it('an "online" that corrects nothing of its own (another tab) is a reappearance', () => {
      const item = itemAfter(watchOp('removed', 1.5), watchOp('online', 10));
      expect(item.status).toBe('reappeared');
      expect(item.statusHistory.map((h) => h.status)).toEqual(['online', 'removed', 'reappeared']);
    });

    it('a correction naming another entry than the last (its read added nothing) folds nothing', () => {
      // The last entry (1.5 s) came from elsewhere; this page's own read at 5 s added nothing.
      const item = itemAfter(
        watchOp('removed', 1.5),
        watchOp('removed', 5),
        watchOp('online', 10, 5),
      );
      expect(item.status).toBe('reappeared');
    });

    it('a status the user confirmed by hand since is never undone (ops writes no seenBy)', () => {
      // The user sets "removed" by hand at 4 s: same status, so ops adds no entry and only the
      // check time moves; the watch's entry is still the last one.
      const manual: CaseOp = {
        op: 'setEvidenceStatus',
        id: 'e1',
        status: 'removed',
        at: seconds(4),
      };
      const confirmed = itemAfter(watchOp('removed', 1.5), manual);
      expect(confirmed.statusHistory.at(-1)).toEqual({
        status: 'removed',
        at: seconds(1.5),
        seenBy: 'you',
      });
      const item = itemAfter(watchOp('removed', 1.5), manual, watchOp('online', 10, 1.5));
      expect(item.status).toBe('reappeared');
      expect(item.statusHistory.map((h) => h.status)).toEqual(['online', 'removed', 'reappeared']);
      // A different status set by hand: its entry (no seenBy) is last, and stays.
      const withheld: CaseOp = {
        op: 'setEvidenceStatus',
        id: 'e1',
        status: 'withheld',
        at: seconds(4),
      };
      const set = itemAfter(watchOp('removed', 1.5), withheld, watchOp('online', 10, 1.5));
      expect(set.statusHistory.map((h) => h.status)).toEqual([
        'online',
        'removed',
        'withheld',
        'reappeared',
      ]);
    });

    it('later than CORRECTION_MS it is a reappearance; one correction folds one entry', () => {
      const late = (CORRECTION_MS + 1000) / 1000 + 1.5;
      expect(itemAfter(watchOp('removed', 1.5), watchOp('online', late, 1.5)).status).toBe(
        'reappeared',
      );
      // Two gone entries within the window: the one corrected goes, the one before it stays.
      const two = itemAfter(
        observationOp('e1', 'withheld', seconds(1)),
        watchOp('removed', 1.5),
        watchOp('online', 10, 1.5),
      );
      expect(two.statusHistory.map((h) => h.status)).toEqual(['online', 'withheld', 'reappeared']);
    });
  });

  it('an observation older than the last entry (merged late) or with a bad time adds nothing', () => {
    const item = {
      status: 'removed' as const,
      statusHistory: [{ status: 'removed' as const, at: at(10) }],
    };
    expect(observe(item, 'online', at(9))).toBeNull();
    expect(observe(item, 'online', 'yesterday')).toBeNull();
  });

  it('a full history takes changes only, and stays at 500 entries', () => {
    const statusHistory = Array.from({ length: 500 }, (_, i) => ({
      status: 'online' as const,
      at: at(i * 7),
    }));
    const item = { status: 'online' as const, statusHistory };
    expect(observe(item, 'online', at(4000))).toBeNull();
    const next = observe(item, 'removed', at(4000));
    expect(next?.history).toHaveLength(500);
    expect(next?.history.at(-1)).toEqual({ status: 'removed', at: at(4000), seenBy: 'you' });
  });
});

describe('matchObservation', () => {
  const cases = [
    {
      id: 'c1',
      evidence: [
        {
          id: 'e1',
          url: 'https://x.com/bad_actor/status/1',
          author: { profileUrl: 'https://x.com/bad_actor' },
        },
        {
          id: 'e2',
          url: 'https://x.com/bad_actor/status/2',
          author: { profileUrl: 'https://x.com/bad_actor' },
        },
      ],
    },
    { id: 'c2', evidence: [{ id: 'e3', url: 'https://twitter.com/BAD_ACTOR/status/1' }] },
  ] as never;

  it('finds the item in every case, whatever host the page used', () => {
    expect(
      matchObservation(cases, 'https://x.com/bad_actor/status/1?s=20', 'removed', 'page'),
    ).toEqual([
      { caseId: 'c1', evidenceId: 'e1', through: 'own' },
      { caseId: 'c2', evidenceId: 'e3', through: 'own' },
    ]);
  });

  it('the platform’s own "suspended" container marks the account’s posts; nothing else does', () => {
    expect(matchObservation(cases, 'https://x.com/bad_actor', 'account-suspended', 'sure')).toEqual(
      [
        { caseId: 'c1', evidenceId: 'e1', through: 'account' },
        { caseId: 'c1', evidenceId: 'e2', through: 'account' },
      ],
    );
    for (const state of ['online', 'removed', 'withheld'] as const) {
      expect(matchObservation(cases, 'https://x.com/bad_actor', state, 'sure')).toEqual([]);
    }
  });

  it('wording anywhere on a profile (its bio) reaches that exact address only', () => {
    const withAccount = [
      ...(cases as never[]),
      {
        id: 'c3',
        evidence: [{ id: 'acct', url: 'https://x.com/BAD_ACTOR/', author: {} }],
      },
    ] as never;
    expect(
      matchObservation(withAccount, 'https://x.com/bad_actor', 'account-suspended', 'page'),
    ).toEqual([{ caseId: 'c3', evidenceId: 'acct', through: 'own' }]);
  });

  it('an address that is no evidence matches nothing', () => {
    expect(
      matchObservation(cases, 'https://x.com/someone_else/status/9', 'removed', 'sure'),
    ).toEqual([]);
    expect(matchObservation(cases, 'https://example.com/', 'removed', 'sure')).toEqual([]);
  });

  it('the op it makes is a watch observation', () => {
    expect(observationOp('e1', 'removed', '2026-12-03T14:02:00.000Z')).toEqual({
      op: 'setEvidenceStatus',
      id: 'e1',
      status: 'removed',
      at: '2026-12-03T14:02:00.000Z',
      seenBy: 'you',
    });
  });
});

/** An index over one case's addresses, as the service makes it. */
async function indexOf(addresses: Array<string | undefined>, caseId = 'case-1') {
  const index = await newIndex();
  setCase(index, caseId, { digests: await digestsOf(index, addresses) });
  return { index, stored: storedIndex(index) };
}

describe('keyed-hash index', () => {
  it('recognises evidence addresses by their key and holds no address', async () => {
    const { index, stored } = await indexOf([
      'https://x.com/bad_actor/status/1',
      undefined,
      'https://example.com/not-a-platform',
      'https://twitter.com/BAD_ACTOR/status/1',
    ]);
    const [digest] = stored.cases[0]?.digests ?? [];
    expect(stored.cases[0]?.digests).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toMatch(/bad_actor|status|x\.com|example/);
    expect(await lookup(index, 'https://twitter.com/BAD_ACTOR/status/1/photo/1')).toBe(digest);
    expect(await lookup(index, 'https://x.com/someone/status/1')).toBeNull();
    expect(await lookup(index, 'garbage')).toBeNull();
    expect(casesWith(index, digest as string)).toEqual(['case-1']);
  });

  it('one address in two cases stays until both let it go', async () => {
    const post = 'https://x.com/a/status/1';
    const { index } = await indexOf([post], 'one');
    setCase(index, 'two', { digests: await digestsOf(index, [post]) });
    const digest = (await lookup(index, post)) as string;
    expect(casesWith(index, digest).sort()).toEqual(['one', 'two']);
    setCase(index, 'one', null);
    expect(await lookup(index, post)).toBe(digest);
    setCase(index, 'two', { digests: [] });
    expect(await lookup(index, post)).toBeNull();
    expect(casesWith(index, digest)).toEqual([]);
  });

  it('round-trips through storage; a malformed stored index is refused', async () => {
    const { stored } = await indexOf(['https://x.com/a/status/1']);
    const loaded = await loadIndex(JSON.parse(JSON.stringify(stored)));
    expect(await lookup(loaded as never, 'https://x.com/a/status/1')).toBe(
      stored.cases[0]?.digests[0],
    );
    const one = stored.cases[0] as (typeof stored.cases)[number];
    for (const bad of [
      undefined,
      null,
      {},
      { key: 'AA==', cases: [] },
      { key: `${'A'.repeat(43)}!`, cases: [] },
      { key: stored.key, cases: 'x' },
      { key: stored.key, digests: one.digests },
      { key: stored.key, cases: [{ ...one, digests: ['<script>', ...one.digests] }] },
    ]) {
      expect(await loadIndex(bad)).toBeNull();
    }
  });

  it('two indexes are unrelated (a fresh key each time)', async () => {
    const a = await indexOf(['https://x.com/a/status/1']);
    const b = await indexOf(['https://x.com/a/status/1']);
    expect(a.stored.cases[0]?.digests[0]).not.toBe(b.stored.cases[0]?.digests[0]);
  });
});
