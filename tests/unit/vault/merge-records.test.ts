import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changeText } from '@/lib/case/change-text';
import { Case } from '@/lib/case/model';
import type { HashReceipt, SextortionRecord } from '@/lib/case/records';
import { timeline } from '@/lib/case/timeline';
import { translator } from '@/lib/i18n';
import { buildPlainExport } from '@/lib/vault/export';
import { readExportFile } from '@/lib/vault/import';
import { planImport } from '@/lib/vault/merge';
import { cleanRecords, MAX_PAYMENTS, mergeRecords } from '@/lib/vault/merge-records';
import { dumpLocal, makeVault, PASS, profile } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

const AT = '2026-11-20T10:00:00.000Z';
const LATER = '2026-11-21T18:30:00.000Z';

const record = (over: Partial<SextortionRecord> = {}): SextortionRecord => ({
  threatener: {},
  demands: [],
  paymentDetails: [],
  threats: [],
  alreadyShared: 'unknown',
  ...over,
});
const receipt = (over: Partial<HashReceipt> = {}): HashReceipt => ({
  id: 'hr1',
  service: 'take-it-down',
  caseNumber: 'TID-1234',
  createdAt: AT,
  ...over,
});
const kase = (over: Partial<Case> = {}): Case =>
  Case.parse({ id: 'case1', createdAt: AT, updatedAt: AT, profile, ...over });

describe('import merge of the sextortion record', () => {
  it('takes the file’s record whole when the vault’s case has none', () => {
    const theirs = record({
      threatener: { platform: 'instagram', handle: 'sam_fake' },
      paymentDetails: [{ id: 'p1', kind: 'gift-card', value: 'ABCD-EFGH-1234' }],
      threats: [{ id: 't1', at: AT, text: 'Pay or I post them' }],
    });
    const out = mergeRecords({ hashReceipts: [] }, { sextortion: theirs, hashReceipts: [] });
    expect(out.sextortion).toEqual(theirs);
    expect(out.sextortionAdded).toBe(3);
  });

  it('keeps the vault’s values, fills the empty ones, joins demands', () => {
    const mine = record({
      threatener: { handle: 'mine_handle' },
      demands: ['money'],
      alreadyShared: 'no',
    });
    const theirs = record({
      threatener: { handle: 'other_handle', platform: 'snapchat' },
      contactStartedOn: 'A game chat',
      demands: ['money', 'more-images'],
      alreadyShared: 'yes',
    });
    const out = mergeRecords(
      { sextortion: mine, hashReceipts: [] },
      { sextortion: theirs, hashReceipts: [] },
    );
    expect(out.sextortion).toEqual({
      threatener: { handle: 'mine_handle', platform: 'snapchat' },
      contactStartedOn: 'A game chat',
      demands: ['money', 'more-images'],
      paymentDetails: [],
      threats: [],
      alreadyShared: 'no',
    });
  });

  it('an "unknown" in the vault takes the file’s yes or no; a yes stays a yes', () => {
    const yes = mergeRecords(
      { sextortion: record({ alreadyShared: 'unknown' }), hashReceipts: [] },
      { sextortion: record({ alreadyShared: 'yes' }), hashReceipts: [] },
    );
    expect(yes.sextortion?.alreadyShared).toBe('yes');
    const kept = mergeRecords(
      { sextortion: record({ alreadyShared: 'yes' }), hashReceipts: [] },
      { sextortion: record({ alreadyShared: 'no' }), hashReceipts: [] },
    );
    expect(kept.sextortion?.alreadyShared).toBe('yes');
  });

  it('adds payment details and threats once (same code with other spacing or case, same time and words)', () => {
    const mine = record({
      paymentDetails: [{ id: 'p1', kind: 'gift-card', value: 'ABCD-EFGH-1234' }],
      threats: [{ id: 't1', at: AT, text: 'Pay or I post them' }],
    });
    const theirs = record({
      paymentDetails: [
        { id: 'x1', kind: 'gift-card', value: 'abcd-efgh-1234 ' },
        { id: 'x2', kind: 'crypto-wallet', value: 'bc1qexamplewallet' },
      ],
      threats: [
        { id: 'other-id', at: '2026-11-20T11:00:00+01:00', text: 'Pay  or I post them' },
        { id: 't2', at: LATER, text: 'Last chance' },
      ],
    });
    const out = mergeRecords(
      { sextortion: mine, hashReceipts: [] },
      { sextortion: theirs, hashReceipts: [] },
    );
    expect(out.sextortion?.paymentDetails.map((p) => p.value)).toEqual([
      'ABCD-EFGH-1234',
      'bc1qexamplewallet',
    ]);
    expect(out.sextortion?.threats.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(out.sextortionAdded).toBe(2);
  });

  it('an entry of the file whose id is taken by a different entry gets its own id', () => {
    const mine = record({ paymentDetails: [{ id: 'p1', kind: 'gift-card', value: 'AAAA' }] });
    const theirs = record({ paymentDetails: [{ id: 'p1', kind: 'gift-card', value: 'BBBB' }] });
    const out = mergeRecords(
      { sextortion: mine, hashReceipts: [] },
      { sextortion: theirs, hashReceipts: [] },
    );
    const ids = out.sextortion?.paymentDetails.map((p) => p.id) ?? [];
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect(out.sextortion?.paymentDetails[0]).toEqual({
      id: 'p1',
      kind: 'gift-card',
      value: 'AAAA',
    });
  });

  it('merging the same file twice changes nothing the second time', () => {
    const theirs = {
      sextortion: record({
        threatener: { handle: 'h' },
        demands: ['meeting' as const],
        paymentDetails: [{ id: 'p9', kind: 'payment-handle' as const, value: '$cashtag' }],
        threats: [{ id: 't9', at: AT, text: 'x' }],
        alreadyShared: 'yes',
      }),
      hashReceipts: [receipt({ pin: '9999' })],
    };
    const mine = {
      sextortion: record({ demands: ['money'] }),
      hashReceipts: [receipt({ id: 'mine' })],
    };
    const once = mergeRecords(mine, theirs);
    const twice = mergeRecords(
      { sextortion: once.sextortion, hashReceipts: once.hashReceipts },
      theirs,
    );
    expect(twice.sextortion).toBe(once.sextortion);
    expect(twice.hashReceipts).toBe(once.hashReceipts);
    expect(twice.sextortionAdded + twice.receiptsAdded).toBe(0);
  });

  it('never goes over the stored cap, and counts what did not fit', () => {
    const full = Array.from({ length: MAX_PAYMENTS }, (_, i) => ({
      id: `p${i}`,
      kind: 'other' as const,
      value: `v${i}`,
    }));
    const out = mergeRecords(
      { sextortion: record({ paymentDetails: full }), hashReceipts: [] },
      {
        sextortion: record({ paymentDetails: [{ id: 'n', kind: 'other', value: 'new' }] }),
        hashReceipts: [],
      },
    );
    expect(out.sextortion?.paymentDetails).toHaveLength(MAX_PAYMENTS);
    expect(out.notFitting).toBe(1);
  });
});

describe('import merge of hash-service receipts', () => {
  it('adds new receipts, keeps a known one, fills its missing PIN, never replaces a PIN', () => {
    const mine = [
      receipt(),
      receipt({ id: 'hr2', service: 'stopncii', caseNumber: 'S-1', pin: 'OLD' }),
    ];
    const theirs = [
      receipt({ id: 'z', caseNumber: 'tid-1234', pin: '4321' }),
      receipt({ id: 'z2', service: 'stopncii', caseNumber: 'S-1', pin: 'NEW' }),
      receipt({ id: 'hr1', service: 'other', caseNumber: 'OTHER-7' }),
    ];
    const out = mergeRecords({ hashReceipts: mine }, { hashReceipts: theirs });
    expect(out.hashReceipts).toHaveLength(3);
    expect(out.hashReceipts[0]).toEqual(receipt({ pin: '4321' }));
    expect(out.hashReceipts[1]?.pin).toBe('OLD');
    expect(out.hashReceipts[2]).toMatchObject({ service: 'other', caseNumber: 'OTHER-7' });
    expect(out.hashReceipts[2]?.id).not.toBe('hr1');
    expect(out.receiptsAdded).toBe(2);
  });
});

describe('hostile values in an imported record', () => {
  it('bidi, zero-width and control characters are taken out of codes, handles and threats', () => {
    const theirs = record({
      threatener: { handle: 'sam\u202Egpj.exe', platform: 'insta\u0000gram' },
      paymentDetails: [
        { id: 'p1', kind: 'gift-card', value: 'ABCD\u200B-EFGH\u2066-1234' },
        { id: 'p2', kind: 'crypto-wallet', value: '\u202E\u200B' },
      ],
      threats: [{ id: 't1', at: AT, text: 'line one\nline\u0007 two\u2067' }],
      demandNote: '\u202A\u202C',
    });
    const out = mergeRecords(
      { hashReceipts: [] },
      {
        sextortion: theirs,
        hashReceipts: [receipt({ caseNumber: 'TID\u200F-1', pin: '12\u00003\u202E4' })],
      },
    );
    expect(out.sextortion?.threatener).toEqual({ handle: 'samgpj.exe', platform: 'insta gram' });
    // A value that was nothing but hidden characters is not kept as an empty entry.
    expect(out.sextortion?.paymentDetails).toEqual([
      { id: 'p1', kind: 'gift-card', value: 'ABCD-EFGH-1234' },
    ]);
    expect(out.sextortion?.threats[0]?.text).toBe('line one\nline  two');
    expect(out.sextortion?.demandNote).toBeUndefined();
    expect(out.hashReceipts[0]).toMatchObject({ caseNumber: 'TID-1', pin: '12 34' });
  });

  it('a code hidden behind bidi characters is recognised as the one already in the vault', () => {
    const out = mergeRecords(
      {
        sextortion: record({ paymentDetails: [{ id: 'p1', kind: 'gift-card', value: 'ABCD' }] }),
        hashReceipts: [],
      },
      {
        sextortion: record({
          paymentDetails: [{ id: 'q', kind: 'gift-card', value: 'AB\u200DCD\u202C' }],
        }),
        hashReceipts: [],
      },
    );
    expect(out.sextortion?.paymentDetails).toHaveLength(1);
    expect(out.sextortionAdded).toBe(0);
  });

  it('a case new to the vault is cleaned the same way', () => {
    const theirs = kase({
      sextortion: record({
        paymentDetails: [{ id: 'p1', kind: 'gift-card', value: 'AB\u202ECD' }],
      }),
      hashReceipts: [
        receipt({ caseNumber: '\u200B\u200B' }),
        receipt({ id: 'ok', caseNumber: 'N\u20661' }),
      ],
    });
    const plan = planImport(new Map(), [theirs], new Date(LATER));
    expect(plan.changed[0]?.sextortion?.paymentDetails[0]?.value).toBe('ABCD');
    expect(plan.changed[0]?.hashReceipts.map((h) => h.caseNumber)).toEqual(['N1']);
  });

  it('an oversized gift-card code, threat or PIN makes the file refused whole, with a message', async () => {
    for (const bad of [
      {
        sextortion: record({
          paymentDetails: [{ id: 'p', kind: 'gift-card', value: 'x'.repeat(501) }],
        }),
      },
      { sextortion: record({ threats: [{ id: 't', at: AT, text: 'y'.repeat(2001) }] }) },
      { hashReceipts: [receipt({ pin: '1'.repeat(201) })] },
    ]) {
      const hostile = { ...kase(), ...bad } as Case;
      const { zip } = await buildPlainExport({
        cases: [hostile],
        schemaVersion: 1,
        files: [],
        createdAt: new Date(LATER),
        appVersion: '0.1.0',
      });
      await expect(readExportFile(zip)).rejects.toMatchObject({
        code: 'bad-import',
        message: expect.stringMatching(/\S/),
      });
    }
  });
});

describe('import into an existing case, through the vault', () => {
  it('carries over the sextortion record and receipts, keeping what the vault has', async () => {
    const { vault } = makeVault();
    await vault.createVault({ passphrase: PASS, profile });
    const [summary] = await vault.listCases();
    const id = summary?.id ?? '';
    const threat1 = { id: 't1', at: AT, text: 'Pay 200 or I post them' };
    await vault.updateCase({
      id,
      op: {
        op: 'setSextortion',
        record: record({
          threatener: { handle: 'blackmailer' },
          demands: ['money'],
          paymentDetails: [{ id: 'p1', kind: 'gift-card', value: 'GIFT-1111' }],
          threats: [threat1],
        }),
      },
    });
    await vault.updateCase({
      id,
      op: {
        op: 'addHashReceipt',
        id: 'r1',
        fields: { service: 'take-it-down', caseNumber: 'TID-1' },
      },
    });
    // The other browser's copy of the case knows more: a second code, a second threat, the PIN.
    const other = await vault.getCase({ id });
    const fileCase: Case = {
      ...other,
      sextortion: record({
        threatener: { handle: 'someone_else', platform: 'snapchat' },
        demands: ['money', 'more-images'],
        paymentDetails: [
          { id: 'p1', kind: 'gift-card', value: 'GIFT-1111' },
          { id: 'p2', kind: 'gift-card', value: 'GIFT-2222' },
        ],
        threats: [threat1, { id: 't2', at: LATER, text: 'Tonight' }],
        alreadyShared: 'no',
      }),
      hashReceipts: [
        { id: 'r1', service: 'take-it-down', caseNumber: 'TID-1', pin: '5555', createdAt: AT },
        { id: 'r2', service: 'stopncii', caseNumber: 'SNCII-9', createdAt: AT },
      ],
    };
    const { zip } = await buildPlainExport({
      cases: [fileCase],
      schemaVersion: 1,
      files: [],
      createdAt: new Date(LATER),
      appVersion: '0.1.0',
    });
    const dataBase64 = btoa(String.fromCharCode(...zip));

    const preview = await vault.previewImport({ dataBase64 });
    expect(preview.cases[0]).toMatchObject({ isNew: false, newReceipts: 2, newSextortion: 5 });
    await vault.applyImport({ dataBase64 });

    const merged = await vault.getCase({ id });
    expect(merged.sextortion?.threatener).toEqual({ handle: 'blackmailer', platform: 'snapchat' });
    expect(merged.sextortion?.demands).toEqual(['money', 'more-images']);
    expect(merged.sextortion?.paymentDetails.map((p) => p.value)).toEqual([
      'GIFT-1111',
      'GIFT-2222',
    ]);
    expect(merged.sextortion?.threats.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(merged.sextortion?.alreadyShared).toBe('no');
    expect(merged.hashReceipts.map((h) => [h.caseNumber, h.pin])).toEqual([
      ['TID-1', '5555'],
      ['SNCII-9', undefined],
    ]);
    // What the import added is stored encrypted like the rest.
    const dump = await dumpLocal();
    for (const secret of ['GIFT-2222', 'SNCII-9', '5555', 'someone_else', 'Tonight']) {
      expect(dump).not.toContain(secret);
    }
    const again = await vault.previewImport({ dataBase64 });
    expect(again.cases[0]).toMatchObject({ newReceipts: 0, newSextortion: 0 });

    // The timeline says the import changed the record, with counts and nothing secret.
    const before = (await vault.getCase({ id })).changes.length;
    const logged = merged.changes.filter((c) => c.kind === 'sextortion-updated');
    expect(logged.at(-1)).toMatchObject({
      kind: 'sextortion-updated',
      byImport: { payments: 1, threats: 1, details: 3 },
    });
    const entry = timeline(merged).find((e) => e.ref === logged.at(-1)?.id);
    for (const lang of ['en', 'fr', 'es'] as const) {
      const text = changeText(translator(lang), entry as NonNullable<typeof entry>, (x) => x);
      expect(text).toBe(
        translator(lang)('case.tl.sextortionImported', { payments: 1, threats: 1, details: 3 }),
      );
      for (const secret of ['GIFT-2222', 'Tonight', 'someone_else', 'snapchat']) {
        expect(text).not.toContain(secret);
      }
    }
    expect(JSON.stringify(merged.changes)).not.toMatch(/GIFT|Tonight|someone_else/);
    // Importing the same file again adds nothing, so no second line.
    await vault.applyImport({ dataBase64 });
    expect((await vault.getCase({ id })).changes).toHaveLength(before);
  });
});

describe('import merge of records (property)', () => {
  const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/);
  const when = fc
    .integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2027-01-01T00:00:00Z') })
    .map((ms) => new Date(ms).toISOString());
  // Short strings that often share values, with hidden characters mixed in.
  const word = fc
    .array(fc.constantFrom('A', 'b', ' ', '1', '\u200B', '\u202E', '\n', '-'), { maxLength: 6 })
    .map((chars) => chars.join(''));
  const sextortion = fc.record({
    threatener: fc.record({ platform: word, handle: word }, { requiredKeys: [] }),
    contactStartedOn: fc.option(word, { nil: undefined }),
    demands: fc.uniqueArray(fc.constantFrom('money', 'more-images', 'meeting', 'other'), {
      maxLength: 4,
    }),
    paymentDetails: fc.uniqueArray(
      fc.record({
        id,
        kind: fc.constantFrom('gift-card', 'crypto-wallet', 'other'),
        value: word,
      }),
      { selector: (p) => p.id, maxLength: 5 },
    ),
    threats: fc.uniqueArray(fc.record({ id, at: when, text: word }), {
      selector: (t) => t.id,
      maxLength: 5,
    }),
    alreadyShared: fc.constantFrom('yes', 'no', 'unknown'),
  });
  const receipts = fc.uniqueArray(
    fc.record(
      {
        id,
        service: fc.constantFrom('take-it-down', 'stopncii', 'other'),
        caseNumber: word,
        pin: word,
        createdAt: when,
      },
      { requiredKeys: ['id', 'service', 'caseNumber', 'createdAt'] },
    ),
    { selector: (h) => h.id, maxLength: 4 },
  );
  const side = fc.record({
    sextortion: fc.option(sextortion, { nil: undefined }),
    hashReceipts: receipts,
  });

  it('keeps everything the vault has, stays valid, and a second merge adds nothing', () => {
    fc.assert(
      fc.property(side, side, (mineRaw, theirsRaw) => {
        // What the vault holds was typed through the forms: no hidden characters.
        const mine = cleanRecords(kase(mineRaw as Partial<Case>));
        const theirs = kase(theirsRaw as Partial<Case>);
        const out = mergeRecords(mine, theirs);
        const merged = kase({ sextortion: out.sextortion, hashReceipts: out.hashReceipts });
        expect(merged.sextortion).toEqual(out.sextortion);
        if (mine.sextortion) {
          const m = mine.sextortion;
          const o = out.sextortion as SextortionRecord;
          for (const key of ['platform', 'handle'] as const) {
            if (m.threatener[key]) expect(o.threatener[key]).toBe(m.threatener[key]);
          }
          if (m.contactStartedOn) expect(o.contactStartedOn).toBe(m.contactStartedOn);
          if (m.alreadyShared !== 'unknown') expect(o.alreadyShared).toBe(m.alreadyShared);
          for (const d of m.demands) expect(o.demands).toContain(d);
          for (const p of m.paymentDetails) expect(o.paymentDetails).toContainEqual(p);
          for (const t of m.threats) expect(o.threats).toContainEqual(t);
          expect(new Set(o.paymentDetails.map((p) => p.id)).size).toBe(o.paymentDetails.length);
          expect(new Set(o.threats.map((t) => t.id)).size).toBe(o.threats.length);
        }
        for (const h of mine.hashReceipts) {
          const kept = out.hashReceipts.find((x) => x.id === h.id);
          expect(kept).toMatchObject({ service: h.service, caseNumber: h.caseNumber });
          if (h.pin) expect(kept?.pin).toBe(h.pin);
        }
        expect(new Set(out.hashReceipts.map((h) => h.id)).size).toBe(out.hashReceipts.length);
        const again = mergeRecords(
          { sextortion: out.sextortion, hashReceipts: out.hashReceipts },
          theirs,
        );
        expect(again.sextortionAdded + again.receiptsAdded).toBe(0);
        expect(again.sextortion).toBe(out.sextortion);
        expect(again.hashReceipts).toBe(out.hashReceipts);
      }),
      { numRuns: 300 },
    );
  });
});
