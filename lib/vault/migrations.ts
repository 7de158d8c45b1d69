/**
 * Schema versions of the stored case data. v1 is the first. A change to the shape of a stored
 * case adds a Migration (vN → vN+1) here, a fixture of a vN vault in tests/fixtures/vault/ and
 * keeps the chain test walking every fixture to the current version.
 *
 * Migrations run on decrypted plain documents, on a copy: if one throws, the vault keeps its old
 * records untouched, stays readable for export only, and the status says what failed.
 */
export const CURRENT_SCHEMA_VERSION = 1;

/** Every case as plain JSON, in the shape of the schema version it was stored with. */
export type VaultDocument = { cases: unknown[] };

export type Migration = {
  from: number;
  to: number;
  /** Why the shape changed, for the commit log and the failure message. */
  describe: string;
  migrate(doc: VaultDocument): VaultDocument;
};

export const migrations: readonly Migration[] = [];

export type MigrationResult =
  | { ok: true; doc: VaultDocument; applied: number[] }
  | { ok: false; fromVersion: number; toVersion: number; message: string };

export function runMigrations(
  doc: VaultDocument,
  fromVersion: number,
  target: number = CURRENT_SCHEMA_VERSION,
  chain: readonly Migration[] = migrations,
): MigrationResult {
  if (fromVersion === target) return { ok: true, doc, applied: [] };
  if (fromVersion > target) {
    return {
      ok: false,
      fromVersion,
      toVersion: target,
      message: `The saved cases were written by a newer version of Beacon (data version ${fromVersion}; this one reads up to ${target}). Update Beacon to open them.`,
    };
  }
  let current: VaultDocument = structuredClone(doc);
  let version = fromVersion;
  const applied: number[] = [];
  while (version < target) {
    const step = chain.find((m) => m.from === version);
    if (!step || step.to !== version + 1) {
      return {
        ok: false,
        fromVersion,
        toVersion: target,
        message: `Beacon has no way to update saved cases from data version ${version}.`,
      };
    }
    try {
      current = step.migrate(current);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        fromVersion,
        toVersion: target,
        message: `Updating saved cases from data version ${version} to ${step.to} (${step.describe}) failed: ${detail}`,
      };
    }
    applied.push(step.to);
    version = step.to;
  }
  return { ok: true, doc: current, applied };
}
