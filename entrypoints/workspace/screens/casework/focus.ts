import { useEffect, useRef } from 'react';

/**
 * Moves keyboard focus to a heading when a view inside a screen opens (list → detail → form),
 * so screen-reader and keyboard users land where the content changed. The heading needs
 * tabIndex={-1}.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
