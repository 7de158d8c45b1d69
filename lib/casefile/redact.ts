import type { Case } from '../case/model';

/**
 * Redaction of personal details with one switch: the name of the person concerned,
 * the preparer's name and contact details are removed from the profile, and every place they
 * were typed into free text (case title, notes, excerpts, report texts and answers, document
 * labels and file names) shows `mark` instead. The accounts, addresses and ids of the content
 * being reported are evidence and stay as they are.
 */
export function redactCase(kase: Case, mark: string): Case {
  const patterns = personalPatterns(kase);
  if (patterns.length === 0 && !hasPersonal(kase)) return kase;
  const scrub = (text: string | undefined): string | undefined =>
    text === undefined ? undefined : patterns.reduce((t, re) => t.replace(re, mark), text);
  const scrubbed = (text: string): string => scrub(text) ?? text;

  return {
    ...kase,
    profile: {
      ...kase.profile,
      title: scrubbed(kase.profile.title),
      victimName: undefined,
      contact: {},
    },
    evidence: kase.evidence.map((e) => ({
      ...e,
      text: scrub(e.text),
      notes: scrub(e.notes),
      subject: scrub(e.subject),
      capture: e.capture
        ? { ...e.capture, text: scrub(e.capture.text), subject: scrub(e.capture.subject) }
        : undefined,
    })),
    reports: kase.reports.map((r) => ({
      ...r,
      whatWasSent: scrub(r.whatWasSent),
      answer: scrub(r.answer),
    })),
    proofs: kase.proofs.map((p) => ({
      ...p,
      label: scrubbed(p.label),
      fileName: scrub(p.fileName),
      notes: scrub(p.notes),
    })),
    notes: kase.notes.map((n) => ({ ...n, text: scrubbed(n.text) })),
  };
}

function hasPersonal(kase: Case): boolean {
  const c = kase.profile.contact;
  return Boolean(kase.profile.victimName || c.name || c.email || c.phone || c.address);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Letters and digits in any script: a name is only replaced as a whole word.
const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}_])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}_])';

/**
 * The texts to hide, longest first so "Emma Martin" goes before "Emma". A name is also hidden
 * by its parts (first name, family name) when a part has 3 letters or more; a phone number is
 * matched whatever separators were typed between its digits.
 */
export function personalPatterns(kase: Case): RegExp[] {
  const { victimName, contact } = kase.profile;
  const words = new Set<string>();
  for (const name of [victimName, contact.name]) {
    const full = name?.trim();
    if (!full) continue;
    words.add(full);
    for (const part of full.split(/\s+/)) if ([...part].length >= 3) words.add(part);
  }
  for (const value of [contact.email, contact.address]) {
    const v = value?.trim();
    if (v) words.add(v);
  }
  const patterns = [...words]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => new RegExp(`${WORD_EDGE_BEFORE}${escapeRegExp(w)}${WORD_EDGE_AFTER}`, 'giu'));
  const digits = (contact.phone ?? '').replace(/\D/g, '');
  if (digits.length >= 6) {
    const sep = '[\\s.\\-()/]*';
    const spaced = (ds: string) => [...ds].join(sep);
    // The number as stored ("+33 6 12 34 56 78"), and its last nine digits after an optional
    // trunk 0, which is how the same number is usually typed at home ("06 12 34 56 78").
    patterns.unshift(new RegExp(`\\+?${spaced(digits)}(?!\\d)`, 'g'));
    if (digits.length > 9) {
      patterns.push(new RegExp(`(?<!\\d)0?${sep}${spaced(digits.slice(-9))}(?!\\d)`, 'g'));
    }
  }
  return patterns;
}
