import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerAutoLock } from '@/entrypoints/background/vault';

/**
 * Auto-lock (issue 4): the vault locks when the OS screen locks or the computer goes idle for
 * the chosen minutes, and a one-minute alarm re-checks in case the worker slept through the
 * idle event. The fake browser has no idle API: it is mocked here.
 */
type IdleState = 'active' | 'idle' | 'locked';

function fakeVault(unlocked: boolean, autoLockMinutes = 15) {
  const state = { unlocked };
  return {
    state,
    vaultStatus: vi.fn(async () => ({ unlocked: state.unlocked, settings: { autoLockMinutes } })),
    lock: vi.fn(async () => {
      state.unlocked = false;
      return {};
    }),
  };
}

describe('auto-lock', () => {
  let idleListener: ((state: IdleState) => void) | undefined;
  let idleNow: IdleState;

  beforeEach(() => {
    fakeBrowser.reset();
    idleListener = undefined;
    idleNow = 'active';
    Object.assign(browser.idle, {
      setDetectionInterval: vi.fn(),
      queryState: vi.fn(async () => idleNow),
      onStateChanged: {
        addListener: (fn: (state: IdleState) => void) => {
          idleListener = fn;
        },
      },
    });
  });

  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it.each<IdleState>(['locked', 'idle'])(
    'locks an open vault when the system says %s',
    async (s) => {
      const vault = fakeVault(true);
      registerAutoLock(vault as never);
      idleListener?.(s);
      await settle();
      expect(vault.lock).toHaveBeenCalledTimes(1);
    },
  );

  it('does nothing when the user is active, or when the vault is already locked', async () => {
    const open = fakeVault(true);
    registerAutoLock(open as never);
    idleListener?.('active');
    await settle();
    expect(open.lock).not.toHaveBeenCalled();

    const closed = fakeVault(false);
    registerAutoLock(closed as never);
    idleListener?.('locked');
    await settle();
    expect(closed.lock).not.toHaveBeenCalled();
  });

  it('sets the idle threshold from the setting and keeps a one-minute re-check alarm', async () => {
    const vault = fakeVault(true, 5);
    registerAutoLock(vault as never);
    await vi.waitFor(async () => expect(await browser.alarms.getAll()).toHaveLength(1));
    const [alarm] = await browser.alarms.getAll();
    expect(alarm?.periodInMinutes).toBe(1);
    await vi.waitFor(() => expect(browser.idle.setDetectionInterval).toHaveBeenCalledWith(300));
  });

  it('the re-check alarm locks when the system is idle, not when it is active', async () => {
    const vault = fakeVault(true);
    registerAutoLock(vault as never);
    await vi.waitFor(async () => expect(await browser.alarms.getAll()).toHaveLength(1));
    const [alarm] = await browser.alarms.getAll();

    await fakeBrowser.alarms.onAlarm.trigger(alarm as never);
    await settle();
    expect(vault.lock).not.toHaveBeenCalled();

    idleNow = 'idle';
    await fakeBrowser.alarms.onAlarm.trigger(alarm as never);
    await vi.waitFor(() => expect(vault.lock).toHaveBeenCalledTimes(1));
  });
});
