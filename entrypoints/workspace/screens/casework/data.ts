import { useMemo } from 'react';
import type { Case, Settings } from '@/lib/case/model';
import type { CaseOp } from '@/lib/case/ops';
import type { Lang, MessageKey, Translate } from '@/lib/i18n';
import type { WorkspaceView } from '@/lib/messaging/protocol';
import { useCase } from '../../stores/case';
import { pendingIds, usePendingDelete } from '../../stores/pending-delete';
import { navigate } from '../../stores/route';
import { useVault } from '../../stores/vault';

/** What every casework screen works with: the open case, the settings and the one way to write. */
export type Casework = {
  kase: Case;
  settings: Settings;
  apply: (op: CaseOp) => Promise<Case>;
  go: (view: WorkspaceView) => void;
};

const DEFAULT_SETTINGS: Settings = {
  lang: 'en',
  autoLockMinutes: 15,
  discreet: false,
  followUpHours: 48,
};

/** The open case and settings from UI-shell's stores; `kase` is null while loading. */
export function useCasework(): {
  cw: Casework | null;
  loading: boolean;
  error: string | null;
} {
  const saved = useCase((s) => s.current);
  const pending = usePendingDelete((s) => s.pending);
  // Items whose delete waits for its undo window are hidden from every screen.
  const kase = useMemo(() => withoutPending(saved, pending), [saved, pending]);
  const loading = useCase((s) => s.loading);
  const error = useCase((s) => s.error);
  const apply = useCase((s) => s.apply);
  const settings = useVault((s) => s.status?.settings) ?? DEFAULT_SETTINGS;
  if (!kase) return { cw: null, loading, error };
  return {
    cw: { kase, settings, apply, go: (view) => navigate(view, kase.id) },
    loading,
    error,
  };
}

function withoutPending(
  kase: Case | null,
  pending: ReturnType<typeof usePendingDelete.getState>['pending'],
): Case | null {
  if (!kase) return kase;
  const hidden = pendingIds(pending, kase.id);
  if (hidden.size === 0) return kase;
  const keep = <T extends { id: string }>(list: T[]) => list.filter((x) => !hidden.has(x.id));
  return {
    ...kase,
    evidence: keep(kase.evidence),
    reports: keep(kase.reports),
    proofs: keep(kase.proofs),
    notes: keep(kase.notes),
    hashReceipts: keep(kase.hashReceipts),
  };
}

/** Translate a key built at run time (enum values, zod messages); unknown keys show as is. */
export function tk(t: Translate, key: string, params?: Record<string, string | number>): string {
  return t(key as MessageKey, params);
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The locale for dates: the browser's own when it speaks the chosen language (fr-CA, en-GB). */
export function localeFor(lang: Lang): string {
  const own = typeof navigator === 'undefined' ? '' : navigator.language;
  return own.toLowerCase().split('-')[0] === lang ? own : lang;
}
