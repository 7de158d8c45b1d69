import { stripInvisible } from '../case/normalise';
/** Join lines, keeping at most one blank line in a row (optional lines are passed as ''). */
export function lines(...rows: (string | false | undefined)[]): string {
  const out: string[] = [];
  for (const r of rows) {
    const row = r || '';
    if (row === '' && (out.length === 0 || out.at(-1) === '')) continue;
    out.push(row);
  }
  return out.join('\n');
}

/**
 * Text the user typed, made safe to paste into a letter: no control characters, no bidi
 * overrides (which could make a reader see another address), one line, trimmed and capped.
 */
export function clean(text: string | undefined, max = 500): string | undefined {
  if (text === undefined) return undefined;
  // Controls become spaces, bidi controls and other invisible characters go: the same list
  // the capture and import paths use.
  const out = stripInvisible(text);
  if (!out) return undefined;
  return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}
