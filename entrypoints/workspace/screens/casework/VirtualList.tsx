import { useWindowVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  type ReactNode,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

/** Lists up to this long render every row (find-in-page, plain tabbing); longer ones window. */
export const VIRTUALIZE_FROM = 150;

type ListProps<T> = {
  items: readonly T[];
  as: 'ul' | 'ol';
  className: string;
  ariaLabel: string;
  itemClassName?: string;
  /** Space between rows in rem, as the list's CSS gap (which positioned rows don't get). */
  gapRem: number;
  /**
   * A first guess of a row's height in px, for every row or by item; each row is measured once
   * drawn. A guess that matches the drawn height saves work: every row whose height differs
   * moves all the rows after it (10,000 positions) and draws the list again.
   */
  estimateSize: number | ((item: T) => number);
  /**
   * A row's key from the item alone, never its place: a place-based key changes for every row
   * after an insertion, and each of those rows is drawn again. Keys are made again only when
   * items change.
   */
  keyOf(item: T): string;
  /**
   * Draws one row's content. Keep it stable between renders (useCallback): windowed rows are
   * memoised on it, and a new function on every render draws every row in view again.
   */
  renderItem(item: T, index: number): ReactNode;
};

/**
 * A long list of a case (evidence, timeline) that puts in the DOM only the rows near the
 * viewport, with @tanstack/react-virtual on the window's own scroll: a case with 10,000 items
 * opens and scrolls like a short one. Each row says its place (aria-posinset / aria-setsize),
 * so a screen reader still tells "12 of 10,000". Short lists are drawn in full.
 */
export function VirtualList<T>(props: ListProps<T>) {
  if (props.items.length < VIRTUALIZE_FROM) {
    const List = props.as;
    return (
      <List className={props.className} aria-label={props.ariaLabel}>
        {props.items.map((item, i) => (
          <li key={props.keyOf(item)} className={props.itemClassName}>
            {props.renderItem(item, i)}
          </li>
        ))}
      </List>
    );
  }
  return <WindowedList {...props} />;
}

function WindowedList<T>({
  items,
  as: List,
  className,
  ariaLabel,
  itemClassName,
  gapRem,
  estimateSize,
  keyOf,
  renderItem,
}: ListProps<T>) {
  const listRef = useRef<HTMLOListElement & HTMLUListElement>(null);
  // Where the list starts in the page. Rows are placed relative to the list whatever this is;
  // it only decides which rows count as in view, so it is read again when the items change.
  const [scrollMargin, setScrollMargin] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-read when the list changes
  useLayoutEffect(() => {
    const top = (listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    setScrollMargin((old) => (Math.abs(top - old) > 0.5 ? top : old));
  }, [items]);
  const [remPx] = useState(
    () => Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16,
  );
  // Keys made once per list and a key function stable between renders: the virtualizer walks
  // every row's key (10,000) whenever a row is measured or its options change. `keyOf` is often
  // an inline function: following its identity would re-key the whole list on every render of
  // the screen (each keystroke in the timeline's note), so only a new list makes new keys.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyOf is a function of the item
  const keys = useMemo(() => items.map((item) => keyOf(item)), [items]);
  const getItemKey = useCallback((index: number) => keys[index] ?? String(index), [keys]);
  const estimate = useCallback(
    (index: number) =>
      typeof estimateSize === 'number' ? estimateSize : estimateSize(items[index] as T),
    [estimateSize, items],
  );
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: estimate,
    overscan: 6,
    gap: gapRem * remPx,
    scrollMargin,
    getItemKey,
    // React 19 batches the scroll updates itself; a synchronous flush per scroll event only
    // adds work to the frame.
    useFlushSync: false,
  });
  return (
    <List
      ref={listRef}
      className={`${className} cw-windowed`}
      aria-label={ariaLabel}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((row) => (
        <WindowedRow
          key={String(row.key)}
          index={row.index}
          top={row.start - scrollMargin}
          setSize={items.length}
          item={items[row.index] as T}
          className={itemClassName}
          measure={virtualizer.measureElement}
          renderItem={renderItem as (item: unknown, index: number) => ReactNode}
        />
      ))}
    </List>
  );
}

type RowProps = {
  index: number;
  /** Where the row sits, in px from the top of the list. */
  top: number;
  setSize: number;
  item: unknown;
  className: string | undefined;
  measure(node: Element | null): void;
  renderItem(item: unknown, index: number): ReactNode;
};

/**
 * One positioned row. Memoised: each scroll step renders the list again (the rows in view
 * change), and a row already on screen, at the same place, with the same item, is left as is
 * instead of being built and compared again.
 */
const WindowedRow = memo(function WindowedRow({
  index,
  top,
  setSize,
  item,
  className,
  measure,
  renderItem,
}: RowProps) {
  return (
    <li
      data-index={index}
      ref={measure}
      className={className}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      style={{ transform: `translateY(${top}px)` }}
    >
      {renderItem(item, index)}
    </li>
  );
});
