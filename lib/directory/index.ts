import { au } from './countries/au';
import { be } from './countries/be';
import { br } from './countries/br';
import { ca } from './countries/ca';
import { ch } from './countries/ch';
import { de } from './countries/de';
import { es } from './countries/es';
import { fr } from './countries/fr';
import { gb } from './countries/gb';
import { ie } from './countries/ie';
import { india } from './countries/in';
import { it } from './countries/it';
import { mx } from './countries/mx';
import { nl } from './countries/nl';
import { nz } from './countries/nz';
import { us } from './countries/us';
import {
  DIRECTORY_PLATFORMS,
  type DirectoryPlatformId,
  type PlatformInfo,
  platformEntries,
  platformInfo,
} from './platforms';
import { type CountryDirectory, CountryRoutes, Entry, type EntryInput } from './schema';
import { services } from './services';

export type { Coverage, DirectoryPlatformId, PlatformInfo } from './platforms';
export { DIRECTORY_PLATFORMS } from './platforms';
export type { DirectoryId, Entry, EntryKind, EntryNote, PrepareItem } from './schema';

export const COUNTRY_DIRECTORIES: Record<string, CountryDirectory> = {
  US: us,
  CA: ca,
  GB: gb,
  IE: ie,
  FR: fr,
  BE: be,
  CH: ch,
  DE: de,
  ES: es,
  IT: it,
  NL: nl,
  AU: au,
  NZ: nz,
  IN: india,
  BR: br,
  MX: mx,
};

/** The countries the UI offers, in the order it lists them. */
export const OFFERED_COUNTRIES = Object.keys(COUNTRY_DIRECTORIES);

/** Every raw entry, as written in the data files (validated by tests/unit/directory). */
export const RAW_ENTRIES: readonly EntryInput[] = [
  ...services,
  ...platformEntries,
  ...Object.values(COUNTRY_DIRECTORIES).flatMap((c) => c.entries),
];

// Parsing fills defaults (prepare, notes) once; data errors surface in tests, not in the UI.
const ALL: readonly Entry[] = RAW_ENTRIES.map((e) => Entry.parse(e));
const BY_ID = new Map(ALL.map((e) => [e.id, e]));

export type Routes = ReturnType<typeof CountryRoutes.parse>;
const ROUTES = new Map<string, Routes>(
  Object.entries(COUNTRY_DIRECTORIES).map(([cc, c]) => [cc, CountryRoutes.parse(c.routes)]),
);

export function allEntries(): readonly Entry[] {
  return ALL;
}

export function byId(id: string): Entry | undefined {
  return BY_ID.get(id);
}

export function isOffered(country: string | undefined): boolean {
  return !!country && ROUTES.has(country.toUpperCase());
}

/**
 * Entries for a country: its own first, then the international services (which take reports
 * from anywhere). Platform routes are not included: see `platformRoutes`.
 */
export function entriesFor(country: string, options: { international?: boolean } = {}): Entry[] {
  const cc = country.toUpperCase();
  const own = ALL.filter((e) => !e.platform && e.countries.includes(cc));
  if (options.international === false) return own;
  const international = ALL.filter(
    (e) => !e.platform && e.countries.includes('INT') && !e.countries.includes(cc),
  );
  return [...own, ...international];
}

/** The emergency entry of an offered country; undefined elsewhere (say "your local number"). */
export function emergencyFor(country: string): Entry | undefined {
  const routes = ROUTES.get(country.toUpperCase());
  return routes ? byId(routes.emergency) : undefined;
}

/** The engine's route table for an offered country; undefined for other countries. */
export function routesFor(country: string | undefined): Routes | undefined {
  return country ? ROUTES.get(country.toUpperCase()) : undefined;
}

export type PlatformRoutes = Omit<
  PlatformInfo,
  'inApp' | 'childSafety' | 'intimateImage' | 'takeItDownAct' | 'appeal' | 'euLegal'
> & {
  inApp: Entry;
  childSafety: Entry[];
  intimateImage: Entry[];
  takeItDownAct?: Entry;
  appeal: Entry[];
  euLegal?: Entry;
};

export function isDirectoryPlatform(id: string | undefined): id is DirectoryPlatformId {
  return !!id && (DIRECTORY_PLATFORMS as readonly string[]).includes(id);
}

/** A platform's report routes with their entries resolved; undefined for unknown platforms. */
export function platformRoutes(platformId: string): PlatformRoutes | undefined {
  if (!isDirectoryPlatform(platformId)) return undefined;
  const info = platformInfo[platformId];
  const get = (id: string) => {
    const entry = byId(id);
    if (!entry) throw new Error(`directory: ${platformId} names a missing entry ${id}`);
    return entry;
  };
  return {
    ...info,
    inApp: get(info.inApp),
    childSafety: info.childSafety.map(get),
    intimateImage: info.intimateImage.map(get),
    takeItDownAct: info.takeItDownAct ? get(info.takeItDownAct) : undefined,
    appeal: info.appeal.map(get),
    euLegal: info.euLegal ? get(info.euLegal) : undefined,
  };
}

export { platformName } from '../platforms/catalog';
