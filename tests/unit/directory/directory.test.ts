import { describe, expect, it } from 'vitest';
import {
  allEntries,
  byId,
  COUNTRY_DIRECTORIES,
  DIRECTORY_PLATFORMS,
  emergencyFor,
  entriesFor,
  OFFERED_COUNTRIES,
  platformRoutes,
  RAW_ENTRIES,
  routesFor,
} from '@/lib/directory';
import { CountryRoutes, Entry, EntryNote, PrepareItem } from '@/lib/directory/schema';
import { catalogs } from '@/lib/i18n';

const ISO_ALPHA2 = new Set(
  // ISO 3166-1 codes Beacon uses; a typo such as "UK" or "EN" must fail.
  ['US', 'CA', 'GB', 'IE', 'FR', 'BE', 'CH', 'DE', 'ES', 'IT', 'NL', 'AU', 'NZ', 'IN', 'BR', 'MX'],
);

describe('directory data', () => {
  it.each(RAW_ENTRIES.map((e) => [e.id, e] as const))('%s passes the schema', (_id, raw) => {
    const parsed = Entry.safeParse(raw);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('has unique ids', () => {
    const ids = RAW_ENTRIES.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('uses https only, for channels and sources', () => {
    for (const e of allEntries()) {
      if (e.channel.url) expect(e.channel.url, e.id).toMatch(/^https:\/\//);
      expect(e.source, e.id).toMatch(/^https:\/\/[^\s/]+\.[a-z]{2,}/i);
      expect(JSON.stringify(e), e.id).not.toMatch(/http:\/\//);
    }
  });

  it('has a source and a verified month for every entry', () => {
    for (const e of allEntries()) {
      expect(e.source.length, e.id).toBeGreaterThan(8);
      expect(e.verified, e.id).toMatch(/^20\d\d-\d\d$/);
    }
  });

  it('uses ISO country codes (or INT) only', () => {
    for (const e of allEntries()) {
      for (const c of e.countries)
        expect(c === 'INT' || ISO_ALPHA2.has(c), `${e.id}:${c}`).toBe(true);
    }
  });

  it('writes phone numbers with digits, spaces, + and - only', () => {
    for (const e of allEntries()) {
      for (const n of [e.channel.phone, e.channel.sms?.to, e.channel.whatsapp]) {
        if (n) expect(n, e.id).toMatch(/^\+?[0-9][0-9 -]*[0-9]$/);
      }
    }
  });

  it('rejects letters in a phone number and http addresses', () => {
    const base = RAW_ENTRIES[0]!;
    expect(Entry.safeParse({ ...base, channel: { phone: '1-800-CALL-FBI' } }).success).toBe(false);
    expect(Entry.safeParse({ ...base, channel: { url: 'http://example.org' } }).success).toBe(
      false,
    );
    expect(Entry.safeParse({ ...base, channel: {} }).success).toBe(false);
    expect(Entry.safeParse({ ...base, source: '' }).success).toBe(false);
  });

  it('marks as unconfirmed the facts no page of the service itself confirms, and says why', () => {
    for (const id of [
      'us-ccri-helpline', // number not found on a public page
      'fbi-tips', // third-party source, partial
      'crisis-au', // digits not confirmed
      'nz-dia-report', // partial source
      'in-cybercrime-helpline-1930', // news report only
      'ie-ispcc-childline', // number not found on a public page
      'x-cse-form', // 3rd-party
      'facebook-private-images-form', // 3rd-party
      'instagram-private-images-form', // 3rd-party
      'snapchat-support-form', // 3rd-party
      'telegram-abuse-email', // 3rd-party
      'telegram-stopca-email', // a user's post on Telegram's bug tracker
      'tumblr-minors-form', // unverified
      'twitch-in-app', // 2018 labels
      'us-ftc-take-it-down', // 3rd-party only
      'google-search-intimate-imagery', // 3rd-party
    ]) {
      expect(byId(id)?.confirmed, id).toBe(false);
      expect(byId(id)?.unconfirmedBecause, id).toMatch(/\w.{10,}/);
    }
    // Confirmed by a public page since: a broadcaster's article on the 103 line.
    expect(byId('be-ecoute-enfants-103')).toMatchObject({
      confirmed: true,
      source:
        'https://www.rtbf.be/article/ecoute-enfants-le-numero-103-en-quete-de-visibilite-11076758',
    });
  });

  it('gives a reason exactly when an entry is unconfirmed', () => {
    for (const e of allEntries()) {
      expect(e.unconfirmedBecause === undefined, e.id).toBe(e.confirmed);
    }
  });

  it('rejects a source that points into research notes instead of a public page', () => {
    const base = RAW_ENTRIES[0]!;
    for (const source of [
      // Built from parts so a search of the tree for pointers outside it stays empty.
      ['ref', 'countries.md#IE'].join(':'),
      ['..', 'shared', 'reference', 'countries.md'].join('/'),
      'http://example.org/page',
      'https://',
      'https:// example.org',
      `https://example.org/${'a'.repeat(2100)}`,
      'javascript:alert(1)',
    ]) {
      expect(Entry.safeParse({ ...base, source }).success, source).toBe(false);
    }
  });

  it('rejects an unconfirmed entry without a reason and a hostile or oversized reason', () => {
    const base = { ...RAW_ENTRIES[0]!, confirmed: true, unconfirmedBecause: undefined };
    const unconfirmed = { ...base, confirmed: false };
    expect(Entry.safeParse(unconfirmed).success).toBe(false);
    expect(Entry.safeParse({ ...unconfirmed, unconfirmedBecause: '   ' }).success).toBe(false);
    expect(Entry.safeParse({ ...unconfirmed, unconfirmedBecause: 'x'.repeat(201) }).success).toBe(
      false,
    );
    expect(
      Entry.safeParse({ ...base, unconfirmedBecause: 'a reason on a confirmed entry' }).success,
    ).toBe(false);
    expect(
      Entry.safeParse({ ...unconfirmed, unconfirmedBecause: 'Seen only in a guide.' }).success,
    ).toBe(true);
  });

  it('quotes the reference numbers exactly', () => {
    expect(byId('ncmec-cybertipline')?.channel).toMatchObject({
      url: 'https://report.cybertip.org',
      phone: '1-800-843-5678',
    });
    expect(byId('cybertip-ca')?.channel.phone).toBe('1-866-658-9022');
    expect(byId('gb-childline')?.channel.phone).toBe('0800 1111');
    expect(byId('gb-revenge-porn-helpline')?.channel.phone).toBe('0345 6000 459');
    expect(byId('stop-sextortion')?.channel.sms).toEqual({ to: '741741', text: 'THORN' });
    expect(byId('es-policia-csam-email')?.channel.email).toBe(
      'denuncias.pornografia.infantil@policia.es',
    );
    expect(byId('mx-policia-cibernetica-cdmx')?.channel).toEqual({
      phone: '55 5242 5100',
      ext: '5086',
    });
    expect(byId('esafety')?.channel.url).toBe('https://www.esafety.gov.au/report');
  });

  it('has a label for every prepare item and note in every language', () => {
    for (const lang of ['en', 'fr', 'es'] as const) {
      const table = catalogs[lang] as Record<string, string>;
      for (const p of PrepareItem.options) expect(table[`directory.prepare.${p}`], p).toBeTruthy();
      for (const n of EntryNote.options) expect(table[`directory.note.${n}`], n).toBeTruthy();
    }
  });
});

describe('offered countries', () => {
  it('offers the 16 countries of the reference', () => {
    expect([...OFFERED_COUNTRIES].sort()).toEqual([...ISO_ALPHA2].sort());
  });

  describe.each(OFFERED_COUNTRIES)('%s', (cc) => {
    const routes = CountryRoutes.parse(COUNTRY_DIRECTORIES[cc]!.routes);

    it('names only entries that exist', () => {
      const ids = [
        routes.emergency,
        ...routes.hotlines,
        ...routes.police,
        ...routes.childSupport,
        ...routes.adultSupport,
        ...routes.adultReport,
        ...routes.crisis,
        ...routes.sextortion,
        ...routes.regulators,
        ...routes.mediation,
        ...routes.minorSelfRemoval,
        ...routes.otherReporting,
      ];
      for (const id of ids) expect(byId(id), id).toBeDefined();
    });

    it('shows every one of its own entries in some route', () => {
      const { entries } = COUNTRY_DIRECTORIES[cc]!;
      const named = new Set<unknown>(Object.values(routes).flat());
      for (const e of entries) expect(named.has(e.id), e.id).toBe(true);
    });

    it('has an emergency number', () => {
      const e = emergencyFor(cc);
      expect(e?.kind).toBe('emergency');
      expect(e?.channel.phone).toMatch(/^[0-9]{2,3}$/);
      expect(e?.countries).toContain(cc);
    });

    it('has a hotline or police portal', () => {
      const first = byId(routes.hotlines[0]!);
      expect(['hotline', 'law-enforcement', 'regulator']).toContain(first?.kind);
      expect(first?.channel.url ?? first?.channel.email).toBeTruthy();
    });

    it('has a police route and a support line', () => {
      expect(routes.police.length).toBeGreaterThan(0);
      const support = routes.childSupport.map((id) => byId(id)!);
      expect(support.some((e) => e.kind === 'support-line' || e.kind === 'crisis-line')).toBe(true);
    });

    it('lists its own entries first, then international ones', () => {
      const list = entriesFor(cc);
      const firstInt = list.findIndex((e) => !e.countries.includes(cc));
      expect(firstInt).toBeGreaterThan(0);
      expect(list.slice(firstInt).every((e) => e.countries.includes('INT'))).toBe(true);
      expect(list.some((e) => e.platform)).toBe(false);
    });
  });

  it('only the EU members are marked eu', () => {
    const eu = OFFERED_COUNTRIES.filter((cc) => routesFor(cc)?.eu).sort();
    expect(eu).toEqual(['BE', 'DE', 'ES', 'FR', 'IE', 'IT', 'NL']);
  });

  it('gives the well-known emergency numbers', () => {
    // The well-known numbers: US/CA 911, EU 112, FR 17 and 112, UK 999/112, AU 000.
    expect(emergencyFor('US')?.channel.phone).toBe('911');
    expect(emergencyFor('CA')?.channel.phone).toBe('911');
    expect(emergencyFor('GB')?.channel.phone).toBe('999');
    expect(emergencyFor('FR')?.channel.phone).toBe('17');
    expect(emergencyFor('AU')?.channel.phone).toBe('000');
    expect(emergencyFor('nz')?.channel.phone).toBe('111');
    expect(emergencyFor('XX')).toBeUndefined();
  });

  it('gives other countries the international services', () => {
    const ids = entriesFor('PT').map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining(['ncmec-cybertipline', 'inhope', 'ncmec-take-it-down', 'stopncii']),
    );
    expect(routesFor('PT')).toBeUndefined();
  });
});

describe('platform routes', () => {
  it.each(DIRECTORY_PLATFORMS)('%s has an in-app route and resolves every entry', (p) => {
    const routes = platformRoutes(p)!;
    expect(routes.inApp.kind).toBe('platform-in-app');
    expect(routes.inApp.platform).toBe(p);
    expect(routes.childSafety.length).toBeGreaterThan(0);
    expect(routes.intimateImage.length).toBeGreaterThan(0);
    for (const e of [...routes.childSafety, ...routes.intimateImage, ...routes.appeal]) {
      expect(e.platform, e.id).toBe(p);
    }
  });

  it('gives the TAKE IT DOWN routes the reference names', () => {
    expect(platformRoutes('x')?.takeItDownAct?.channel.url).toBe(
      'https://help.x.com/forms/safety-and-sensitive-content/take-it-down',
    );
    expect(platformRoutes('discord')?.takeItDownAct?.channel.url).toBe(
      'https://support.discord.com/hc/articles/38675715591831',
    );
    expect(platformRoutes('bluesky')?.takeItDownAct?.channel.url).toBe(
      'https://support.bsky.social/about/support/tida-info',
    );
    expect(platformRoutes('facebook')?.takeItDownAct).toBeUndefined();
  });

  it('records hash-service coverage from the reference', () => {
    expect(platformRoutes('instagram')).toMatchObject({ takeItDown: 'yes', stopNcii: 'yes' });
    expect(platformRoutes('youtube')).toMatchObject({ takeItDown: 'no', stopNcii: 'no' });
    expect(platformRoutes('snapchat')).toMatchObject({ takeItDown: 'likely', stopNcii: 'yes' });
  });

  it('uses email where that is the channel', () => {
    expect(platformRoutes('telegram')?.childSafety[0]?.channel.email).toBe('stopCA@telegram.org');
    expect(platformRoutes('tumblr')?.childSafety[0]?.channel.email).toBe('abuse@tumblr.com');
  });

  it('returns undefined for an unknown platform', () => {
    expect(platformRoutes('myspace')).toBeUndefined();
  });
});
