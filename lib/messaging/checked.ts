/**
 * Values already known to match a schema, by object, so a large answer is not checked twice:
 * the vault parses every case with the Case schema when it opens, and the router would check
 * the same object again on each getCase (200–500 ms for a case of 10,000 items). Only objects
 * that are never edited once made belong here (the vault replaces a case on every change).
 * Weak: a value no longer held elsewhere is forgotten with it.
 */
const known = new WeakMap<object, { schema: unknown; data: unknown }>();

/** `value` matched `schema`, and `data` is what the schema made of it (itself when parsed). */
export function rememberChecked(schema: unknown, value: object, data: unknown = value): void {
  known.set(value, { schema, data });
}

/** What `schema` made of `value` if it was checked before, else undefined. */
export function checkedBefore(schema: unknown, value: unknown): { data: unknown } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const hit = known.get(value);
  return hit && hit.schema === schema ? { data: hit.data } : undefined;
}
