import { type Bytes, utf8 } from './bytes';

/**
 * One JSON text per value, whatever the key order it was built with: object keys sorted by
 * UTF-16 code units, no whitespace, `undefined` members left out (as JSON.stringify does).
 * The export's SHA-256 and the case-file page's integrity hash are both computed over this text,
 * so the same case always gives the same hash.
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  write(value, out);
  return out.join('');
}

function write(value: unknown, out: string[]): void {
  if (value === null) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'string':
      out.push(JSON.stringify(value));
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonicalJson: numbers must be finite');
      out.push(JSON.stringify(value));
      return;
    case 'object': {
      if (Array.isArray(value)) {
        out.push('[');
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out.push(',');
          // Arrays keep their slots: undefined becomes null, as JSON.stringify does.
          write(value[i] === undefined ? null : value[i], out);
        }
        out.push(']');
        return;
      }
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort();
      out.push('{');
      keys.forEach((key, i) => {
        if (i > 0) out.push(',');
        out.push(JSON.stringify(key), ':');
        write(record[key], out);
      });
      out.push('}');
      return;
    }
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} can't be written as JSON`);
  }
}

/** SHA-256 as 64 lower-case hex digits; text is hashed as UTF-8. */
export async function sha256Hex(input: string | Uint8Array): Promise<string> {
  const bytes: Bytes = typeof input === 'string' ? utf8(input) : new Uint8Array(input);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}
