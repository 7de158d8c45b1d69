// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import {
  VIRTUALIZE_FROM,
  VirtualList,
} from '../../../entrypoints/workspace/screens/casework/VirtualList';
import { mountPerTest } from './mount';

type Item = { id: string; text: string };
const items = (n: number): Item[] =>
  Array.from({ length: n }, (_, i) => ({ id: `ev${i}`, text: `Item ${i}` }));

const mounted = mountPerTest();

function renderList(list: Item[]) {
  act(() => {
    mounted.root.render(
      <VirtualList
        as="ul"
        className="cw-list"
        itemClassName="cw-card"
        ariaLabel="Saved evidence"
        items={list}
        gapRem={0.6}
        estimateSize={150}
        keyOf={(item) => item.id}
        renderItem={(item) => <span>{item.text}</span>}
      />,
    );
  });
  return mounted.host.querySelector('ul') as HTMLUListElement;
}

describe('VirtualList (long case lists)', () => {
  it('draws a short list in full, with its label and no windowing', () => {
    const list = renderList(items(20));
    expect(list.getAttribute('aria-label')).toBe('Saved evidence');
    const rows = list.querySelectorAll('li');
    expect(rows).toHaveLength(20);
    expect(rows[19]?.textContent).toBe('Item 19');
    expect(rows[0]?.className).toBe('cw-card');
    expect(list.classList.contains('cw-windowed')).toBe(false);
    expect(rows[0]?.hasAttribute('aria-setsize')).toBe(false);
  });

  it('puts only the rows near the viewport of a 10,000-item list in the DOM, each saying its place', () => {
    const list = renderList(items(10_000));
    const rows = [...list.querySelectorAll('li')];
    expect(list.classList.contains('cw-windowed')).toBe(true);
    expect(list.getAttribute('aria-label')).toBe('Saved evidence');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(200);
    // The first rows, in order, each with the list's full size for assistive technology.
    rows.forEach((row, i) => {
      expect(row.getAttribute('aria-posinset')).toBe(String(i + 1));
      expect(row.getAttribute('aria-setsize')).toBe('10000');
      expect(row.textContent).toBe(`Item ${i}`);
    });
    expect(list.textContent).not.toContain('Item 9999');
  });

  it('windows from the threshold on, and follows a shorter list (a filter) back to drawing all', () => {
    expect(renderList(items(VIRTUALIZE_FROM)).classList.contains('cw-windowed')).toBe(true);
    const filtered = renderList(items(VIRTUALIZE_FROM - 1));
    expect(filtered.classList.contains('cw-windowed')).toBe(false);
    expect(filtered.querySelectorAll('li')).toHaveLength(VIRTUALIZE_FROM - 1);
  });

  it('makes the keys of a long list once per list, not on each render of the screen', () => {
    const list = items(10_000);
    let keyed = 0;
    const draw = (entries: Item[]) =>
      act(() => {
        mounted.root.render(
          <VirtualList
            as="ol"
            className="cw-timeline"
            ariaLabel="Timeline"
            items={entries}
            gapRem={0.75}
            estimateSize={64}
            // A new inline function on every render, as the screens pass it.
            keyOf={(item) => {
              keyed++;
              return item.id;
            }}
            renderItem={(item) => <span>{item.text}</span>}
          />,
        );
      });
    draw(list);
    expect(keyed).toBe(10_000);
    // The screen renders again (a keystroke in the note form): same list, no new keys.
    draw(list);
    draw(list);
    expect(keyed).toBe(10_000);
    // A new list (the case changed) is keyed again, and its rows follow it.
    const changed = [{ id: 'new', text: 'New entry' }, ...list];
    draw(changed);
    expect(keyed).toBe(20_001);
    expect(mounted.host.querySelector('li')?.textContent).toBe('New entry');
  });

  it('leaves rows already drawn as they are when the list renders again', () => {
    const list = items(10_000);
    const drawn: number[] = [];
    const renderItem = (item: Item, index: number) => {
      drawn.push(index);
      return <span>{item.text}</span>;
    };
    const keyOf = (item: Item) => item.id;
    const draw = () =>
      act(() => {
        mounted.root.render(
          <VirtualList
            as="ul"
            className="cw-list"
            ariaLabel="Saved evidence"
            items={list}
            gapRem={0.6}
            estimateSize={150}
            keyOf={keyOf}
            renderItem={renderItem}
          />,
        );
      });
    draw();
    const rows = mounted.host.querySelectorAll('li').length;
    const calls = drawn.length;
    expect(rows).toBeGreaterThan(0);
    expect(new Set(drawn).size).toBe(rows);
    draw();
    draw();
    expect(drawn.length).toBe(calls);
    expect(mounted.host.querySelectorAll('li')).toHaveLength(rows);
  });
});
