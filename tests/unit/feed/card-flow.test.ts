// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CardFlow, createCardFlow, savedStatus } from '@/lib/feed/card-flow';
import { feedText } from '@/lib/feed/i18n';
import { readTarget } from '@/lib/feed/read-target';
import type { CaptureResult } from '@/lib/messaging/protocol';
import { post, shadow, testAdapter } from './helpers';

const en = feedText('en');
const now = new Date('2025-03-03T10:00:00.000Z');
let flow: CardFlow | undefined;

function start(result: CaptureResult | Error, target: () => Element | null | undefined) {
  const capture = vi.fn(async () => {
    if (result instanceof Error) throw result;
    return result;
  });
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
  });
  return { host, button, capture };
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
    expect(cardText()).toContain(en('feed.card.unreadable'));
  });

  it('an unknown host does nothing', async () => {
    const { host, capture } = start({ saved: true, where: 'case', lang: 'en' }, () => undefined);
    await flow?.capture(host);
    expect(capture).not.toHaveBeenCalled();
    expect(document.querySelector('beacon-card')).toBeNull();
  });

  it('a refusal shows the refusal, and closing gives focus back to the button', () => {
    const { host, button } = start({ saved: true, where: 'case', lang: 'en' }, () => null);
    flow?.refuse(host);
    expect(cardText()).toContain(en('feed.card.refused'));
    flow?.stop();
    expect(document.querySelector('beacon-card')).toBeNull();
    expect(document.activeElement).not.toBe(button); // stopped: focus is left alone
  });

  it('shows the background error as the status', async () => {
    document.body.innerHTML = post('1');
    const article = document.querySelector('article');
    const { host } = start(new Error('Beacon is locked.'), () => article);
    await flow?.capture(host);
    expect(cardText()).toContain('Not saved: Beacon is locked.');
  });

  it('savedStatus names the case, the inbox, the waiting list, or the failure', () => {
    const fr = feedText('fr');
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
