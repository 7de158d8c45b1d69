/** A small coloured label for a status; the colour repeats the words, never replaces them. */
export function StatusBadge({
  tone,
  children,
}: {
  tone: 'ok' | 'waiting' | 'attention' | 'neutral';
  children: string;
}) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
