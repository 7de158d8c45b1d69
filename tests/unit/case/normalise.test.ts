import { describe, expect, it } from 'vitest';
import { Capture, TRUNCATABLE } from '@/lib/case/capture';
import { Case } from '@/lib/case/model';
import { escapeInvisible, normaliseUrl, stripInvisible } from '@/lib/case/normalise';
import { captureToEvidence } from '@/lib/case/ops';

/** Forged addresses, hidden characters and over-long fields from hostile pages and files. */
const base = {
  kind: 'post' as const,
  platform: 'facebook' as const,
  permalink: 'https://www.facebook.com/permalink.php?story_fbid=123&id=4',
  postId: '123',
  pageUrl: 'https://www.facebook.com/',
  capturedAt: '2026-11-24T10:00:00.000Z',
  adapter: { id: 'facebook', version: 1, tier: 'aria' as const },
  via: 'shortcut' as const,
};
const reason = (input: unknown) => {
  const parsed = Capture.safeParse(input);
  return parsed.success
    ? null
    : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('addresses', () => {
  it('refuses the Facebook story_fbid forgery (a line break and a second URL) with a reason', () => {
    // What the adapter builds from story_fbid=123%0Ahttps://evil.example/phish
    const forged =
      'https://www.facebook.com/permalink.php?story_fbid=123\nhttps://evil.example/phish&id=4';
    expect(
      reason({ ...base, permalink: forged, postId: '123\nhttps://evil.example/phish' }),
    ).toEqual(['permalink: the address holds spaces, line breaks or hidden characters']);
  });

  it('refuses an adapter capture whose address is on another site, or not https', () => {
    expect(reason({ ...base, permalink: 'https://evil.example/facebook.com/x' })).toEqual([
      'permalink: the address is not on the platform’s own site (evil.example)',
    ]);
    expect(reason({ ...base, pageUrl: 'http://www.facebook.com/' })).toEqual([
      'pageUrl: the address must start with https://',
    ]);
    expect(reason({ ...base, permalink: 'https://www.facebook.com@evil.example/' })).toEqual([
      'permalink: the address hides a user name before its host',
    ]);
    expect(reason({ ...base, permalink: 'javascript:alert(1)' })).not.toBeNull();
  });

  it('keeps an http page the user captured from the popup (no adapter), normalised', () => {
    const page = {
      kind: 'page',
      platform: 'web',
      pageUrl: 'http://Example.COM/a b',
      capturedAt: base.capturedAt,
      via: 'popup',
    };
    expect(reason(page)).toEqual([
      'pageUrl: the address holds spaces, line breaks or hidden characters',
    ]);
    expect(Capture.parse({ ...page, pageUrl: 'http://Example.COM/ä' }).pageUrl).toBe(
      'http://example.com/%C3%A4',
    );
  });

  it('drops a forged profile address and notes it, keeping the capture', () => {
    const out = Capture.parse({
      ...base,
      author: { handle: 'alice', profileUrl: 'https://evil.example/alice' },
    });
    expect(out.author).toEqual({ handle: 'alice' });
    expect(out.truncated).toEqual(['author.profileUrl']);
  });

  it('stores every evidence address as one normalised line (typed entries, imports, old data)', () => {
    const at = '2026-11-24T10:00:00.000Z';
    const kase = Case.parse({
      id: 'c1',
      createdAt: at,
      updatedAt: at,
      profile: { title: 't', role: 'parent', ageAtTime: 'minor', country: 'FR', languages: [] },
      evidence: [
        {
          id: 'e1',
          createdAt: at,
          updatedAt: at,
          provenance: { source: 'import' },
          kind: 'post',
          platform: 'facebook',
          url: 'https://www.facebook.com/permalink.php?story_fbid=1\nhttps://evil.example/x',
          pageUrl: 'HTTPS://WWW.FACEBOOK.COM/\u202Egpj.exe',
        },
      ],
    });
    expect(kase.evidence[0]?.url).toBe(
      'https://www.facebook.com/permalink.php?story_fbid=1https://evil.example/x',
    );
    expect(kase.evidence[0]?.url).not.toMatch(/\s/);
    expect(kase.evidence[0]?.pageUrl).toBe('https://www.facebook.com/%E2%80%AEgpj.exe');
    expect(() =>
      Case.parse({ ...kase, evidence: [{ ...kase.evidence[0], url: 'https://exa mple.com/' }] }),
    ).toThrow();
  });

  it.each([
    ['', 'this is not a web address'],
    ['ftp://x.com/a', 'must be an http(s) address'],
    [`https://x.com/${'a'.repeat(2100)}`, 'the address is too long'],
  ])('normaliseUrl refuses %j', (value, why) => {
    expect(normaliseUrl(value)).toEqual({ ok: false, reason: why });
  });
});

describe('handles, ids and names', () => {
  it('strips bidi and invisible characters from handles and names', () => {
    const out = Capture.parse({
      ...base,
      author: { handle: 'ali\u202Ece\u200B', displayName: 'Ann\u2066a\u2069 \u200Dlee\u0000' },
      quoted: { handle: '\u202Dbob', postId: '77' },
    });
    expect(out.author).toEqual({ handle: 'alice', displayName: 'Anna lee' });
    expect(out.quoted).toEqual({ handle: 'bob', postId: '77' });
    expect(out.truncated).toBeUndefined();
  });

  it('leaves out a handle or a post id that is not the platform’s grammar, and notes it', () => {
    const out = Capture.parse({
      ...base,
      platform: 'x',
      adapter: { id: 'x', version: 1, tier: 'testid' },
      permalink: 'https://x.com/a/status/1',
      pageUrl: 'https://x.com/home',
      postId: '1 https://evil.example',
      author: { handle: 'two words' },
    });
    expect(out.postId).toBeUndefined();
    expect(out.author).toEqual({});
    expect(out.truncated).toEqual(['author.handle', 'postId']);
  });
});

describe('truncation notes', () => {
  it('a forged list keeps only names of fields Beacon knows, once each; its own notes are added', () => {
    const forged = [
      'text',
      'text',
      '__proto__',
      'constructor',
      'https://evil.example/',
      'media[999].address',
      'author.handle\n',
      '\u202Etext',
      ...Array.from({ length: 150 }, (_, i) => `field${i}`),
    ];
    const out = Capture.parse({
      ...base,
      subject: 's'.repeat(600),
      truncated: forged,
    });
    expect(out.truncated).toEqual(['text', 'subject']);
    for (const note of out.truncated ?? []) expect(TRUNCATABLE).toContain(note);
  });

  it('a clean capture with forged notes only has none; a list over 200 is refused', () => {
    const out = Capture.parse({ ...base, truncated: ['nothing.real', 'x'.repeat(40)] });
    expect(out.truncated).toBeUndefined();
    expect(Capture.safeParse({ ...base, truncated: Array(201).fill('text') }).success).toBe(false);
  });

  it('notes survive being read back (a pending capture re-parsed), and stay bounded', () => {
    const first = Capture.parse({
      ...base,
      media: Array.from({ length: 60 }, () => ({ kind: 'image', address: 'data:,x' })),
    });
    const again = Capture.parse(first);
    expect(again.truncated).toEqual(first.truncated);
    expect(again.truncated?.length).toBeLessThanOrEqual(TRUNCATABLE.length);
  });
});

describe('over-long fields keep the capture', () => {
  it('a data: image source over 2,048 characters is left out and noted', () => {
    const out = Capture.parse({
      ...base,
      media: [
        { kind: 'image', address: `data:image/png;base64,${'A'.repeat(5000)}` },
        { kind: 'image', address: 'https://scontent.xx.fbcdn.net/a.jpg' },
        { kind: 'image', address: 'data:image/gif;base64,R0lGOD' },
      ],
    });
    expect(out.media).toEqual([
      { kind: 'image' },
      { kind: 'image', address: 'https://scontent.xx.fbcdn.net/a.jpg' },
      { kind: 'image' },
    ]);
    expect(out.truncated).toEqual(['media[0].address', 'media[2].address']);
  });

  it('a Reddit author over 200 characters is left out, the capture kept', () => {
    const out = Capture.parse({
      kind: 'post',
      platform: 'reddit',
      permalink: 'https://www.reddit.com/r/a/comments/1abcde/x/',
      postId: '1abcde',
      author: { handle: 'u'.repeat(250) },
      pageUrl: 'https://www.reddit.com/',
      capturedAt: base.capturedAt,
      adapter: { id: 'reddit', version: 1, tier: 'structure' },
      via: 'shortcut',
      text: 'x'.repeat(900),
      media: Array.from({ length: 60 }, () => ({ kind: 'image' })),
    });
    expect(out.author).toEqual({});
    expect(out.text).toHaveLength(500);
    expect(out.media).toHaveLength(50);
    expect(out.truncated).toEqual(['media', 'author.handle', 'text']);
    const evidence = captureToEvidence(out, new Date(base.capturedAt), 'e1');
    expect(evidence.capture?.truncated).toEqual(out.truncated);
  });

  it('cleaning is idempotent (a stored capture read back is the same)', () => {
    const once = Capture.parse({ ...base, text: 'y'.repeat(700), author: { handle: 'a\u202Eb' } });
    expect(Capture.parse(once)).toEqual(once);
  });
});

describe('display', () => {
  it('escapes hidden characters visibly, keeping line breaks in multi-line text', () => {
    expect(escapeInvisible('abc\u202Egpj.exe')).toBe('abc⟨U+202E⟩gpj.exe');
    expect(escapeInvisible('a\nb\u200B', true)).toBe('a\nb⟨U+200B⟩');
    expect(escapeInvisible('a\nb')).toBe('a⟨U+000A⟩b');
    expect(stripInvisible(' a\u2067b\u2069\tc ')).toBe('ab c');
  });
});
