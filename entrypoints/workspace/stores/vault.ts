import { browser } from 'wxt/browser';
import { create } from 'zustand';
import { send } from '@/components/send';
import type { Settings } from '@/lib/case/model';
import { type Lang, langFromTag } from '@/lib/i18n';
import { isVaultChanged, type VaultStatus } from '@/lib/messaging/messages/vault';

/**
 * The vault's status and settings as the background reports them. Pages never read storage:
 * they ask the background (`vaultStatus`) and re-ask whenever it broadcasts a change.
 */
type VaultState = {
  status: VaultStatus | null;
  /** Why the last status request failed (the background is unreachable, …). */
  error: string | null;
  /** The language picked during onboarding, before a vault (and its settings) exists. */
  chosenLang: Lang | null;
  /** Captures that waited (before onboarding, or while locked) and were just added. */
  merged: number | null;
  hydrate(): Promise<void>;
  setStatus(status: VaultStatus): void;
  chooseLang(lang: Lang): void;
  noteMerged(count: number): void;
  dismissMerged(): void;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
};

export const useVault = create<VaultState>((set, get) => ({
  status: null,
  error: null,
  chosenLang: null,
  merged: null,
  async hydrate() {
    try {
      set({ status: await send('vaultStatus'), error: null });
    } catch (error) {
      set({ error: (error as Error).message });
    }
  },
  setStatus: (status) => set({ status, error: null }),
  chooseLang: (lang) => set({ chosenLang: lang }),
  noteMerged: (count) => set({ merged: count > 0 ? count : null }),
  dismissMerged: () => set({ merged: null }),
  async updateSettings(patch) {
    const settings = await send('updateSettings', patch);
    const status = get().status;
    if (status) set({ status: { ...status, settings } });
    return settings;
  },
}));

export function browserLang(): Lang {
  try {
    return langFromTag(browser.i18n.getUILanguage());
  } catch {
    return langFromTag(typeof navigator === 'undefined' ? 'en' : navigator.language);
  }
}

/** The interface language: the user's setting once a vault exists, else their onboarding pick. */
export function selectLang(state: Pick<VaultState, 'status' | 'chosenLang'>): Lang {
  if (state.status?.exists) return state.status.settings.lang;
  return state.chosenLang ?? browserLang();
}

export function selectDiscreet(state: Pick<VaultState, 'status'>): boolean {
  return state.status?.settings.discreet ?? false;
}

/**
 * Re-fetch when the background says something changed (another tab saved, a capture arrived,
 * the vault auto-locked). `onChange` lets other stores refresh too. Returns the unsubscribe.
 */
export function listenToVaultChanges(onChange: () => void): () => void {
  const listener = (message: unknown) => {
    if (isVaultChanged(message)) {
      void useVault.getState().hydrate();
      onChange();
    }
    // Not answering: this page never responds to broadcasts.
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
