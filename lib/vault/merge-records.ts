import type { Case } from '../case/model';
import { stripInvisible, stripInvisibleKeepLines } from '../case/normalise';
import type { HashReceipt, SextortionRecord } from '../case/records';

/**
 * How an import joins a case's sextortion record and hash-service receipts (records with no
 * per-item storage of their own, kept in the case header). The rule is the import's: keep what
 * the vault has, add what is missing, never drop anything the user has.
 * - The vault's sextortion fields win; an empty field is filled from the file; demands are
 *   joined; payment details and threats are added unless the same one is already there
 *   (a payment by kind and value, ignoring spaces and case; a threat by id or by time and words).
 * - Receipts are added unless the same service and case number is there; a known receipt with no
 *   PIN takes the file's PIN (a lost PIN cannot be recovered from the services).
 * - Text from the file loses bidi controls and invisible characters (they can make a gift-card
 *   code or a handle read differently from what is stored, and a typed one is refused the same
 *   way by the forms). Oversized values never get here: the file's case is parsed with the
 *   stored schema first, and a file that fails it is refused whole with a message.
 * - Lists stay within the stored caps (500 threats, 200 payments, 100 receipts); what would not
 *   fit is counted, not silently lost from the count.
 */

export const MAX_THREATS = 500;
export const MAX_PAYMENTS = 200;
export const MAX_RECEIPTS = 100;

export type RecordsMerge = {
  sextortion: SextortionRecord | undefined;
  hashReceipts: HashReceipt[];
  /** Fields filled, demands, payment details and threats added to the sextortion record. */
  sextortionAdded: number;
  /** Of those, the payment details and the threats (the import's timeline line names them). */
  paymentsAdded: number;
  threatsAdded: number;
  /** Receipts added, or given their missing PIN. */
  receiptsAdded: number;
  /** Entries of the file that did not fit under the caps. */
  notFitting: number;
};

const line = (v: string) => stripInvisible(v);
const lines = (v: string) => stripInvisibleKeepLines(v);
const optionalLine = (v: string | undefined) =>
  v === undefined ? undefined : line(v) || undefined;
const optionalLines = (v: string | undefined) =>
  v === undefined ? undefined : lines(v) || undefined;
const paymentKey = (p: { kind: string; value: string }) =>
  `${p.kind}\u0000${p.value.replace(/\s+/g, '').toLowerCase()}`;
const threatKey = (t: { at: string; text: string }) =>
  `${Date.parse(t.at)}\u0000${t.text.replace(/\s+/g, ' ').trim()}`;
const receiptKey = (h: { service: string; caseNumber: string }) =>
  `${h.service}\u0000${h.caseNumber.replace(/\s+/g, '').toLowerCase()}`;

/** The file's sextortion record with its text cleaned (see above). */
export function cleanSextortion(r: SextortionRecord): SextortionRecord {
  const threatener: SextortionRecord['threatener'] = {};
  const platform = optionalLine(r.threatener.platform);
  const handle = optionalLine(r.threatener.handle);
  if (platform) threatener.platform = platform;
  if (handle) threatener.handle = handle;
  // Addresses are already parsed and normalised by the stored schema (WebUrl): no hidden character.
  if (r.threatener.profileUrl) threatener.profileUrl = r.threatener.profileUrl;
  const out: SextortionRecord = {
    threatener,
    demands: [...new Set(r.demands)],
    paymentDetails: r.paymentDetails
      .map((p) => {
        const note = optionalLine(p.note);
        return { id: p.id, kind: p.kind, value: line(p.value), ...(note ? { note } : {}) };
      })
      .filter((p) => p.value !== ''),
    threats: r.threats
      .map((t) => ({ id: t.id, at: t.at, text: lines(t.text) }))
      .filter((t) => t.text !== ''),
    alreadyShared: r.alreadyShared,
  };
  const contactStartedOn = optionalLine(r.contactStartedOn);
  const demandNote = optionalLines(r.demandNote);
  if (contactStartedOn) out.contactStartedOn = contactStartedOn;
  if (demandNote) out.demandNote = demandNote;
  return out;
}

/** The file's receipt with its text cleaned; null when nothing of the case number is left. */
export function cleanReceipt(h: HashReceipt): HashReceipt | null {
  const caseNumber = line(h.caseNumber);
  if (!caseNumber) return null;
  const pin = optionalLine(h.pin);
  return {
    id: h.id,
    service: h.service,
    caseNumber,
    ...(pin ? { pin } : {}),
    createdAt: h.createdAt,
  };
}

/** An id not in `taken`, from the file's own id (ids stay within the stored 64 characters). */
function freeId(id: string, taken: Set<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) {
    const candidate = `${id.slice(0, 56)}-m${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function mergeSextortion(
  mine: SextortionRecord | undefined,
  file: SextortionRecord | undefined,
): {
  record: SextortionRecord | undefined;
  added: number;
  payments: number;
  threats: number;
  notFitting: number;
} {
  if (!file) return { record: mine, added: 0, payments: 0, threats: 0, notFitting: 0 };
  const theirs = cleanSextortion(file);
  if (!mine) {
    return {
      record: theirs,
      added: 1 + theirs.paymentDetails.length + theirs.threats.length,
      payments: theirs.paymentDetails.length,
      threats: theirs.threats.length,
      notFitting: 0,
    };
  }
  let added = 0;
  let notFitting = 0;
  const threatener = { ...mine.threatener };
  for (const key of ['platform', 'handle', 'profileUrl'] as const) {
    if (!threatener[key] && theirs.threatener[key]) {
      threatener[key] = theirs.threatener[key];
      added++;
    }
  }
  const next: SextortionRecord = { ...mine, threatener };
  for (const key of ['contactStartedOn', 'demandNote'] as const) {
    if (!next[key] && theirs[key]) {
      next[key] = theirs[key];
      added++;
    }
  }
  const newDemands = theirs.demands.filter((d) => !mine.demands.includes(d));
  if (newDemands.length) {
    next.demands = [...mine.demands, ...newDemands];
    added += newDemands.length;
  }
  // "Unknown" is no answer yet: the file's yes or no fills it; a yes or no in the vault stays.
  if (mine.alreadyShared === 'unknown' && theirs.alreadyShared !== 'unknown') {
    next.alreadyShared = theirs.alreadyShared;
    added++;
  }

  const paymentIds = new Set(mine.paymentDetails.map((p) => p.id));
  const paymentKeys = new Set(mine.paymentDetails.map(paymentKey));
  const payments = [...mine.paymentDetails];
  for (const p of theirs.paymentDetails) {
    if (paymentKeys.has(paymentKey(p))) continue;
    if (payments.length >= MAX_PAYMENTS) {
      notFitting++;
      continue;
    }
    const id = freeId(p.id, paymentIds);
    paymentIds.add(id);
    paymentKeys.add(paymentKey(p));
    payments.push({ ...p, id });
    added++;
  }
  const paymentsAdded = payments.length - mine.paymentDetails.length;
  if (paymentsAdded) next.paymentDetails = payments;

  const threatIds = new Set(mine.threats.map((t) => t.id));
  const threatKeys = new Set(mine.threats.map(threatKey));
  const threats = [...mine.threats];
  for (const t of theirs.threats) {
    if (threatIds.has(t.id) || threatKeys.has(threatKey(t))) continue;
    if (threats.length >= MAX_THREATS) {
      notFitting++;
      continue;
    }
    threatIds.add(t.id);
    threatKeys.add(threatKey(t));
    threats.push(t);
    added++;
  }
  const threatsAdded = threats.length - mine.threats.length;
  if (threatsAdded) {
    next.threats = threats.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  }
  return {
    record: added ? next : mine,
    added,
    payments: paymentsAdded,
    threats: threatsAdded,
    notFitting,
  };
}

function mergeReceipts(
  mine: HashReceipt[],
  file: HashReceipt[],
  taken: ReadonlySet<string>,
): { list: HashReceipt[]; added: number; notFitting: number } {
  const list = [...mine];
  const byKey = new Map(mine.map((h, i) => [receiptKey(h), i]));
  const ids = new Set([...taken, ...mine.map((h) => h.id)]);
  let added = 0;
  let notFitting = 0;
  for (const raw of file) {
    const h = cleanReceipt(raw);
    if (!h) continue;
    const at = byKey.get(receiptKey(h));
    if (at !== undefined) {
      const known = list[at] as HashReceipt;
      if (!known.pin && h.pin) {
        list[at] = { ...known, pin: h.pin };
        added++;
      }
      continue;
    }
    if (list.length >= MAX_RECEIPTS) {
      notFitting++;
      continue;
    }
    const id = freeId(h.id, ids);
    ids.add(id);
    byKey.set(receiptKey(h), list.length);
    list.push({ ...h, id });
    added++;
  }
  return { list: added ? list : mine, added, notFitting };
}

/**
 * The vault's case's sextortion record and receipts joined with the file's (pure). `taken` is
 * every id the merged case's other items use (receipts share the case's one id space, ops.ts
 * `caseIds`): a receipt added is never given one of them.
 */
export function mergeRecords(
  mine: Pick<Case, 'sextortion' | 'hashReceipts'>,
  theirs: Pick<Case, 'sextortion' | 'hashReceipts'>,
  taken: ReadonlySet<string> = new Set(),
): RecordsMerge {
  const s = mergeSextortion(mine.sextortion, theirs.sextortion);
  const r = mergeReceipts(mine.hashReceipts, theirs.hashReceipts, taken);
  return {
    sextortion: s.record,
    hashReceipts: r.list,
    sextortionAdded: s.added,
    paymentsAdded: s.payments,
    threatsAdded: s.threats,
    receiptsAdded: r.added,
    notFitting: s.notFitting + r.notFitting,
  };
}

/** A case new to the vault: its records, cleaned the same way. */
export function cleanRecords(kase: Case): Pick<Case, 'sextortion' | 'hashReceipts'> {
  return {
    sextortion: kase.sextortion ? cleanSextortion(kase.sextortion) : undefined,
    hashReceipts: kase.hashReceipts.flatMap((h) => {
      const clean = cleanReceipt(h);
      return clean ? [clean] : [];
    }),
  };
}
