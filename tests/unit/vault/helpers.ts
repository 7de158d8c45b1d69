import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CaseProfile } from '@/lib/case/model';
import { memoryBlobStore } from '@/lib/vault/blobs';
import { createContext } from '@/lib/vault/context';
import { createVaultService, type VaultEnv } from '@/lib/vault/service';
import type { StorageArea } from '@/lib/vault/storage';

export const PASS = 'correct horse battery staple';

export const profile: CaseProfile = {
  title: 'Photos of Sam',
  role: 'parent',
  ageAtTime: 'minor',
  country: 'FR',
  languages: ['fr'],
  immediateDanger: false,
  sextortion: true,
  hasImagesOnDevice: 'unknown',
  contact: {},
};

export const capture = {
  kind: 'post' as const,
  platform: 'x' as const,
  permalink: 'https://x.com/abuser_handle_91/status/1234567890',
  postId: '1234567890',
  author: { handle: '@abuser_handle_91', displayName: 'Shady Name' },
  media: [{ kind: 'image' as const, address: 'https://pbs.twimg.com/media/secret-media.jpg' }],
  pageUrl: 'https://x.com/home',
  capturedAt: '2026-11-24T10:00:00.000Z',
  via: 'shortcut' as const,
};

/** A clock the test moves by hand. */
export function clock(start = '2026-11-24T10:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
}

export function makeVault(over: Partial<VaultEnv> = {}) {
  const blobs = over.blobs ?? memoryBlobStore();
  const changes: Array<string | undefined> = [];
  const vault = createVaultService({
    local: fakeBrowser.storage.local as unknown as StorageArea,
    session: fakeBrowser.storage.session as unknown as StorageArea,
    blobs,
    appVersion: '0.1.0-test',
    kdfIterations: 100_000,
    onChange: (id) => changes.push(id),
    ...over,
  });
  return { vault, blobs, changes };
}

export async function dumpLocal(): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

/** A vault context over the same fake storage as `makeVault` (for the module tests). */
export function makeContext(over: Partial<VaultEnv> = {}) {
  return createContext({
    local: fakeBrowser.storage.local as unknown as StorageArea,
    session: fakeBrowser.storage.session as unknown as StorageArea,
    blobs: over.blobs ?? memoryBlobStore(),
    appVersion: '0.1.0-test',
    kdfIterations: 100_000,
    ...over,
  });
}

/** A vault with one case, created through the service; returns its context and case id. */
export async function openedVault(over: Partial<VaultEnv> = {}) {
  const made = makeVault(over);
  await made.vault.createVault({ passphrase: PASS, profile });
  const [summary] = await made.vault.listCases();
  const ctx = makeContext({ blobs: made.blobs, ...over });
  return { ...made, ctx, caseId: summary?.id ?? '' };
}
