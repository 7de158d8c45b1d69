import { type Bytes, toHex, utf8 } from './bytes';

/**
 * One JSON text per value, whatever the key order it was built with: object keys sorted by
 * UTF-16 code units, no whitespace, `undefined` members left out (as JSON.stringify does).
 * The export's SHA-256 and the case-file page's integrity hash are both computed over this text,
 * so the same case always gives the same hash.
 */
export function canonicalJson(value: unknown): string {
  return write(value);
}

// Built by string concatenation (V8 ropes): about twice as fast as joining an array of pieces
// on a 7 MB case, which matters for the export/import budgets.
function write(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonicalJson: numbers must be finite');
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out += ',';
          // Arrays keep their slots: undefined becomes null, as JSON.stringify does.
          out += value[i] === undefined ? 'null' : write(value[i]);
        }
        return `${out}]`;
      }
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      let out = '{';
      let first = true;
      for (const key of keys) {
        const v = record[key];
        if (v === undefined) continue;
        out += `${first ? '' : ','}${JSON.stringify(key)}:${write(v)}`;
        first = false;
      }
      return `${out}}`;
    }
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} can't be written as JSON`);
  }
}

/** SHA-256 as 64 lower-case hex digits; text is hashed as UTF-8. */
export async function sha256Hex(input: string | Uint8Array): Promise<string> {
  const bytes: Bytes = typeof input === 'string' ? utf8(input) : new Uint8Array(input);
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
}
