import { escapeInvisible } from '../case/normalise';
import { files as en } from '../i18n/catalog/files.en';
import { files as es } from '../i18n/catalog/files.es';
import { files as fr } from '../i18n/catalog/files.fr';
import { format, type Lang } from '../i18n/types';

/** The refusals' words in the person's language (settings.lang; the background's messages). */
export function filesText(
  lang: Lang,
  key: keyof typeof en,
  params?: Record<string, string | number>,
) {
  return format({ en, fr, es }[lang][key], params);
}

/** The most characters of a file's name a message repeats. */
export const MAX_SHOWN_NAME = 80;

/**
 * A file name from an untrusted file, as a message may repeat it: at most MAX_SHOWN_NAME
 * characters (then "…"), every control, bidi or invisible character shown as ⟨U+XXXX⟩ — so a
 * name can't flood the message, reorder its words ("gpj.exe" read as "exe.jpg") or break it.
 */
export function shownName(name: string, max = MAX_SHOWN_NAME): string {
  const chars = [...name];
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : name;
  return escapeInvisible(cut);
}

/**
 * Proof files Beacon keeps: PDF, PNG, JPEG, WebP and HEIC/HEIF only, each recognised by its
 * declared type AND by its first bytes. Anything else (a web page, an SVG, a script renamed
 * `.png`) could run at the extension's origin if it were ever opened there, so it is refused
 * at upload and at import. Pure: used by the vault (background), the import reader and the
 * workspace's file picker alike.
 */
export const PROOF_FILE_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/heic',
] as const;
export type ProofFileType = (typeof PROOF_FILE_TYPES)[number];

/** Declared types that mean the same format as an allowed one. */
const ALIASES: Record<string, ProofFileType> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/heif': 'image/heic',
};

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** ISO-BMFF brands of HEIF still images (HEVC-coded or generic HEIF). */
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

/** The allowed format the bytes are, or null when they are none of them. */
export function sniffProofType(bytes: Uint8Array): ProofFileType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('ftyp'), 4)) {
    const brand = String.fromCharCode(...bytes.slice(8, 12));
    if (HEIF_BRANDS.has(brand)) return 'image/heic';
  }
  return null;
}

/** The declared type, lower-cased and de-aliased, when it is an allowed one. */
export function allowedDeclaredType(type: string): ProofFileType | null {
  const clean = type.trim().toLowerCase().split(';')[0]?.trim() ?? '';
  const known = ALIASES[clean] ?? clean;
  return (PROOF_FILE_TYPES as readonly string[]).includes(known) ? (known as ProofFileType) : null;
}

export type ProofFileCheck = { ok: true; type: ProofFileType } | { ok: false; reason: string };

/**
 * Whether a proof file may be kept: its declared type is allowed, its bytes are an allowed
 * format, and the two agree. The reason is in `lang` (the vault's language setting), the same
 * words the workspace shows for the refusal.
 */
export function checkProofFile(
  declaredType: string,
  bytes: Uint8Array,
  lang: Lang = 'en',
): ProofFileCheck {
  const declared = allowedDeclaredType(declaredType);
  const actual = sniffProofType(bytes);
  if (!declared || !actual || declared !== actual) {
    return { ok: false, reason: filesText(lang, 'files.notAllowed') };
  }
  return { ok: true, type: actual };
}

const EXTENSION: Record<ProofFileType, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/heic': 'heic',
};

/**
 * How "View" shows a stored proof file. Only bytes that ARE a PDF or a PNG/JPEG/WebP image are
 * opened, with the type their bytes say (never the stored one, never the stored name); anything
 * else — a file kept before the allow-list, HEIC that browsers can't show — is downloaded as
 * opaque bytes (`application/octet-stream`) under a neutral name, so it never runs at the
 * extension's origin.
 */
export function proofViewPlan(
  bytes: Uint8Array,
):
  | { open: true; type: ProofFileType }
  | { open: false; type: 'application/octet-stream'; fileName: string } {
  const type = sniffProofType(bytes);
  if (type && type !== 'image/heic') return { open: true, type };
  return {
    open: false,
    type: 'application/octet-stream',
    fileName: `beacon-proof.${type ? EXTENSION[type] : 'bin'}`,
  };
}
