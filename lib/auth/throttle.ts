// Login throttling. Failures are counted per account and per client over a window. After a few
// failures each further attempt waits longer (exponential), then the key is locked for a while.
// The account lock is short, so an attacker cannot keep a real user out for long; the client
// lock is longer, because that is where the attack comes from.

export const THROTTLE = {
  windowMs: 15 * 60 * 1000,
  freeAttempts: 3,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  accountLockAfter: 10,
  accountLockMs: 5 * 60 * 1000,
  clientLockAfter: 20,
  clientLockMs: 30 * 60 * 1000,
} as const;

type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Delay a key must wait after `failures` recent failures, the last at `lastFailure`. */
function waitFor(failures: number, lockAfter: number, lockMs: number): number {
  if (failures >= lockAfter) return lockMs;
  if (failures < THROTTLE.freeAttempts) return 0;
  return Math.min(
    THROTTLE.baseDelayMs * 2 ** (failures - THROTTLE.freeAttempts),
    THROTTLE.maxDelayMs,
  );
}

/** `account` and `client`: times of recent failed logins for that username and that client. */
export function throttleVerdict(
  account: readonly number[],
  client: readonly number[],
  now: number,
): ThrottleVerdict {
  const recent = (list: readonly number[]) => list.filter((t) => now - t < THROTTLE.windowMs);
  const check = (list: readonly number[], lockAfter: number, lockMs: number) => {
    const r = recent(list);
    if (r.length === 0) return 0;
    const last = Math.max(...r);
    return Math.max(0, last + waitFor(r.length, lockAfter, lockMs) - now);
  };
  const retryAfterMs = Math.max(
    check(account, THROTTLE.accountLockAfter, THROTTLE.accountLockMs),
    check(client, THROTTLE.clientLockAfter, THROTTLE.clientLockMs),
  );
  return retryAfterMs > 0 ? { allowed: false, retryAfterMs } : { allowed: true };
}
