import "server-only";
import { AppError } from "@/server/errors";

/** Too much hashing in flight: the caller should answer 503 with `Retry-After`. */
export class BusyError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super("unavailable", `The server is busy checking passwords. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
  }
}

/**
 * Caps concurrent work: `running` at once, `waiting` more queued, and anything beyond is refused
 * at once instead of piling up. Each scrypt call takes 128 MiB and ~0.3 s of a core, so an
 * unbounded queue would let anonymous sign-ups exhaust memory and CPU.
 */
export class Gate {
  private active = 0;
  private readonly queue: (() => void)[] = [];

  constructor(
    private readonly limits: { running: number; waiting: number; retryAfterSeconds: number },
  ) {}

  get inFlight(): number {
    return this.active + this.queue.length;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limits.running) {
      if (this.queue.length >= this.limits.waiting) throw new BusyError(this.limits.retryAfterSeconds);
      await new Promise<void>((resolve) => this.queue.push(resolve));
    } else {
      this.active += 1;
    }
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter, or give it back.
      const next = this.queue.shift();
      if (next) next();
      else this.active -= 1;
    }
  }
}

// libuv runs 4 scrypt calls at a time by default; 16 more may wait (~1.5 s at most on this hardware).
const holder = globalThis as typeof globalThis & { __dossierScryptGate?: Gate };
export const scryptGate: Gate = (holder.__dossierScryptGate ??= new Gate({ running: 4, waiting: 16, retryAfterSeconds: 5 }));
