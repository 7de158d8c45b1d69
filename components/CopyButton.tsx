import { useEffect, useState } from 'react';

/**
 * Copies text to the clipboard on click and says so in a polite live region. If the clipboard
 * is refused, it says that instead (the text stays visible for a manual copy).
 */
export function CopyButton({
  text,
  label,
  name,
  copiedLabel,
  failedLabel,
  className,
}: {
  text: string;
  label: string;
  /** The accessible name when several copy buttons share a screen (it starts with `label`). */
  name?: string;
  copiedLabel: string;
  failedLabel: string;
  className?: string;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <span className="copy-button">
      <button
        type="button"
        className={className}
        aria-label={name}
        onClick={() => {
          navigator.clipboard.writeText(text).then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}
      >
        {label}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' ? copiedLabel : state === 'failed' ? failedLabel : ''}
      </span>
    </span>
  );
}
