import type { PlatformId } from './hosts';

/**
 * Each adapter's `version`, for the background (Settings › Diagnostics counts per version):
 * the service worker must start small for a cold capture, so it carries these numbers rather
 * than every adapter's selectors and readPost. A unit test keeps them equal to the adapters'.
 */
export const ADAPTER_VERSIONS: { readonly [K in PlatformId]: number } = {
  x: 1,
  instagram: 1,
  facebook: 1,
  threads: 1,
  reddit: 2,
  tiktok: 1,
  youtube: 1,
  bluesky: 1,
  tumblr: 1,
  pinterest: 1,
  discord: 1,
  telegram: 1,
  twitch: 1,
};

/** The current adapter version of a platform id, or undefined (ids come from pages: own keys only). */
export function adapterVersion(id: unknown): number | undefined {
  return typeof id === 'string' && Object.hasOwn(ADAPTER_VERSIONS, id)
    ? ADAPTER_VERSIONS[id as PlatformId]
    : undefined;
}
