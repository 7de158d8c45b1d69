// @vitest-environment happy-dom
import { act, type ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Casework } from '../../../entrypoints/workspace/screens/casework/data';
import { EvidenceView } from '../../../entrypoints/workspace/screens/Evidence';
import { TimelineView, timelineKeys } from '../../../entrypoints/workspace/screens/Timeline';
import { timeline } from '../../../lib/case/timeline';
import { bigCase } from '../../bench/big-case';
import { mountPerTest } from './mount';

/**
 * Every row the windowed list draws, counted through the screens' own `renderItem`: the real
 * VirtualList, handed a counting wrapper that is the same function for the same `renderItem`,
 * so the wrapper is exactly as stable as what the screen passes.
 */
const drawn = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../entrypoints/workspace/screens/casework/VirtualList', async (importOriginal) => {
  const real =
    await importOriginal<
      typeof import('../../../entrypoints/workspace/screens/casework/VirtualList')
    >();
  type Draw = (item: unknown, index: number) => ReactNode;
  const counted = new WeakMap<Draw, Draw>();
  const countedOf = (draw: Draw): Draw => {
    let wrapped = counted.get(draw);
    if (!wrapped) {
      wrapped = (item, index) => {
        drawn.count++;
        return draw(item, index);
      };
      counted.set(draw, wrapped);
    }
    return wrapped;
  };
  return {
    ...real,
    VirtualList: (props: Parameters<typeof real.VirtualList>[0]) => (
      <real.VirtualList {...props} renderItem={countedOf(props.renderItem as Draw)} />
    ),
  };
});

const mounted = mountPerTest();
beforeEach(() => {
  drawn.count = 0;
});

/** A case long enough to be windowed (VIRTUALIZE_FROM), as `useCasework` hands it: a new object each render. */
const kase = bigCase({ evidence: 400, reports: 20 });
const casework = (): Casework => ({
  kase,
  settings: { lang: 'en', autoLockMinutes: 15, discreet: false, followUpHours: 48 },
  apply: async () => kase,
  go: () => undefined,
});

describe('workspace lists: a render of the screen with the same items draws no row again', () => {
  it('Timeline', () => {
    act(() => mounted.root.render(<TimelineView cw={casework()} />));
    const rows = mounted.host.querySelectorAll('ol.cw-timeline > li').length;
    expect(mounted.host.querySelector('ol.cw-timeline')?.classList.contains('cw-windowed')).toBe(
      true,
    );
    expect(rows).toBeGreaterThan(0);
    // Opening draws each row in view (again once the list has measured where it starts).
    const opened = drawn.count;
    expect(opened).toBeGreaterThanOrEqual(rows);
    act(() => mounted.root.render(<TimelineView cw={casework()} />));
    act(() => mounted.root.render(<TimelineView cw={casework()} />));
    expect(drawn.count).toBe(opened);
    expect(mounted.host.querySelectorAll('ol.cw-timeline > li')).toHaveLength(rows);
  });

  it('Evidence', () => {
    act(() => mounted.root.render(<EvidenceView cw={casework()} />));
    const rows = mounted.host.querySelectorAll('ul.cw-list > li').length;
    expect(mounted.host.querySelector('ul.cw-list')?.classList.contains('cw-windowed')).toBe(true);
    expect(rows).toBeGreaterThan(0);
    // Opening draws each row in view (again once the list has measured where it starts).
    const opened = drawn.count;
    expect(opened).toBeGreaterThanOrEqual(rows);
    act(() => mounted.root.render(<EvidenceView cw={casework()} />));
    act(() => mounted.root.render(<EvidenceView cw={casework()} />));
    expect(drawn.count).toBe(opened);
    expect(mounted.host.querySelectorAll('ul.cw-list > li')).toHaveLength(rows);
  });
});

describe('timelineKeys', () => {
  const entries = timeline(kase);

  it('gives every entry its own key, without its place in the list', () => {
    const keys = timelineKeys(entries);
    expect(new Set(keys.values()).size).toBe(entries.length);
    // A new entry at the start (an older item added by hand) changes no other entry's key.
    const earlier = {
      at: '2000-01-01T00:00:00.000Z',
      kind: 'note' as const,
      ref: 'n1',
      detail: {},
    };
    const after = timelineKeys([earlier, ...entries]);
    for (const e of entries) expect(after.get(e)).toBe(keys.get(e));
  });

  it('tells apart entries alike in item, kind and time (the same status seen twice)', () => {
    const same = { at: '2026-01-01T00:00:00.000Z', kind: 'evidence-status' as const, ref: 'ev1' };
    const a = { ...same, detail: { status: 'online' } };
    const b = { ...same, detail: { status: 'removed' } };
    const keys = timelineKeys([a, b]);
    expect(keys.get(a)).not.toBe(keys.get(b));
  });
});
