/**
 * CPU time of the calling thread, for tests that bound how much work a case costs.
 *
 * Wall time on a shared machine counts every other process's bursts too: a case that takes 0.3 s of
 * CPU can take 2 s of wall time while the other core is busy and this one is preempted. The tests'
 * limits are about work (a regex that turns quadratic, a stage that loops), so a case that is slow in
 * wall time is judged by the CPU time its own thread spends on a second run. Linux gives each
 * thread's user and system time in /proc/thread-self/stat (fields 14 and 15, in clock ticks of
 * 10 ms); a synchronous read runs on the calling thread, so it names the worker that asks. Elsewhere
 * the wall clock stands in.
 */
import { readFileSync } from 'node:fs';

const TICK_MS = 10;

function ticks(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/** Milliseconds of this thread's CPU time (or of wall time where the kernel does not say). */
export function threadCpuMs(): number {
  const t = ticks();
  return t === null ? performance.now() : t * TICK_MS;
}

/** Runs fn and returns its value with the CPU milliseconds this thread spent on it (10 ms resolution). */
export async function cpuTimed<T>(fn: () => T | Promise<T>): Promise<{ value: Awaited<T>; ms: number }> {
  const t = threadCpuMs();
  const value = await fn();
  return { value, ms: threadCpuMs() - t };
}
