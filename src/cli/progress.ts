/**
 * A one-line progress display on a terminal, redrawn at most every 200 ms; silent when stderr is
 * not a TTY (pipes, CI logs, the scorer), so logs only get the final summary.
 */
export class Progress {
  private last = 0;
  private shown = false;
  private readonly enabled: boolean;
  private readonly started = Date.now();
  private count = 0;

  constructor(private stream: NodeJS.WriteStream, private line: () => string) {
    this.enabled = !!stream.isTTY;
  }

  tick(by = 1): void {
    this.count += by;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    const rate = this.count / Math.max(0.001, (now - this.started) / 1000);
    const text = `${this.line()} — ${rate.toFixed(0)}/s`;
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
