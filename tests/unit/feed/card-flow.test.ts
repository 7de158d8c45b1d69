// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CardFlow, createCardFlow, savedStatus } from '@/lib/feed/card-flow';
import { feedText } from '@/lib/feed/i18n';
import { readTarget } from '@/lib/feed/read-target';
import { cardWords } from '@/lib/i18n/card-words';
import { MessageError } from '@/lib/messaging/envelope';
import type { CaptureResult } from '@/lib/messaging/protocol';
import { post, realClick, settle, shadow, testAdapter } from './helpers';

const en = feedText('en', cardWords('en'));
const now = new Date('2025-03-03T10:00:00.000Z');
let flow: CardFlow | undefined;

function start(
  result: CaptureResult | Error,
  target: () => Element | null | undefined,
  guard: {
    refusal?: () => string | null;
    undo?: (id: string) => Promise<{ message: string }>;
  } = {},
) {
  const capture = vi.fn(async () => {
    if (result instanceof Error) throw result;
    // As the background answers: the card's words in the answer's language.
    return { ...result, words: cardWords(result.lang) };
  });
  const watched: Element[] = [];
  const undo = vi.fn(guard.undo ?? (async () => ({ message: 'Undone (from the background).' })));
  const host = document.createElement('beacon-shortcut');
  const button = document.createElement('button');
  host.append(button);
  document.body.append(host);
  flow = createCardFlow({
    doc: document,
    adapter: testAdapter,
    platformName: 'X',
    uiText: en,
    pageInfo: () => ({ url: new URL('https://x.com/home') }),
    now: () => now,
    capture,
    openUrl: async () => undefined,
    openWorkspace: async () => undefined,
    copy: async () => undefined,
    targetOf: target,
    buttonOf: () => button,
    watch: (el) => watched.push(el),
    refusal: guard.refusal ?? (() => null),
    undo,
  });
  return { host, button, capture, undo, watched };
}

const cardText = () => shadow(document.querySelector('beacon-card') as Element).textContent ?? '';

beforeEach(() => document.body.replaceChildren());
afterEach(() => flow?.stop());

describe('the card flow', () => {
  it('saves what the target reads as and shows where it went', async () => {
    document.body.innerHTML = post('1', { handle: 'alice' });
    const article = document.querySelector('article');
    const { host, capture } = start({ saved: true, where: 'inbox', lang: 'en' }, () => article);
    await flow?.capture(host);
    expect(capture).toHaveBeenCalledTimes(1);
    expect(cardText()).toContain(en('feed.card.savedInbox'));
    expect(cardText()).toContain('alice');
    expect(cardText()).toContain('To report it on X:');
  });

  it('a target that no longer reads shows "unreadable" and saves nothing', async () => {
    const gone = document.createElement('article');
    const { host, capture } = start({ saved: true, where: 'case', lang: 'en' }, () => gone);
    await flow?.capture(host);
    expect(capture).not.toHaveBeenCalled();
    expect(cardText()).toContain(en('feed.unreadable'));
  });

  it('an unknown host does nothing', async () => {
    const { host, capture } = start({ saved: true, where: 'case', lang: 'en' }, () => undefined);
    await flow?.capture(host);
    expect(capture).not.toHaveBeenCalled();
    expect(
      shadow(document.querySelector('beacon-card') as Element).querySelector('[role="dialog"]'),
    ).toBeNull();
  });

  it('a refusal shows the refusal, and closing gives focus back to the button', () => {
    const { host, button } = start({ saved: true, where: 'case', lang: 'en' }, () => null);
    flow?.refuse(host);
    expect(cardText()).toContain(en('feed.refused'));
    flow?.stop();
    expect(document.querySelector('beacon-card')).toBeNull(); // the layer goes with the feed
    expect(document.activeElement).not.toBe(button); // stopped: focus is left alone
  });

  it("a failed message shows the feed's calm words (and the way round), never the browser's English", async () => {
    document.body.innerHTML = post('1');
    const article = document.querySelector('article');
    const raw = 'Could not establish connection. Receiving end does not exist.';
    const { host } = start(new Error(raw), () => article);
    await flow?.capture(host);
    expect(cardText()).toContain(`${en('feed.failed')} ${en('feed.useMenu')}`);
    expect(cardText()).not.toContain(raw);
  });

  const cardButton = (label: string) =>
    [...shadow(document.querySelector('beacon-card') as Element).querySelectorAll('button')].find(
      (b) => b.textContent === label,
    );

  it('a saved capture offers Undo, guarded; a counted click undoes it and says so', async () => {
    document.body.innerHTML = post('1', { handle: 'alice' });
    const article = document.querySelector('article');
    const refusals: Array<{ x: number; y: number } | null> = [];
    let refuse: string | null = 'too-soon';
    const { host, undo, watched } = start(
      { saved: true, where: 'case', lang: 'en', id: 'cap-1' },
      () => article,
      {
        refusal: (_el?: unknown, point?: { x: number; y: number } | null) => {
          refusals.push(point ?? null);
          return refuse;
        },
      } as never,
    );
    await flow?.capture(host);
    const button = cardButton('Undo');
    expect(button).toBeDefined();
    expect(watched).toEqual([button]); // the guard watches it from the moment it exists

    // A page's own click: nothing.
    button?.click();
    await settle();
    expect(undo).not.toHaveBeenCalled();
    // A real click the guard refuses (just appeared, covered): nothing undone, the card says so.
    realClick(button as HTMLElement, { x: 5, y: 6 });
    await settle();
    expect(refusals).toEqual([{ x: 5, y: 6 }]);
    expect(undo).not.toHaveBeenCalled();
    expect(cardText()).toContain(en('feed.card.undoRefused'));
    // Once it counts: undone by the capture's id, and the background's words are shown.
    refuse = null;
    realClick(button as HTMLElement);
    await settle();
    await settle();
    expect(undo).toHaveBeenCalledWith('cap-1');
    expect(cardText()).toContain('Undone (from the background).');
    expect(cardButton('Undo')).toBeUndefined();
  });

  it('no Undo when nothing was saved; a failed undo shows its reason', async () => {
    document.body.innerHTML = post('1');
    const article = document.querySelector('article');
    const failing = start({ saved: false, where: 'case', lang: 'en' }, () => article);
    await flow?.capture(failing.host);
    expect(cardButton('Undo')).toBeUndefined();
    flow?.stop();
    document.body.innerHTML = post('2');
    const second = document.querySelector('article');
    const { host } = start({ saved: true, where: 'inbox', lang: 'en', id: 'cap-2' }, () => second, {
      undo: async () => {
        throw new MessageError('not-found', 'This capture is no longer in your case.');
      },
    });
    await flow?.capture(host);
    realClick(cardButton('Undo') as HTMLElement);
    await settle();
    await settle();
    expect(cardText()).toContain('This capture is no longer in your case.');
  });

  it("a failed undo message (no answer, or the router's English) shows the card's calm words", async () => {
    for (const error of [
      new Error('Could not establish connection. Receiving end does not exist.'),
      new MessageError('invalid-data', 'id: Too big: expected string to have <=100 characters'),
      // The router's own refusal of a sender (router.ts), in English: same code as the vault's.
      new MessageError('forbidden-sender', '"undoCapture" is not accepted from this sender.'),
    ]) {
      flow?.stop();
      document.body.innerHTML = post('3');
      const article = document.querySelector('article');
      const { host } = start({ saved: true, where: 'case', lang: 'es', id: 'c3' }, () => article, {
        undo: async () => {
          throw error;
        },
      });
      await flow?.capture(host);
      realClick(cardButton('Deshacer') as HTMLElement);
      await settle();
      await settle();
      expect(cardText()).toContain(cardWords('es')['feed.card.undoFailed']);
      expect(cardText()).not.toContain(error.message);
    }
  });

  it('says in plain words when details were shortened', async () => {
    document.body.innerHTML = post('1');
    const article = document.querySelector('article');
    const { host } = start(
      { saved: true, where: 'case', lang: 'en', id: 'c', truncated: ['text'] },
      () => article,
    );
    await flow?.capture(host);
    expect(cardText()).toContain('Some details were too long and were shortened.');
    flow?.stop();
    const plain = start({ saved: true, where: 'case', lang: 'en', id: 'd' }, () => article);
    await flow?.capture(plain.host);
    expect(cardText()).not.toContain('shortened');
  });

  it('savedStatus names the case, the inbox, the waiting list, or the failure', () => {
    const fr = feedText('fr', cardWords('fr'));
    expect(
      savedStatus(fr, { saved: true, where: 'case', caseTitle: 'Mon dossier', lang: 'fr' }),
    ).toBe('Enregistré dans « Mon dossier ».');
    expect(savedStatus(en, { saved: true, where: 'case', lang: 'en' })).toBe(en('feed.card.saved'));
    expect(savedStatus(en, { saved: true, where: 'pending', lang: 'en' })).toBe(
      en('feed.card.savedPending'),
    );
    expect(savedStatus(en, { saved: false, where: 'case', lang: 'en' })).not.toContain('{');
  });
});

describe('readTarget', () => {
  const page = { url: new URL('https://x.com/home?q=1') };

  it('reads a post with via, time, page and adapter', () => {
    document.body.innerHTML = post('1');
    const data = readTarget(testAdapter, document, document.querySelector('article'), page, now);
    expect(data).toMatchObject({
      kind: 'post',
      permalink: 'https://x.com/u/status/1',
      via: 'shortcut',
      capturedAt: '2025-03-03T10:00:00.000Z',
      pageUrl: 'https://x.com/home?q=1',
      adapter: { id: 'x', version: 7, tier: 'testid' },
    });
  });

  it('cuts an over-long page address to origin and path, keeping the capture', () => {
    document.body.innerHTML = post('1');
    const long = { url: new URL(`https://x.com/home?q=${'a'.repeat(3000)}`) };
    const data = readTarget(testAdapter, document, document.querySelector('article'), long, now);
    expect(data?.pageUrl).toBe('https://x.com/home');
  });

  it('null for a detached post, a post without media, and a page that is no account', () => {
    document.body.innerHTML = post('1', { media: false });
    expect(
      readTarget(testAdapter, document, document.createElement('article'), page, now),
    ).toBeNull();
    expect(
      readTarget(testAdapter, document, document.querySelector('article'), page, now),
    ).toBeNull();
    expect(readTarget(testAdapter, document, null, page, now)).toBeNull();
  });

  it('reads the page itself for the page shortcut', () => {
    const account = { url: new URL('https://x.com/@someone') };
    expect(readTarget(testAdapter, document, null, account, now)).toMatchObject({
      kind: 'account',
      subject: '@someone',
      adapter: { tier: 'url' },
    });
  });
});
