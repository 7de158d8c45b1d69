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

/**
 * Gives keyboard focus back to the button that opened an inline form once the form closes
 * (saved or cancelled): the form replaced the button, so focus would otherwise fall to the page.
 * Attach the returned ref to that button.
 */
export function useFocusReturn<T extends HTMLElement>(open: boolean) {
  const ref = useRef<T>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (!open && wasOpen.current) ref.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return ref;
}
