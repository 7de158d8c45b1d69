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
