/**
 * A one-line progress display on a terminal, redrawn at most every 200 ms: the command's own line,
 * then how far it is (of a total when one is known), the rate and the time left. Silent when
 * stderr is not a TTY (pipes, CI logs, the scorer) or with --quiet, so logs get only the summary.
 */

export interface ProgressOptions {
  /** How many items there will be, when it can be known; asked only when the display is shown. */
  total?: () => number | null | Promise<number | null>;
  /** The share done (0–1) when the count cannot tell, e.g. bytes read of a file; asked only when shown. */
  fraction?: () => number | null;
  /** Show nothing (--quiet). */
  quiet?: boolean;
}

/** "1:05", "12:00:03". */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const mm = h ? String(m).padStart(2, '0') : String(m);
  return `${h ? `${h}:` : ''}${mm}:${String(r).padStart(2, '0')}`;
}

/** The part after the command's own line: "37% of ~3246, 350/s, 0:05 left". */
export function progressText(count: number, seconds: number, total: number | null, fraction: number | null): string {
  const rate = count / Math.max(0.001, seconds);
  const parts: string[] = [];
  let share = fraction;
  if (total !== null && total > 0) {
    share ??= Math.min(1, count / total);
    parts.push(`${Math.floor(share * 100)}% of ~${total}`);
  } else if (share !== null) {
    parts.push(`${Math.floor(share * 100)}%`);
  }
  parts.push(`${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)}/s`);
  if (share !== null && share > 0 && share < 1 && count > 0) parts.push(`${clock((seconds * (1 - share)) / share)} left`);
  return parts.join(', ');
}

export class Progress {
  private last = 0;
  private shown = false;
  private readonly enabled: boolean;
  private readonly started = Date.now();
  private count = 0;
  private total: number | null = null;

  constructor(private stream: NodeJS.WriteStream, private line: () => string, private opts: ProgressOptions = {}) {
    this.enabled = !!stream.isTTY && !opts.quiet;
    if (this.enabled && opts.total) {
      // Counting the inputs may read them once more: it runs beside the work, and a failure only loses the total.
      Promise.resolve().then(opts.total).then((t) => { this.total = t; }, () => {});
    }
  }

  tick(by = 1): void {
    this.count += by;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    const text = `${this.line()} — ${progressText(this.count, (now - this.started) / 1000, this.total, this.opts.fraction?.() ?? null)}`;
    const width = this.stream.columns || 100;
    this.stream.write('\r' + text.slice(0, width - 1).padEnd(Math.min(width - 1, text.length + 2)));
    this.shown = true;
  }

  /** Clears the line before other output (an error message) is written. */
  clear(): void {
    if (this.enabled && this.shown) {
      this.stream.write('\r\x1b[2K');
      this.shown = false;
    }
  }

  done(): void {
    this.clear();
  }
}
