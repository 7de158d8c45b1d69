import { create } from 'zustand';
import { send } from '@/components/send';
import type { DeletedKind } from '@/lib/case/model';
import type { CaseOp } from '@/lib/case/ops';
import { useCase } from './case';

/**
 * Deleting with undo. A delete is held here for UNDO_MS and only then sent to the background as
 * the ordinary remove op, which is final (the proof's encrypted file goes with it) and leaves a
 * "deleted" line in the timeline. Until then the screens hide the item (useCasework filters it).
 *
 * Why a pending delete rather than a stored tombstone: nothing deleted lingers in storage to be
 * purged later, no reader (next steps, notices, exports, the case file) has to learn to skip
 * tombstones, and if the page closes during the undo window the item is simply kept — the safe
 * side for evidence.
 */
export const UNDO_MS = 12_000;

export type PendingDelete = { kind: DeletedKind; id: string; caseId: string; op: CaseOp };

type PendingState = {
  pending: PendingDelete[];
  error: string | null;
  schedule(item: Omit<PendingDelete, 'caseId'>): void;
  undo(id: string): void;
  dismissError(): void;
};

const timers = new Map<string, ReturnType<typeof setTimeout>>();

export const usePendingDelete = create<PendingState>((set, get) => ({
  pending: [],
  error: null,
  schedule(item) {
    const caseId = useCase.getState().currentId;
    if (!caseId || get().pending.some((p) => p.id === item.id)) return;
    const entry = { ...item, caseId };
    set({ pending: [...get().pending, entry], error: null });
    timers.set(
      item.id,
      setTimeout(() => void commit(entry), UNDO_MS),
    );
  },
  undo(id) {
    clearTimeout(timers.get(id));
    timers.delete(id);
    set({ pending: get().pending.filter((p) => p.id !== id) });
  },
  dismissError: () => set({ error: null }),
}));

async function commit(entry: PendingDelete) {
  timers.delete(entry.id);
  try {
    const cases = useCase.getState();
    if (cases.currentId === entry.caseId) await cases.apply(entry.op);
    else await send('updateCase', { id: entry.caseId, op: entry.op });
    usePendingDelete.setState((s) => ({ pending: s.pending.filter((p) => p.id !== entry.id) }));
  } catch (error) {
    // The item was not deleted: it shows again, with the reason.
    usePendingDelete.setState((s) => ({
      pending: s.pending.filter((p) => p.id !== entry.id),
      error: error instanceof Error ? error.message : String(error),
    }));
  }
}

/** Ids hidden from the screens of one case while their delete waits. */
export function pendingIds(pending: readonly PendingDelete[], caseId: string): Set<string> {
  return new Set(pending.filter((p) => p.caseId === caseId).map((p) => p.id));
}
