import { describe, expect, it } from 'vitest';
import { Case } from '@/lib/case/model';
import { createClient } from '@/lib/messaging/client';
import { MessageError } from '@/lib/messaging/envelope';
import { protocol } from '@/lib/messaging/protocol';
import { createRouter } from '@/lib/messaging/router';
import { classifySender, type SenderInfo } from '@/lib/messaging/sender';

const env = { runtimeId: 'beaconid', extensionOrigin: 'chrome-extension://beaconid' };
const page: SenderInfo = { id: 'beaconid', url: 'chrome-extension://beaconid/popup.html' };
const xTab: SenderInfo = {
  id: 'beaconid',
  url: 'https://x.com/home',
  origin: 'https://x.com',
  frameId: 0,
  tab: { id: 4, url: 'https://x.com/home' },
};

const capture = {
  kind: 'post',
  platform: 'x',
  permalink: 'https://x.com/someone/status/1',
  postId: '1',
  media: [{ kind: 'image', address: 'https://pbs.twimg.com/media/a.jpg' }],
  pageUrl: 'https://x.com/home',
  capturedAt: '2026-11-24T10:00:00.000Z',
  via: 'shortcut',
};

describe('classifySender', () => {
  it('accepts extension pages of this extension', () => {
    expect(classifySender(page, env)).toBe('page');
  });
  it('accepts the top frame of a supported platform tab as content', () => {
    expect(classifySender(xTab, env)).toBe('content');
  });
  it.each<[string, SenderInfo]>([
    ['another extension', { ...page, id: 'other' }],
    ['no id', { url: page.url }],
    ['a sub-frame', { ...xTab, frameId: 3 }],
    ['a content script without a tab', { ...xTab, tab: undefined }],
    [
      'an unsupported host',
      { ...xTab, url: 'https://evil.example/x.com', origin: 'https://evil.example' },
    ],
    ['plain http', { ...xTab, url: 'http://x.com/home', origin: 'http://x.com' }],
    ['a look-alike host', { ...xTab, url: 'https://x.com.evil.example/', origin: undefined }],
    ['a malformed url', { ...xTab, url: 'not a url', origin: undefined }],
  ])('rejects %s', (_name, info) => {
    expect(classifySender(info, env)).toBeNull();
  });
  it('takes the origin from the browser, not the page url path', () => {
    // The browser says the sender is evil.example even if its URL mentions x.com.
    expect(
      classifySender({ ...xTab, origin: 'https://evil.example', url: 'https://x.com/' }, env),
    ).toBeNull();
  });
});

describe('router', () => {
  const saved: unknown[] = [];
  const dispatch = createRouter(
    {
      ping: () => ({ version: '1.2.3' }),
      capture: (data) => {
        saved.push(data);
        return { saved: true, where: 'pending', lang: 'en' };
      },
      openWorkspace: () => {
        throw new Error('tabs are gone');
      },
      openUrl: () => {
        throw new MessageError('locked', 'Unlock first.');
      },
    },
    env,
  );

  it('answers a valid message', async () => {
    expect(await dispatch({ beacon: 1, type: 'ping' }, page)).toEqual({
      ok: true,
      data: { version: '1.2.3' },
    });
  });

  it('validates and hands over a capture from a content script', async () => {
    const answer = await dispatch({ beacon: 1, type: 'capture', data: capture }, xTab);
    expect(answer).toEqual({ ok: true, data: { saved: true, where: 'pending', lang: 'en' } });
    expect(saved).toHaveLength(1);
  });

  it('ignores a `truncated` note a content script sends; keeps the capture and its own notes', async () => {
    saved.length = 0;
    // A page driving a content script claims the words were cut: nothing was.
    const forged = { ...capture, text: 'short', truncated: ['text', 'author.handle'] };
    expect(await dispatch({ beacon: 1, type: 'capture', data: forged }, xTab)).toMatchObject({
      ok: true,
    });
    expect(saved[0]).toMatchObject({ text: 'short' });
    expect(saved[0]).not.toHaveProperty('truncated');
    // What the background itself shortened is still noted (and only that).
    const long = { ...capture, text: 'z'.repeat(800), truncated: ['subject'] };
    await dispatch({ beacon: 1, type: 'capture', data: long }, xTab);
    expect(saved[1]).toMatchObject({ truncated: ['text'] });
    // Any other unknown field is still refused (the schema stays strict).
    expect(
      await dispatch({ beacon: 1, type: 'capture', data: { ...capture, extra: 1 } }, xTab),
    ).toMatchObject({ ok: false, error: { code: 'invalid-data' } });
  });

  it.each([
    ['null', null],
    ['a string', 'capture'],
    ['no marker', { type: 'ping' }],
    ['a numeric type', { beacon: 1, type: 3 }],
  ])('rejects %s as not a Beacon message', async (_name, message) => {
    expect(await dispatch(message, page)).toMatchObject({
      ok: false,
      error: { code: 'bad-message' },
    });
  });

  it('rejects unknown and inherited types', async () => {
    for (const type of ['nope', '__proto__', 'toString', 'constructor']) {
      expect(await dispatch({ beacon: 1, type }, page)).toMatchObject({
        ok: false,
        error: { code: 'unknown-type' },
      });
    }
  });

  it('rejects a content script sending a page-only message', async () => {
    expect(await dispatch({ beacon: 1, type: 'ping' }, xTab)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });

  it('rejects a capture from a sub-frame', async () => {
    expect(
      await dispatch({ beacon: 1, type: 'capture', data: capture }, { ...xTab, frameId: 2 }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('names the bad field of malformed data', async () => {
    const answer = await dispatch(
      { beacon: 1, type: 'capture', data: { ...capture, permalink: 'javascript:alert(1)' } },
      xTab,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-data' } });
    expect(answer.ok === false && answer.error.message).toContain('permalink');
  });

  it('rejects extra fields (strict schemas)', async () => {
    const answer = await dispatch(
      { beacon: 1, type: 'capture', data: { ...capture, image: 'data:...' } },
      xTab,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-data' } });
  });

  it('turns a throwing handler into an error answer', async () => {
    expect(
      await dispatch({ beacon: 1, type: 'openWorkspace', data: { view: 'home' } }, page),
    ).toEqual({ ok: false, error: { code: 'failed', message: 'tabs are gone' } });
    expect(
      await dispatch({ beacon: 1, type: 'openUrl', data: { url: 'https://x.com/' } }, page),
    ).toEqual({ ok: false, error: { code: 'locked', message: 'Unlock first.' } });
  });
});

describe('router: a getCase answer is checked once per case object', () => {
  const kase = Case.parse({
    id: 'c1',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    profile: { title: 'T', role: 'parent', ageAtTime: 'minor', country: 'FR', languages: ['fr'] },
  });

  function counting() {
    let checks = 0;
    const response = {
      safeParse(value: unknown) {
        checks++;
        return protocol.getCase.response.safeParse(value);
      },
    } as unknown as typeof protocol.getCase.response;
    const spec = { ...protocol, getCase: { ...protocol.getCase, response } } as typeof protocol;
    return { spec, checks: () => checks };
  }

  it('answers the same object twice with one check, and checks a changed case again', async () => {
    let current: typeof kase = kase;
    const { spec, checks } = counting();
    const dispatch = createRouter({ getCase: () => current }, env, spec);
    const first = await dispatch({ beacon: 1, type: 'getCase', data: { id: 'c1' } }, page);
    const again = await dispatch({ beacon: 1, type: 'getCase', data: { id: 'c1' } }, page);
    expect(first).toEqual({ ok: true, data: kase });
    expect(again).toEqual(first);
    expect(checks()).toBe(1);
    // A change makes a new object: it is checked, and the answer is the new case.
    current = { ...kase, profile: { ...kase.profile, title: 'Renamed' } };
    const changed = await dispatch({ beacon: 1, type: 'getCase', data: { id: 'c1' } }, page);
    expect(checks()).toBe(2);
    expect(changed).toMatchObject({ ok: true, data: { profile: { title: 'Renamed' } } });
  });

  it('keeps refusing a bad answer, every time', async () => {
    const bad = { ...kase, id: '' };
    const { spec, checks } = counting();
    const dispatch = createRouter({ getCase: () => bad as typeof kase }, env, spec);
    for (let i = 0; i < 2; i++) {
      expect(
        await dispatch({ beacon: 1, type: 'getCase', data: { id: 'c1' } }, page),
      ).toMatchObject({ ok: false, error: { code: 'failed' } });
    }
    expect(checks()).toBe(2);
  });

  it('still checks every answer of other types', async () => {
    const status = { version: '1.2.3' };
    let checks = 0;
    const response = {
      safeParse(value: unknown) {
        checks++;
        return protocol.ping.response.safeParse(value);
      },
    } as unknown as typeof protocol.ping.response;
    const spec = { ...protocol, ping: { ...protocol.ping, response } } as typeof protocol;
    const dispatch = createRouter({ ping: () => status }, env, spec);
    await dispatch({ beacon: 1, type: 'ping' }, page);
    await dispatch({ beacon: 1, type: 'ping' }, page);
    expect(checks).toBe(2);
  });
});

describe('client', () => {
  it('returns data and throws MessageError with the code', async () => {
    const send = createClient(async (message) =>
      message.type === 'ping'
        ? { ok: true, data: { version: '9' } }
        : { ok: false, error: { code: 'locked', message: 'Locked.' } },
    );
    expect(await send('ping')).toEqual({ version: '9' });
    await expect(send('openWorkspace', { view: 'home' })).rejects.toMatchObject({ code: 'locked' });
  });
  it('fails clearly when nothing answers', async () => {
    const send = createClient(async () => undefined);
    await expect(send('ping')).rejects.toThrow('No answer from Beacon.');
  });
});

describe('undoCapture at the router', () => {
  const asked: Array<{ id: string; sender: string; tab?: number }> = [];
  const dispatch = createRouter(
    {
      undoCapture: ({ id }, ctx) => {
        asked.push({ id, sender: ctx.sender, tab: ctx.info.tab?.id });
        return { where: 'case', message: 'Undone.' };
      },
      recentCaptures: () => [
        { id: 'a', at: 1, where: 'case', host: 'x.com', kind: 'post', tabId: 4 } as never,
      ],
    },
    env,
  );
  const undo = (id: unknown, info: SenderInfo) =>
    dispatch({ beacon: 1, type: 'undoCapture', data: { id } }, info);

  it('takes a well-formed id from the popup and from a platform tab, with the tab the browser names', async () => {
    expect(await undo('cap_1', page)).toEqual({
      ok: true,
      data: { where: 'case', message: 'Undone.' },
    });
    expect(await undo('cap_2', xTab)).toMatchObject({ ok: true });
    expect(asked).toEqual([
      { id: 'cap_1', sender: 'page', tab: undefined },
      { id: 'cap_2', sender: 'content', tab: 4 },
    ]);
  });

  it.each([
    ['an id with a path', '../x'],
    ['an over-long id', 'a'.repeat(65)],
    ['no id', undefined],
    ['an object', { $gt: '' }],
  ])('refuses %s before any handler runs', async (_name, id) => {
    const before = asked.length;
    expect(await undo(id, page)).toMatchObject({ ok: false, error: { code: 'invalid-data' } });
    expect(asked).toHaveLength(before);
  });

  it('refuses other extensions and framed pages', async () => {
    expect(await undo('cap_3', { ...page, id: 'other' })).toMatchObject({
      error: { code: 'forbidden-sender' },
    });
    expect(await undo('cap_3', { ...xTab, frameId: 2 })).toMatchObject({
      error: { code: 'forbidden-sender' },
    });
  });

  it('the recent list is for extension pages only, and its answer carries no tab', async () => {
    const fromPage = await dispatch({ beacon: 1, type: 'recentCaptures' }, page);
    expect(fromPage).toEqual({
      ok: true,
      data: [{ id: 'a', at: 1, where: 'case', host: 'x.com', kind: 'post' }],
    });
    expect(await dispatch({ beacon: 1, type: 'recentCaptures' }, xTab)).toMatchObject({
      error: { code: 'forbidden-sender' },
    });
  });
});
