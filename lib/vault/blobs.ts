import { isStorageFullError, storageFull } from './storage';

/**
 * Encrypted proof files (identity and age documents, ≤ 20 MB each) live in IndexedDB: storage.local
 * is JSON and would turn them into base64. Values are ciphertext only; keys are
 * "<caseId>/<fileId>", random ids that say nothing about the file.
 */
export type StoredBlob = { iv: Uint8Array; ct: Uint8Array };

export type BlobStore = {
  put(key: string, value: StoredBlob): Promise<void>;
  get(key: string): Promise<StoredBlob | undefined>;
  delete(keys: string[]): Promise<void>;
  /** Every key starting with the prefix (a case's files: "<caseId>/"). */
  keys(prefix?: string): Promise<string[]>;
  clear(): Promise<void>;
};

const STORE = 'proofs';

export function indexedDbBlobStore(
  factory: IDBFactory = indexedDB,
  name = 'beacon-vault',
): BlobStore {
  let opening: Promise<IDBDatabase> | null = null;
  const db = () => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(name, 1);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE))
          request.result.createObjectStore(STORE);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    }).catch((error) => {
      opening = null;
      throw error;
    });
    return opening;
  };

  /** `durability: 'strict'`: the write is on disk when the transaction completes. */
  async function tx<T>(
    mode: IDBTransactionMode,
    work: (store: IDBObjectStore) => IDBRequest<T> | undefined,
  ): Promise<T | undefined> {
    const database = await db();
    return new Promise<T | undefined>((resolve, reject) => {
      const t = database.transaction(STORE, mode, { durability: 'strict' });
      const request = work(t.objectStore(STORE));
      t.oncomplete = () => resolve(request?.result);
      t.onabort = t.onerror = () => {
        const error = t.error ?? request?.error;
        reject(isStorageFullError(error) ? storageFull() : error);
      };
    });
  }

  return {
    async put(key, value) {
      await tx('readwrite', (s) => s.put({ iv: value.iv, ct: value.ct }, key));
    },
    async get(key) {
      const value = (await tx('readonly', (s) => s.get(key))) as StoredBlob | undefined;
      return value ? { iv: new Uint8Array(value.iv), ct: new Uint8Array(value.ct) } : undefined;
    },
    async delete(keys) {
      if (keys.length === 0) return;
      await tx('readwrite', (s) => {
        for (const key of keys) s.delete(key);
        return undefined;
      });
    },
    async keys(prefix = '') {
      const all = ((await tx('readonly', (s) => s.getAllKeys())) ?? []) as IDBValidKey[];
      return all.map(String).filter((k) => k.startsWith(prefix));
    },
    async clear() {
      await tx('readwrite', (s) => s.clear());
    },
  };
}

/** For tests and benches that don't need IndexedDB. */
export function memoryBlobStore(): BlobStore {
  const map = new Map<string, StoredBlob>();
  return {
    async put(key, value) {
      map.set(key, { iv: new Uint8Array(value.iv), ct: new Uint8Array(value.ct) });
    },
    async get(key) {
      return map.get(key);
    },
    async delete(keys) {
      for (const key of keys) map.delete(key);
    },
    async keys(prefix = '') {
      return [...map.keys()].filter((k) => k.startsWith(prefix));
    },
    async clear() {
      map.clear();
    },
  };
}
