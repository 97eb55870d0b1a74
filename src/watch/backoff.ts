/**
 * Waiting after failures: exponential backoff with jitter ("equal jitter": half the delay fixed,
 * half random), so that feeds failing together — one host down — do not come back in step; and the
 * server's own Retry-After, which wins when it asks for longer.
 */

/** The delay before attempt `failures + 1`: base × 2^(failures − 1), at most `capMs`, jittered to 50–100 %. */
export function backoffMs(failures: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  const d = Math.min(capMs, baseMs * 2 ** Math.max(0, Math.min(failures - 1, 30)));
  return Math.round(d / 2 + random() * (d / 2));
}

/** A Retry-After header (seconds, or an HTTP date) → milliseconds from now; null when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | null {
  if (!header) return null;
  const t = header.trim();
  if (/^\d{1,9}$/.test(t)) return Number(t) * 1000;
  const at = Date.parse(t);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
