import { browser } from 'wxt/browser';
import { dueReminders } from '@/lib/escalation/reminders';
import { VAULT_MESSAGE_TYPES, type VaultApi } from '@/lib/messaging/messages/vault';
import type { Handlers } from '@/lib/messaging/router';
import { indexedDbBlobStore } from '@/lib/vault/blobs';
import type { ChangeReason } from '@/lib/vault/context';
import { createVaultService, type VaultService } from '@/lib/vault/service';
import type { StorageArea } from '@/lib/vault/storage';
import { createChangeNotice } from './change-notice';
import { syncReminders } from './reminders';

const AUTO_LOCK_ALARM = 'beacon-auto-lock';

/**
 * The vault inside the background: storage edges, change broadcasts, auto-lock and the message
 * handlers. Registered synchronously at start (index.ts) so a woken worker sees idle and alarm
 * events; the vault itself reloads from storage.session's key when a message needs it.
 */
export function createVaultBackground(
  listeners: { onChange?(caseId?: string, reason?: ChangeReason): void } = {},
): {
  vault: VaultService;
  handlers: Handlers;
} {
  restrictStorageToTrustedContexts();

  // Announced a moment after the write, once the answer that made it has gone (change-notice.ts).
  const notice = createChangeNotice((caseIds, reason) => {
    for (const caseId of caseIds) broadcastChange(caseId);
    // Queued behind any call still running (the service serialises calls).
    void refreshReminders(vault);
    // An unlock is one change of everything (the watch rebuilds its index under a fresh key).
    if (reason) listeners.onChange?.(undefined, reason);
    else for (const caseId of caseIds) listeners.onChange?.(caseId);
  });
  const vault = createVaultService({
    local: browser.storage.local as unknown as StorageArea,
    session: browser.storage.session as unknown as StorageArea,
    blobs: indexedDbBlobStore(),
    appVersion: browser.runtime.getManifest().version,
    onChange: notice,
  });

  registerAutoLock(vault);

  // The table is the service's methods, one per declared vault message; two are decorated
  // with an edge effect (the idle-detection interval follows the auto-lock setting).
  const handlers: Handlers = {
    ...vaultHandlers(vault),
    createVault: async (data) => {
      const status = await vault.createVault(data);
      void applyIdleInterval(status.settings.autoLockMinutes);
      return status;
    },
    updateSettings: async (patch) => {
      const settings = await vault.updateSettings(patch);
      void applyIdleInterval(settings.autoLockMinutes);
      return settings;
    },
  };
  return { vault, handlers };
}

/** Every vault message handled by the service method of the same name. */
export function vaultHandlers(vault: VaultApi): Handlers {
  const table: Record<string, (data: never) => unknown> = {};
  for (const type of VAULT_MESSAGE_TYPES) table[type] = (data) => vault[type](data);
  return table as Handlers;
}

/**
 * Hand the reminders every report follow-up of the open vault (ids and times only). While the
 * vault is locked the last list stays, so a locked vault still reminds; a wipe clears it.
 */
async function refreshReminders(vault: VaultService): Promise<void> {
  try {
    const status = await vault.vaultStatus();
    const prefs = { lang: status.settings.lang, discreet: status.settings.discreet };
    if (!status.exists) return await syncReminders([], prefs);
    if (!status.unlocked) return;
    const summaries = await vault.listCases();
    const cases = await Promise.all(summaries.map((c) => vault.getCase({ id: c.id })));
    await syncReminders(dueReminders(cases), prefs);
  } catch {
    // A reminder refresh must never break the write that triggered it; the next change retries.
  }
}

/** Pages listen for this and re-fetch; with no page open there is no receiver, which is fine. */
function broadcastChange(caseId?: string): void {
  const event = caseId ? { beacon: 1, event: 'changed', caseId } : { beacon: 1, event: 'changed' };
  browser.runtime.sendMessage(event).catch(() => undefined);
}

/**
 * Chrome lets content scripts read storage.local unless told otherwise; storage.session is
 * trusted-only by default, set here too so that default can't drift. Firefox has no such
 * switch (its content scripts can't reach storage.session; storage.local holds only ciphertext).
 */
function restrictStorageToTrustedContexts(): void {
  type WithAccess = { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
  for (const area of [browser.storage.local, browser.storage.session] as unknown as WithAccess[]) {
    if (typeof area?.setAccessLevel === 'function') {
      area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
    }
  }
}

async function applyIdleInterval(minutes: number): Promise<void> {
  // The browser's minimum is 15 s; the setting is in whole minutes (1–1440).
  browser.idle.setDetectionInterval(Math.max(15, minutes * 60));
}

/**
 * Auto-lock: when the OS screen locks, and after `autoLockMinutes` without input (idle API).
 * The alarm re-checks every minute in case the worker was asleep when the idle event fired.
 */
export function registerAutoLock(
  vault: Pick<VaultService, 'vaultStatus' | 'lock'> & Partial<Pick<VaultService, 'readSettings'>>,
): void {
  const lockIfOpen = async () => {
    const status = await vault.vaultStatus();
    if (status.unlocked) await vault.lock();
  };

  browser.idle.onStateChanged.addListener((state) => {
    if (state === 'locked' || state === 'idle') void lockIfOpen();
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== AUTO_LOCK_ALARM) return;
    void (async () => {
      const status = await vault.vaultStatus();
      if (!status.unlocked) return;
      const minutes = status.settings.autoLockMinutes;
      await applyIdleInterval(minutes);
      const state = await browser.idle.queryState(Math.max(15, minutes * 60));
      if (state !== 'active') await vault.lock();
    })();
  });

  void (async () => {
    const existing = await browser.alarms.get(AUTO_LOCK_ALARM);
    if (!existing) await browser.alarms.create(AUTO_LOCK_ALARM, { periodInMinutes: 1 });
    // Outside the vault's queue where it can be: a capture that woke the worker goes first.
    const settings = vault.readSettings
      ? await vault.readSettings()
      : (await vault.vaultStatus()).settings;
    await applyIdleInterval(settings.autoLockMinutes);
  })().catch(() => undefined);
}
