import { FEED_PLATFORM_IDS, type FeedPlatformId, PLATFORM_CATALOG } from './catalog';

/**
 * The hosts Beacon's feed content scripts run on, read from the platform catalog (the one source
 * of platform hosts). Kept apart from the adapters so the build config and the background can
 * use it without pulling DOM code.
 */

/** A platform with a feed adapter. */
export type PlatformId = FeedPlatformId;

export const PLATFORM_IDS: readonly PlatformId[] = FEED_PLATFORM_IDS;

export const PLATFORM_HOSTS = /*#__PURE__*/ Object.fromEntries(
  /*#__PURE__*/ PLATFORM_IDS.map((id) => [id, PLATFORM_CATALOG[id].hosts]),
) as { readonly [K in PlatformId]: (typeof PLATFORM_CATALOG)[K]['hosts'] };

/** The content-script match patterns of one platform (https only). */
export function matchesFor(id: PlatformId): string[] {
  return matchesOf(PLATFORM_CATALOG[id].hosts);
}

/**
 * The match patterns of a host list. The feed content scripts pass their own platform's host
 * entry's hosts (e.g. `X_PLATFORM.hosts`), so the catalog stays out of their bundles.
 */
export function matchesOf(hosts: readonly string[]): string[] {
  return hosts.map((host) => `https://${host}/*`);
}

export const FEED_MATCHES: readonly string[] = /*#__PURE__*/ PLATFORM_IDS.flatMap(matchesFor);

/** Which platform a hostname belongs to, or null when Beacon has no adapter for it. */
export function platformForHost(hostname: string): PlatformId | null {
  const host = hostname.toLowerCase();
  for (const id of FEED_PLATFORM_IDS) {
    if ((PLATFORM_CATALOG[id].hosts as readonly string[]).includes(host)) return id;
  }
  return null;
}
