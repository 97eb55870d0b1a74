/** Buffered writing to stdout that respects back-pressure (large batches must not hold all output in memory). */
export class Output {
  private buf: string[] = [];
  private size = 0;
  constructor(private stream: NodeJS.WritableStream = process.stdout) {}

  async write(s: string): Promise<void> {
    this.buf.push(s);
    this.size += s.length;
    if (this.size > 1 << 16) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.buf.length) return;
    const chunk = this.buf.join('');
    this.buf = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }
}

/** One error line on stderr naming the input and the reason. */
export function reportError(source: string, reason: string): void {
  process.stderr.write(`fogwatch: ${source}: ${reason}\n`);
}
