import { z } from 'zod';

/**
 * One entry of the escalation directory: a place a family can report to or get help from.
 * Every fact carries the public page that states it (see lib/directory/README.md); nothing here
 * is fetched at run time (Beacon makes no network requests of its own).
 */

export const EntryKind = z.enum([
  'platform-form',
  'platform-in-app',
  'hotline',
  'hash-service',
  'law-enforcement',
  'regulator',
  /** A service that mediates with platforms once they have answered (Report Harmful Content). */
  'mediation',
  'support-line',
  'crisis-line',
  'emergency',
  'legal-aid',
]);
export type EntryKind = z.infer<typeof EntryKind>;

/** ISO 3166-1 alpha-2 (upper case), or INT for services that take reports from anywhere. */
export const DirectoryCountry = z.string().regex(/^([A-Z]{2}|INT)$/);

/** ISO 639-1 codes, plus `sgn` for sign language (Disque 100 serves in Libras). */
export const DirectoryLanguage = z.string().regex(/^([a-z]{2}|sgn)$/);

/** Things a service asks for; each has a label in lib/i18n/catalog/directory.*.ts. */
export const PrepareItem = z.enum([
  'post-url',
  'profile-url',
  'handle',
  'date-seen',
  'category',
  'own-contact',
  'platform-report-reference',
  'platform-reply',
  'earlier-reports',
  'age-then-and-now',
  'device-with-images',
  'messages',
  'message-link',
  'case-file',
  'service-case-number',
]);
export type PrepareItem = z.infer<typeof PrepareItem>;

/** Short facts shown with an entry; each has a sentence in the directory catalogs (en/fr/es). */
export const EntryNote = z.enum([
  'not-for-emergencies',
  'not-a-reporting-line',
  'url-only-never-send-files',
  'name-optional',
  'reference-by-email',
  'hash-on-device',
  'submit-from-original-device',
  'no-id-needed',
  'keep-case-number',
  'report-platform-first',
  'needs-platform-reply',
  'may-act-after-a-week',
  'age-check-and-account',
  'usually-removed-in-a-working-day',
  'no-status-updates',
  'no-duplicate-tips',
  'forwards-to-police',
  'sends-removal-notices',
  'evidence-vault-app',
  'trusted-flagger',
  'removal-within-24h',
  'tida-48h',
  'one-report-per-media',
  'representative-allowed',
  'no-account-needed',
  'message-link-needed',
  'goes-to-platform-only',
  'appeal-within-6-months',
  'out-of-court-bodies',
  'appeals-centre-europe',
  'oversight-board',
  'per-state',
  'sender-identifies',
  'uses-iwf-hashes',
  'find-national-hotline',
  'secretariat-takes-no-reports',
  'being-merged-into-112',
  'tell-platform-ages',
  'search-delisting',
  'copy-permalink-then-open',
]);
export type EntryNote = z.infer<typeof EntryNote>;

const HttpsUrl = z
  .string()
  .max(2048)
  .regex(/^https:\/\/[^\s/]+\.[^\s]+$/, 'must be an https address');

/** Digits, spaces, + and - only: letters (1-800-CALL-FBI) are not dialable on every phone. */
const PhoneNumber = z.string().regex(/^\+?[0-9][0-9 -]*[0-9]$/, 'digits only');

export const Channel = z
  .object({
    url: HttpsUrl.optional(),
    phone: PhoneNumber.optional(),
    /** Extension to ask for after dialling `phone`. */
    ext: z
      .string()
      .regex(/^[0-9]{1,6}$/)
      .optional(),
    /** A text-message line; `text` is the word to send when the service asks for one. */
    sms: z
      .object({ to: PhoneNumber, text: z.string().max(20).optional() })
      .strict()
      .optional(),
    whatsapp: PhoneNumber.optional(),
    email: z.email().optional(),
    /** In-app route: the menu labels in the platform's own (English) words. */
    app: z.array(z.string().min(1).max(120)).min(1).optional(),
  })
  .strict()
  .refine((c) => Object.values(c).some((v) => v !== undefined), {
    message: 'an entry needs at least one way to reach it',
  });
export type Channel = z.infer<typeof Channel>;

/**
 * Where a fact comes from: the https address of the public page that states it, so anyone can
 * check the fact (and see when it changes) without Beacon's research notes.
 */
export const Source = HttpsUrl;

export const PlatformPurpose = z.enum([
  'report',
  'child-safety',
  'intimate-image',
  'take-it-down-act',
  'appeal',
  'eu-legal',
]);
export type PlatformPurpose = z.infer<typeof PlatformPurpose>;

export const Entry = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    kind: EntryKind,
    name: z.string().min(1).max(120),
    countries: z.array(DirectoryCountry).min(1),
    languages: z.array(DirectoryLanguage).min(1),
    serves: z
      .object({
        age: z.enum(['minor', 'adult', 'any']),
        role: z.enum(['victim', 'parent', 'bystander', 'any']),
      })
      .strict(),
    channel: Channel,
    prepare: z.array(PrepareItem).default([]),
    anonymous: z.boolean().optional(),
    /** Opening hours in a language-neutral form ("24/7", "Mon-Fri 10:00-16:00"). */
    hours: z.string().max(40).optional(),
    notes: z.array(EntryNote).default([]),
    /** Platform entries: which platform and what the route is for. */
    platform: z.string().max(40).optional(),
    purpose: PlatformPurpose.optional(),
    /** Choices to make inside a web form, in the form's own (English) words. */
    formPath: z.array(z.string().min(1).max(120)).min(1).optional(),
    source: Source,
    /** When the source was read (YYYY-MM). */
    verified: z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/),
    /** false: only a partial, third-party or unconfirmed source; the UI says "check this". */
    confirmed: z.boolean(),
    /**
     * Why a fact is not confirmed, in a sentence for whoever corrects the directory (English,
     * never shown to the person using Beacon, who sees "check this" instead).
     */
    unconfirmedBecause: z.string().trim().min(1).max(200).optional(),
  })
  .strict()
  .refine((e) => e.confirmed === (e.unconfirmedBecause === undefined), {
    message: 'an unconfirmed entry says why (unconfirmedBecause); a confirmed one has no reason',
    path: ['unconfirmedBecause'],
  });
export type Entry = z.infer<typeof Entry>;
export type EntryInput = z.input<typeof Entry>;
export type DirectoryId = string;

/** Identity helper so data files get checking and completion without a runtime cost. */
export function entries<const T extends readonly EntryInput[]>(list: T): T {
  return list;
}

/** The month the directory's sources were last read. */
export const VERIFIED = '2026-11';

/**
 * Which entries the next-steps engine uses for a country, in order of preference (first is
 * the primary). Entries themselves live in the same country file.
 */
export const CountryRoutes = z
  .object({
    country: z.string().regex(/^[A-Z]{2}$/),
    /** An EU member state: DSA notices and complaint routes apply. */
    eu: z.boolean(),
    emergency: z.string(),
    /** Where child sexual abuse material is reported (a hotline or a police portal). */
    hotlines: z.array(z.string()).min(1),
    /** Police routes for the case file. */
    police: z.array(z.string()).min(1),
    /** Helplines for children, young people and their parents. */
    childSupport: z.array(z.string()).min(1),
    /** Help for adults whose intimate images are shared (may be empty where none is known). */
    adultSupport: z.array(z.string()),
    /** Services that take adult intimate-image reports (hotline or regulator). */
    adultReport: z.array(z.string()).default([]),
    crisis: z.array(z.string()).default([]),
    /** Help specific to sextortion. */
    sextortion: z.array(z.string()).default([]),
    regulators: z.array(z.string()).default([]),
    /** Mediation after a platform's answer (UK: Report Harmful Content). */
    mediation: z.array(z.string()).default([]),
    /** Removal routes for a young person reporting their own images (UK: Report Remove). */
    minorSelfRemoval: z.array(z.string()).default([]),
    /**
     * Other places that take reports (anonymous tip lines, cybercrime portals): the Help screen
     * lists them after the hotlines and police, the next-steps engine never picks them.
     */
    otherReporting: z.array(z.string()).default([]),
  })
  .strict();
export type CountryRoutes = z.input<typeof CountryRoutes>;

export type CountryDirectory = { routes: CountryRoutes; entries: readonly EntryInput[] };

type Defaults = 'countries' | 'languages' | 'verified';
/** Entry maker for one country's file: fills the country, its languages and the read date. */
export function countryEntries(country: string, languages: string[]) {
  return (
    list: (Omit<EntryInput, Defaults> & Partial<Pick<EntryInput, Defaults>>)[],
  ): EntryInput[] =>
    list.map((e) => ({ countries: [country], languages, verified: VERIFIED, ...e }));
}
