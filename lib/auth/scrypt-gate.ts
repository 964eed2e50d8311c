// A bound on password hashing running at once. One scrypt at OWASP's cost takes 128 MiB and
// about a second, so a burst of logins would otherwise take as many 128 MiB blocks as requests
// (817 MB RSS was seen) and hold the thread pool. A few wait their turn; the rest are refused at
// once, before any memory is taken.

interface Gate {
  /** Runs `task` when a slot is free; `{ ok: false }` without running it when the queue is full. */
  run<T>(task: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }>;
  readonly running: number;
  readonly waiting: number;
}

export function createGate(limits: { running: number; waiting: number }): Gate {
  let running = 0;
  const queue: (() => void)[] = [];

  const release = () => {
    const next = queue.shift();
    if (next) next();
    else running--;
  };

  return {
    async run(task) {
      if (running >= limits.running) {
        if (queue.length >= limits.waiting) return { ok: false };
        // The slot is handed over by release(), so `running` stays counted for the waiter.
        await new Promise<void>((resolve) => queue.push(resolve));
      } else {
        running++;
      }
      try {
        return { ok: true, value: await task() };
      } finally {
        release();
      }
    },
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
  };
}

/** Two hashes at a time (256 MiB at most), four waiting (about two seconds); the rest refused. */
export const SCRYPT_LIMITS = { running: 2, waiting: 4 } as const;

// Next may evaluate a module in several bundles; the process has one gate.
const globalForGate = globalThis as unknown as { kioskScryptGate?: Gate };

export function scryptGate(): Gate {
  globalForGate.kioskScryptGate ??= createGate(SCRYPT_LIMITS);
  return globalForGate.kioskScryptGate;
}
