import { VaultRefusal } from './refusal';

/**
 * The one edge to browser storage (storage.local / storage.session). The background passes
 * `browser.storage.local`; tests pass `fakeBrowser.storage.local`. Kept to three calls so every
 * write path is easy to see: each logical update is ONE `set` (committed atomically), never a
 * set-then-remove sequence that a stopped service worker could leave half done.
 */
export type StorageArea = {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
};

/** A full disk or storage quota, said in the vault's language (refusal.ts). */
export const storageFull = () => new VaultRefusal('storage-full', 'vault.storageFull');

/** Browsers word it differently: Chrome "QUOTA_BYTES quota exceeded" / LevelDB "IO error: … No space left", Firefox "QuotaExceededError". */
export function isStorageFullError(error: unknown): boolean {
  const name = (error as { name?: unknown })?.name;
  const text = error instanceof Error ? error.message : String(error);
  return (
    name === 'QuotaExceededError' ||
    /quota|no space|disk full|not enough space|storage full|ENOSPC|IO error/i.test(text)
  );
}

/** One atomic write; a full disk becomes MessageError 'storage-full' (the old state stays). */
export async function writeAtomic(
  area: StorageArea,
  items: Record<string, unknown>,
): Promise<void> {
  try {
    await area.set(items);
  } catch (error) {
    if (isStorageFullError(error)) throw storageFull();
    throw error;
  }
}
