import type { Lang } from '../i18n';
import type { Scope } from './select';
import type { ReceiptsSection, SextortionSection } from './sextortion';

/**
 * The case file as data: every string already written in the output language, so the page
 * only lays it out and the tests can read it. Built from the whole stored case; the
 * options choose what is shown, never what is hashed (see integrity.ts).
 */
export type CaseFileOptions = {
  scope: Scope;
  /** Hide names and contact details (default on). */
  redact: boolean;
  /** Print the images of the identity documents the user attached. */
  proofImages: boolean;
  lang: Lang;
};

export const DEFAULT_OPTIONS: Omit<CaseFileOptions, 'lang'> = {
  scope: { kind: 'all' },
  redact: true,
  proofImages: false,
};

/** A next step as the page hands it over (rendered by lib/escalation in the output language). */
export type StepInput = {
  id: string;
  title: string;
  why: string;
  urgency: 'now' | 'today' | 'when-due';
  done: boolean;
};

export type Moment = { local: string; utc: string };

export type EvidenceRow = {
  id: string;
  n: number;
  platform: string;
  kind: string;
  address: string;
  account: string[];
  postId: string;
  postedAt: Moment | null;
  capturedAt: Moment | null;
  status: string;
  checked: string;
  /** "image: https://…" — plain text, never a link or an image. */
  media: string[];
  excerpt: string;
  quoted: string;
};

export type ReportRow = {
  id: string;
  where: string;
  channel: string;
  about: string;
  sentAt: Moment | null;
  reference: string;
  status: string;
  followUp: string;
  answer: string;
  answeredAt: Moment | null;
};

export type ProofRow = {
  id: string;
  type: string;
  label: string;
  added: Moment;
  sentTo: string[];
  file: string;
  /** The page reads and prints this document's image (identity documents only). */
  printImage: boolean;
};

export type TimelineRow = { at: string; local: string; utc: string; text: string };

export type CaseFileModel = {
  lang: Lang;
  docTitle: string;
  confidential: string;
  cover: { title: string; lines: string[]; note: string | null; scope: string; counts: string };
  summary: { heading: string; text: string };
  timeline: {
    heading: string;
    columns: [string, string, string];
    rows: TimelineRow[];
    empty: string;
  };
  evidence: {
    heading: string;
    columns: string[];
    rows: EvidenceRow[];
    empty: string;
    excerptLabel: string;
    quotedLabel: string;
  };
  reports: { heading: string; columns: string[]; rows: ReportRow[]; empty: string };
  proofs: {
    heading: string;
    columns: string[];
    rows: ProofRow[];
    empty: string;
    imagesHeading: string;
  };
  steps: {
    heading: string;
    columns: string[];
    rows: Array<{ id: string; title: string; why: string; urgency: string; done: boolean }>;
    empty: string;
    doneLabel: string;
  };
  safety: { heading: string; text: string };
  sextortion: SextortionSection | null;
  receipts: ReceiptsSection | null;
  integrity: {
    heading: string;
    label: string;
    hash: string;
    covers: string;
    how: string;
    made: string;
  };
};

export type BuildContext = {
  now: Date;
  timeZone: string;
  /** From the vault's plain export of the same case (integrity.ts). */
  hash: string;
  steps?: readonly StepInput[];
};
