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
  const out = text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
    .replace(/[\u0000-\u001F\u007F-\u009F]+/g, ' ')
    .replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!out) return undefined;
  return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}
