import { z } from 'zod';
import { Case, CaseProfile, Id, Settings, When } from '../../case/model';
import { CaseOp } from '../../case/ops';

/**
 * The vault's messages. Only extension pages may send them: the content script never reads
 * case data (docs/ARCHITECTURE.md, "Trust boundaries"). After every write the background
 * broadcasts a change event (`VaultChanged`) so open pages re-fetch.
 */
const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'must be base64' });

/** 20 MB per proof file; base64 is 4/3 of that. */
export const MAX_PROOF_BYTES = 20 * 1024 * 1024;
/** Import files larger than this are refused before anything is parsed. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export const Passphrase = z.string().min(1).max(1024);

/** A partial Settings without defaults: only the keys given change. */
export const SettingsPatch = z
  .object({
    lang: Settings.shape.lang.removeDefault().optional(),
    country: Settings.shape.country,
    autoLockMinutes: Settings.shape.autoLockMinutes.removeDefault().optional(),
    discreet: Settings.shape.discreet.removeDefault().optional(),
    followUpHours: Settings.shape.followUpHours.removeDefault().optional(),
    currentCaseId: Settings.shape.currentCaseId,
  })
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const VaultStatus = z
  .object({
    exists: z.boolean(),
    unlocked: z.boolean(),
    /** Captures waiting in storage.session for onboarding (no vault yet). */
    pendingCount: z.number().int().nonnegative(),
    /** Captures sealed while locked, merged at the next unlock. */
    inboxCount: z.number().int().nonnegative(),
    /** Non-secret settings, readable while locked (language, discreet mode). */
    settings: Settings,
    /** Set while unlock is refused after repeated wrong passphrases. */
    retryAfterSeconds: z.number().int().nonnegative().optional(),
    /**
     * A schema migration failed at unlock: the old data was kept as it was and can only be
     * exported (the UI offers `exportData`) until a fixed version of Beacon reads it.
     */
    migration: z
      .object({
        failed: z.literal(true),
        fromVersion: z.number().int(),
        toVersion: z.number().int(),
        message: z.string(),
      })
      .strict()
      .optional(),
    /** Some stored records were damaged and their previous saved version was used instead. */
    recoveredFromBackup: z.boolean().optional(),
  })
  .strict();
export type VaultStatus = z.infer<typeof VaultStatus>;

export const CaseSummary = z
  .object({
    id: Id,
    title: z.string(),
    evidenceCount: z.number().int().nonnegative(),
    reportCount: z.number().int().nonnegative(),
    /** Reports waiting for an answer whose follow-up date has passed. */
    dueFollowUps: z.number().int().nonnegative(),
    updatedAt: When,
  })
  .strict();
export type CaseSummary = z.infer<typeof CaseSummary>;

export const ExportFormat = z.enum(['encrypted', 'plain']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ExportRequest = z
  .object({
    /** Omit to export every case. */
    caseIds: z.array(Id).max(1000).optional(),
    format: ExportFormat,
    /** Required for 'encrypted': protects the file (not the vault passphrase unless chosen so). */
    passphrase: Passphrase.optional(),
  })
  .strict()
  .refine((v) => v.format === 'plain' || v.passphrase !== undefined, {
    message: 'an encrypted export needs a passphrase',
    path: ['passphrase'],
  });

export const ExportFile = z
  .object({
    fileName: z.string(),
    mime: z.string(),
    dataBase64: Base64,
    /** SHA-256 (hex) of the canonical JSON content, shown to the user and inside the file. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type ExportFile = z.infer<typeof ExportFile>;

export const ImportRequest = z
  .object({
    dataBase64: Base64.max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, {
      message: 'the file is larger than 200 MB',
    }),
    passphrase: Passphrase.optional(),
  })
  .strict();

export const ImportCaseSummary = z
  .object({
    id: Id,
    title: z.string(),
    /** The case is not in this vault yet: all of it will be added. */
    isNew: z.boolean(),
    newEvidence: z.number().int().nonnegative(),
    newReports: z.number().int().nonnegative(),
    newProofs: z.number().int().nonnegative(),
    newNotes: z.number().int().nonnegative(),
    /** Sextortion details and hash-service receipts the file adds to the case. */
    newSextortion: z.number().int().nonnegative(),
    newReceipts: z.number().int().nonnegative(),
    /** Entries of the file left out because the case's list was full. */
    notFitting: z.number().int().nonnegative(),
    /** Items in both with different content where the file's copy is newer: the vault's is kept. */
    conflicts: z.number().int().nonnegative(),
  })
  .strict();

export const ImportSummary = z
  .object({
    cases: z.array(ImportCaseSummary),
    formatVersion: z.number().int(),
    createdAt: When,
    /** SHA-256 (hex) of the content, checked against the one the file carries. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type ImportSummary = z.infer<typeof ImportSummary>;

const CaseRef = z.object({ id: Id }).strict();

export const vaultMessages = {
  vaultStatus: { request: z.undefined(), response: VaultStatus, from: ['page'] },
  createVault: {
    request: z
      .object({
        passphrase: Passphrase.min(8, { message: 'use at least 8 characters' }),
        profile: CaseProfile,
        settings: SettingsPatch.optional(),
      })
      .strict(),
    response: VaultStatus,
    from: ['page'],
  },
  unlock: {
    request: z.object({ passphrase: Passphrase }).strict(),
    response: VaultStatus,
    from: ['page'],
  },
  lock: { request: z.undefined(), response: VaultStatus, from: ['page'] },
  changePassphrase: {
    request: z
      .object({
        current: Passphrase,
        next: Passphrase.min(8, { message: 'use at least 8 characters' }),
      })
      .strict(),
    response: VaultStatus,
    from: ['page'],
  },
  updateSettings: {
    request: SettingsPatch,
    response: Settings,
    from: ['page'],
  },
  listCases: { request: z.undefined(), response: z.array(CaseSummary), from: ['page'] },
  getCase: { request: CaseRef, response: Case, from: ['page'] },
  createCase: {
    request: z.object({ profile: CaseProfile }).strict(),
    response: Case,
    from: ['page'],
  },
  updateCase: {
    request: z.object({ id: Id, op: CaseOp }).strict(),
    response: Case,
    from: ['page'],
  },
  deleteCase: { request: CaseRef, response: z.undefined(), from: ['page'] },
  /** Deletes the vault, its inbox, proof files and pending captures. Settings go back to defaults. */
  wipeAll: { request: z.undefined(), response: VaultStatus, from: ['page'] },
  /** Stores a file for an existing proof item (add it first with updateCase addProof). */
  attachProof: {
    request: z
      .object({
        caseId: Id,
        proofId: Id,
        name: z.string().min(1).max(255),
        type: z.string().max(100),
        dataBase64: Base64.max(Math.ceil(MAX_PROOF_BYTES / 3) * 4, {
          message: 'the file is larger than 20 MB',
        }),
      })
      .strict(),
    response: Case,
    from: ['page'],
  },
  readProof: {
    request: z.object({ caseId: Id, proofId: Id }).strict(),
    response: z.object({ name: z.string(), type: z.string(), dataBase64: Base64 }).strict(),
    from: ['page'],
  },
  exportData: { request: ExportRequest, response: ExportFile, from: ['page'] },
  /** What an import would add; changes nothing. */
  previewImport: { request: ImportRequest, response: ImportSummary, from: ['page'] },
  /** Adds what previewImport listed; never overwrites or removes anything already there. */
  applyImport: { request: ImportRequest, response: ImportSummary, from: ['page'] },
} as const;

/** Broadcast by the background after every write (runtime.sendMessage); pages re-fetch. */
export const VaultChanged = z
  .object({ beacon: z.literal(1), event: z.literal('changed'), caseId: Id.optional() })
  .strict();
export type VaultChanged = z.infer<typeof VaultChanged>;

export function isVaultChanged(message: unknown): message is VaultChanged {
  return VaultChanged.safeParse(message).success;
}

export type VaultMessageType = keyof typeof vaultMessages;
type VaultRequest<T extends VaultMessageType> = z.input<(typeof vaultMessages)[T]['request']>;
type VaultResponse<T extends VaultMessageType> = z.output<(typeof vaultMessages)[T]['response']>;

/**
 * The vault service's API, derived from the declarations above: one method per message, named
 * like it, taking its validated request and answering its response. The background's handler
 * table is these methods (entrypoints/background/vault.ts), so adding a message is one entry
 * here and one method in lib/vault/service.ts — the compiler holds the two together. Requests
 * are typed as the schema's input (what the router's parsed output, and a test, both satisfy).
 */
export type VaultApi = {
  [T in VaultMessageType]: undefined extends VaultRequest<T>
    ? (data?: VaultRequest<T>) => Promise<VaultResponse<T>>
    : (data: VaultRequest<T>) => Promise<VaultResponse<T>>;
};

export const VAULT_MESSAGE_TYPES = Object.keys(vaultMessages) as VaultMessageType[];
