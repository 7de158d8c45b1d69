/**
 * Slows down passphrase guessing at the unlock screen. Five tries are free; after that each wrong
 * try doubles the wait, from 30 seconds up to an hour. Kept in storage.local (clear, not secret)
 * so a restarted service worker still remembers.
 */
export type Guard = { failures: number; lastFailureAt?: number };

export const FREE_TRIES = 5;
const FIRST_WAIT_S = 30;
const MAX_WAIT_S = 3600;

export function waitAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(MAX_WAIT_S, FIRST_WAIT_S * 2 ** (failures - FREE_TRIES));
}

/** Seconds left before the next try is allowed (0: allowed now). */
export function retryAfterSeconds(guard: Guard, nowMs: number): number {
  const wait = waitAfter(guard.failures);
  if (wait === 0 || guard.lastFailureAt === undefined) return 0;
  return Math.max(0, Math.ceil((guard.lastFailureAt + wait * 1000 - nowMs) / 1000));
}

export function afterFailure(guard: Guard, nowMs: number): Guard {
  return { failures: guard.failures + 1, lastFailureAt: nowMs };
}

export function readGuard(value: unknown): Guard {
  const v = value as Partial<Guard> | undefined;
  return {
    failures:
      Number.isSafeInteger(v?.failures) && (v?.failures ?? 0) >= 0 ? (v?.failures as number) : 0,
    lastFailureAt: typeof v?.lastFailureAt === 'number' ? v.lastFailureAt : undefined,
  };
}

/** "30 seconds", "2 minutes", "1 hour": for the wrong-passphrase message. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return '1 hour';
}
