import { z } from 'zod';
import { AgeAtTime, type CaseProfile, Lang, UserRole } from './model';

/**
 * The case details form (case details screen and "new case"): what a person types, as strings
 * and booleans, and the conversions to and from the stored profile. Error messages are catalog
 * keys. Text with control or direction-override characters is refused with a message rather than
 * silently cleaned, so nothing the person typed is changed behind their back.
 */

// C0/C1 controls (tab and new line allowed in the address only) and bidi embedding/override/isolate
// characters, which can make a printed name or address read differently from what is stored.
const hasControl = (v: string) =>
  [...v].some((ch) => {
    const c = ch.codePointAt(0) ?? 0;
    return c <= 0x08 || (c >= 0x0b && c <= 0x1f && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
  });
const LINE_BREAKS = /[\t\n\r]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

export const plainText = (max: number, multiline = false) =>
  z
    .string()
    .max(max, 'case.err.tooLong')
    .refine((v) => !hasControl(v) && (multiline || !LINE_BREAKS.test(v)), 'case.err.control')
    .refine((v) => !BIDI.test(v), 'case.err.bidi');

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ().-]{3,40}$/;

export const DetailsForm = z.object({
  title: plainText(200).refine((v) => v.trim() !== '', 'case.err.title'),
  role: z.enum(UserRole.options, { message: 'case.err.choose' }),
  ageAtTime: z.enum(AgeAtTime.options, { message: 'case.err.choose' }),
  country: z.string().regex(/^[A-Z]{2}$/, 'case.err.country'),
  languages: z.array(Lang).min(1, 'case.err.languages').max(3),
  immediateDanger: z.boolean(),
  sextortion: z.boolean(),
  hasImagesOnDevice: z.enum(['yes', 'no', 'unknown']),
  name: plainText(200),
  email: plainText(320).refine((v) => v.trim() === '' || EMAIL.test(v.trim()), 'case.err.email'),
  phone: plainText(60).refine((v) => v.trim() === '' || PHONE.test(v.trim()), 'case.err.phone'),
  address: plainText(500, true),
  victimName: plainText(200),
});
export type DetailsFormValues = z.infer<typeof DetailsForm>;

/**
 * A blank form for a new case. The country comes only from an explicit choice (the settings'
 * country is offered, never another case's), and there is no `ZZ` fallback: an empty country is
 * an error the person sees.
 */
export function emptyDetailsForm(
  country: string | undefined,
  lang: z.infer<typeof Lang>,
): DetailsFormValues {
  return {
    title: '',
    role: '' as DetailsFormValues['role'],
    ageAtTime: '' as DetailsFormValues['ageAtTime'],
    country: country && /^[A-Z]{2}$/.test(country) ? country : '',
    languages: [lang],
    immediateDanger: false,
    sextortion: false,
    hasImagesOnDevice: 'unknown',
    name: '',
    email: '',
    phone: '',
    address: '',
    victimName: '',
  };
}

export function profileToForm(p: CaseProfile): DetailsFormValues {
  return {
    title: p.title,
    role: p.role,
    ageAtTime: p.ageAtTime,
    country: p.country,
    languages: [...p.languages],
    immediateDanger: p.immediateDanger,
    sextortion: p.sextortion,
    hasImagesOnDevice: p.hasImagesOnDevice,
    name: p.contact.name ?? '',
    email: p.contact.email ?? '',
    phone: p.contact.phone ?? '',
    address: p.contact.address ?? '',
    victimName: p.victimName ?? '',
  };
}

const opt = (v: string) => v.trim() || undefined;

export function formToProfile(v: DetailsFormValues): CaseProfile {
  const contact: CaseProfile['contact'] = {};
  const name = opt(v.name);
  const email = opt(v.email);
  const phone = opt(v.phone);
  const address = opt(v.address);
  if (name) contact.name = name;
  if (email) contact.email = email;
  if (phone) contact.phone = phone;
  if (address) contact.address = address;
  const profile: CaseProfile = {
    title: v.title.trim(),
    role: v.role,
    ageAtTime: v.ageAtTime,
    country: v.country,
    languages: [...new Set(v.languages)],
    immediateDanger: v.immediateDanger,
    sextortion: v.sextortion,
    hasImagesOnDevice: v.hasImagesOnDevice,
    contact,
  };
  const victimName = opt(v.victimName);
  if (victimName) profile.victimName = victimName;
  return profile;
}
