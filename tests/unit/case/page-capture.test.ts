import { describe, expect, it } from 'vitest';
import { menuCapture, pageCapture } from '@/lib/case/page-capture';

const now = new Date('2026-11-24T20:00:00.000Z');

describe('pageCapture (popup, keyboard shortcut)', () => {
  it('records the tab address and title as a page capture', () => {
    expect(pageCapture('https://x.com/someone', 'command', now, 'Someone (@someone) / X')).toEqual({
      kind: 'page',
      platform: 'x',
      pageUrl: 'https://x.com/someone',
      permalink: 'https://x.com/someone',
      text: 'Someone (@someone) / X',
      media: [],
      capturedAt: '2026-11-24T20:00:00.000Z',
      via: 'command',
    });
  });
  it('names sites without an adapter "web" and keeps long titles to 500 characters', () => {
    const capture = pageCapture('https://forum.example/t/1', 'popup', now, 'a'.repeat(900));
    expect(capture.platform).toBe('web');
    expect(capture.text).toHaveLength(500);
  });
});

describe('menuCapture (context menu)', () => {
  const tab = { url: 'https://www.reddit.com/r/x/comments/abc/t/', title: 'A thread' };
  it('records the right-clicked image address as text, with the page', () => {
    expect(
      menuCapture(
        { pageUrl: tab.url, srcUrl: 'https://i.redd.it/abc.jpg', mediaType: 'image' },
        tab,
        now,
      ),
    ).toMatchObject({
      kind: 'media',
      platform: 'reddit',
      pageUrl: tab.url,
      permalink: tab.url,
      media: [{ kind: 'image', address: 'https://i.redd.it/abc.jpg' }],
      via: 'context-menu',
    });
  });
  it('records a video without an address when its source is a blob', () => {
    expect(
      menuCapture(
        { pageUrl: tab.url, srcUrl: 'blob:https://www.reddit.com/1', mediaType: 'video' },
        tab,
        now,
      )?.media,
    ).toEqual([{ kind: 'video' }]);
  });
  it('records a right-clicked link as the permalink', () => {
    expect(
      menuCapture({ pageUrl: tab.url, linkUrl: 'https://t.me/somechannel' }, tab, now),
    ).toMatchObject({ kind: 'link', permalink: 'https://t.me/somechannel', pageUrl: tab.url });
  });
  it('ignores a javascript: link and records the page instead', () => {
    expect(
      menuCapture({ pageUrl: tab.url, linkUrl: 'javascript:alert(1)' }, tab, now),
    ).toMatchObject({ kind: 'page', permalink: tab.url });
  });
  it('refuses pages Beacon cannot record', () => {
    expect(menuCapture({ pageUrl: 'chrome://settings' }, undefined, now)).toBeNull();
    expect(menuCapture({}, { url: 'file:///home/me/a.html' }, now)).toBeNull();
  });
});
