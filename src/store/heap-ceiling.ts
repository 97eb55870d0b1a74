/**
 * A ceiling on the garbage a long ingest keeps. V8 lets the heap grow towards its limit (a quarter
 * of the machine's memory, up to 4 GB) and collects in full only as it nears a multiple of what
 * was live at the last collection; each batch's rows, parameters and records outlive two young
 * collections and are left to those full ones. On a server at 81,000 held events the heap stood
 * at 1.1 GB while 0.45 GB was live, and the process's RSS followed the heap, not the live data.
 * After each stored batch, when the heap has grown by more than HEADROOM since the last full
 * collection, collect now: RSS stays near the live size plus HEADROOM, whatever the heap limit.
 * The collection is V8's own `gc`, exposed once for this process (a no-op where it cannot be).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const HEADROOM = 256 * 2 ** 20;

let gc: (() => void) | null | undefined;
let liveAfterLast = 0;

function collector(): (() => void) | null {
  if (gc !== undefined) return gc;
  try {
    setFlagsFromString('--expose-gc');
    const f: unknown = runInNewContext('gc');
    gc = typeof f === 'function' ? (f as () => void) : null;
  } catch {
    gc = null;
  }
  return gc;
}

/** Collects when the heap has grown by more than the headroom since the last collection here; true if it did. */
export function collectIfGrown(): boolean {
  const used = process.memoryUsage().heapUsed;
  if (used - liveAfterLast <= HEADROOM) return false;
  const run = collector();
  if (!run) return false;
  run();
  liveAfterLast = process.memoryUsage().heapUsed;
  return true;
}
