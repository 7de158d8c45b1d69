import { create } from 'zustand';
import { send } from '@/components/send';
import type { Case, CaseProfile } from '@/lib/case/model';

import type { CaseOp } from '@/lib/case/ops';
import type { CaseSummary } from '@/lib/messaging/messages/vault';
import { navigate, useRoute } from './route';
import { useVault } from './vault';

/**
 * The open case. Screens read it with selectors and change it only through `apply(op)`, which
 * asks the background to apply the op (it is the only writer) and then shows the saved result.
 */
type CaseState = {
  cases: CaseSummary[];
  currentId: string | null;
  current: Case | null;
  loading: boolean;
  error: string | null;
  /** Re-read the list and the open case (after unlock, a change event, an import). */
  refresh(): Promise<void>;
  /** Open another case and remember it (the popup shows the same one). */
  select(id: string): Promise<void>;
  apply(op: CaseOp): Promise<Case>;
  create(profile: CaseProfile): Promise<Case>;
  remove(id: string): Promise<void>;
  clear(): void;
};

/** Which case to show: the one in the address, else the last one opened, else the newest. */
export function pickCaseId(
  cases: readonly Pick<CaseSummary, 'id' | 'updatedAt'>[],
  fromRoute: string | undefined,
  fromSettings: string | undefined,
): string | null {
  const has = (id: string | undefined) => id !== undefined && cases.some((c) => c.id === id);
  if (has(fromRoute)) return fromRoute as string;
  if (has(fromSettings)) return fromSettings as string;
  const newest = [...cases].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  return newest?.id ?? null;
}

export const useCase = create<CaseState>((set, get) => ({
  cases: [],
  currentId: null,
  current: null,
  loading: false,
  error: null,
  async refresh() {
    const status = useVault.getState().status;
    if (!status?.exists || !status.unlocked) {
      get().clear();
      return;
    }
    set({ loading: true });
    try {
      const cases = await send('listCases');
      const id = pickCaseId(cases, useRoute.getState().caseId, status.settings.currentCaseId);
      const current = id ? await send('getCase', { id }) : null;
      set({ cases, currentId: id, current, loading: false, error: null });
    } catch (error) {
      set({ loading: false, error: (error as Error).message });
    }
  },
  async select(id) {
    set({ currentId: id, loading: true });
    // The address names the case too: a refresh racing the settings write (a change broadcast)
    // must not pick the previous case from stale settings.
    if (typeof location !== 'undefined') navigate(useRoute.getState().view, id);
    try {
      const current = await send('getCase', { id });
      set({ current, loading: false, error: null });
      await useVault.getState().updateSettings({ currentCaseId: id });
    } catch (error) {
      set({ loading: false, error: (error as Error).message });
    }
  },
  async apply(op) {
    const id = get().currentId;
    if (!id) throw new Error('No case is open.');
    const saved = await send('updateCase', { id, op });
    set({ current: saved, error: null });
    // Counts in the list (header, popup) follow the saved case.
    send('listCases').then(
      (cases) => set({ cases }),
      () => undefined,
    );
    return saved;
  },
  async create(profile) {
    // The new case's own answers only: nothing is copied from the open case.
    const created = await send('createCase', { profile });
    await get().select(created.id);
    set({ cases: await send('listCases') });
    return created;
  },
  async remove(id) {
    await send('deleteCase', { id });
    if (get().currentId === id) set({ currentId: null, current: null });
    await get().refresh();
  },
  clear: () => set({ cases: [], currentId: null, current: null, loading: false, error: null }),
}));
