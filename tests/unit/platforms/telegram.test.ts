// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { telegram } from '@/lib/platforms/telegram';
import { html, readAll } from './fixture';

const K_CHANNEL = 'https://web.telegram.org/k/#-1001300000001';
const A_CHANNEL = 'https://web.telegram.org/a/#-1001300000001';
const photo = {
  kind: 'post',
  platform: 'telegram',
  permalink: 'https://t.me/c/1300000001/4021',
  postId: '-1001300000001/4021',
  text: 'Weekend market photos',
  // blob: addresses mean nothing outside the tab: the kind is kept, not the address.
  media: [{ kind: 'image' }],
} as const;

describe('telegram adapter', () => {
  it('Web K channel: photo and video messages get shortcuts; text and unsent ones do not', () => {
    const posts = readAll(telegram, 'telegram/k-channel.html', K_CHANNEL);
    expect(posts.map((p) => p.reading)).toEqual([
      { ok: true, tier: 'structure', capture: { ...photo, postedAt: '2025-11-28T17:40:00.000Z' } },
      { ok: false, reason: 'no-media' },
      {
        ok: true,
        tier: 'structure',
        capture: {
          kind: 'post',
          platform: 'telegram',
          permalink: 'https://t.me/c/1300000001/4023',
          postId: '-1001300000001/4023',
          postedAt: '2025-11-28T17:53:20.000Z',
          media: [{ kind: 'video' }],
        },
      },
      // A message still being sent has a local id: no address yet.
      { ok: false, reason: 'no-permalink' },
    ]);
  });

  it('Web K public channel opened by name: the t.me/{name}/{id} link', () => {
    const [post] = readAll(
      telegram,
      'telegram/k-channel.html',
      'https://web.telegram.org/k/#@market_news',
    );
    expect(post?.reading).toMatchObject({
      ok: true,
      capture: { permalink: 'https://t.me/market_news/4021', postId: '-1001300000001/4021' },
    });
  });

  it('Web K private chat: the avatar is not media; the chat address stands in for the message', () => {
    const [post] = readAll(
      telegram,
      'telegram/k-dm.html',
      'https://web.telegram.org/k/#7000000001',
    );
    expect(post?.reading).toEqual({
      ok: true,
      tier: 'structure',
      capture: {
        kind: 'post',
        platform: 'telegram',
        permalink: 'https://web.telegram.org/k/#7000000001',
        postId: '7000000001/311',
        author: { displayName: 'Unknown sender' },
        postedAt: '2025-11-29T17:10:00.000Z',
        text: 'send more or I share it',
        media: [{ kind: 'image' }],
      },
    });
  });

  it('Web A channel: the chat comes from the address; a reply’s preview is not media', () => {
    const posts = readAll(telegram, 'telegram/a-channel.html', A_CHANNEL);
    expect(posts.map((p) => p.reading)).toEqual([
      {
        ok: true,
        tier: 'structure',
        capture: { ...photo, author: { displayName: 'Weekend Market' } },
      },
      { ok: false, reason: 'no-media' },
      { ok: false, reason: 'no-media' },
    ]);
  });

  it('Web A without a chat in the address, or a hostile fragment: no permalink', () => {
    const [post] = readAll(telegram, 'telegram/a-channel.html', A_CHANNEL);
    for (const page of [
      'https://web.telegram.org/a/',
      'https://web.telegram.org/a/#javascript:alert(1)',
      'https://web.telegram.org/a/#%E2%80%AE-100123',
      `https://web.telegram.org/a/#${'9'.repeat(40)}`,
    ]) {
      expect(telegram.readPost(post?.el as Element, { url: new URL(page) })).toEqual({
        ok: false,
        reason: 'no-permalink',
      });
    }
    const doc = html(
      '<div data-mid="12" data-peer-id="-100&lt;x&gt;"><img src="https://t.me/i.png"></div>',
    );
    expect(
      telegram.readPost(doc.querySelector('div') as Element, { url: new URL(A_CHANNEL) }),
    ).toEqual({
      ok: false,
      reason: 'no-permalink',
    });
  });

  it('report route: in the app only (the reference gives an email address, no form)', () => {
    expect(telegram.readPage).toBeUndefined();
    expect(telegram.reportRoute).toEqual({ menuPath: ['Report'], confirmed: true, noForm: true });
  });
});
