import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';

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
  /** A first guess of a row's height in px; each row is measured once drawn. */
  estimateSize: number;
  keyOf(item: T, index: number): string;
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
          <li key={props.keyOf(item, i)} className={props.itemClassName}>
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
  // Where the list starts in the page: what is above it (filters, messages) can change height.
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const top = (listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (Math.abs(top - scrollMargin) > 0.5) setScrollMargin(top);
  });
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => estimateSize,
    overscan: 6,
    gap: gapRem * (Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16),
    scrollMargin,
    getItemKey: (index) => keyOf(items[index] as T, index),
  });
  return (
    <List
      ref={listRef}
      className={`${className} cw-windowed`}
      aria-label={ariaLabel}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((row) => (
        <li
          key={row.key as string}
          data-index={row.index}
          ref={virtualizer.measureElement}
          className={itemClassName}
          aria-posinset={row.index + 1}
          aria-setsize={items.length}
          style={{ transform: `translateY(${row.start - scrollMargin}px)` }}
        >
          {renderItem(items[row.index] as T, row.index)}
        </li>
      ))}
    </List>
  );
}
