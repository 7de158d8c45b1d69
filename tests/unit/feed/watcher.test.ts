// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watch } from '@/lib/feed/watcher';
import { settle } from './helpers';

describe('the feed watcher', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('only queues in the observer callback and flushes once per frame with the whole batch', async () => {
    const frames: Array<() => void> = [];
    const flush = vi.fn();
    const watcher = watch({ root: document.body, schedule: (cb) => frames.push(cb), flush });
    const a = document.createElement('div');
    const b = document.createElement('div');
    document.body.append(a);
    await settle();
    document.body.append(b);
    document.body.append('text only');
    await settle();
    // Two mutation deliveries, one frame requested, nothing processed yet.
    expect(frames).toHaveLength(1);
    expect(flush).not.toHaveBeenCalled();
    frames.shift()?.();
    expect(flush).toHaveBeenCalledTimes(1);
    expect(flush).toHaveBeenCalledWith([a, b]);
    watcher.stop();
  });

  it('queues an element whose href changed (a recycled post keeping its nodes)', async () => {
    const link = document.createElement('a');
    link.href = 'https://x.com/a/status/1';
    document.body.append(link);
    await settle();
    const frames: Array<() => void> = [];
    const flush = vi.fn();
    const watcher = watch({ root: document.body, schedule: (cb) => frames.push(cb), flush });
    link.setAttribute('href', 'https://x.com/b/status/2');
    link.setAttribute('title', 'not watched');
    await settle();
    frames.shift()?.();
    expect(flush).toHaveBeenCalledWith([link]);
    watcher.stop();
  });

  it('skips its own elements without asking for a frame', async () => {
    const frames: Array<() => void> = [];
    const watcher = watch({
      root: document.body,
      schedule: (cb) => frames.push(cb),
      flush: vi.fn(),
      skip: (el) => el.localName === 'beacon-shortcut',
    });
    document.body.append(document.createElement('beacon-shortcut'));
    await settle();
    expect(frames).toHaveLength(0);
    watcher.stop();
  });

  it('does nothing after stop, even for a frame already requested', async () => {
    const frames: Array<() => void> = [];
    const flush = vi.fn();
    const watcher = watch({ root: document.body, schedule: (cb) => frames.push(cb), flush });
    document.body.append(document.createElement('div'));
    await settle();
    watcher.stop();
    document.body.append(document.createElement('div'));
    await settle();
    for (const cb of frames.splice(0)) cb();
    expect(flush).not.toHaveBeenCalled();
  });
});
