/**
 * Standard output for bulk writing, with back-pressure. A reader that goes away (`| head`) ends the
 * run quietly, as SIGPIPE ends other command-line tools; any other write error ends it with a
 * message. (Writing fd 1 through fs streams instead was tried: libuv may have made the pipe
 * non-blocking, and a full pipe then failed the write with EAGAIN.)
 */
function bulkStdout(): NodeJS.WritableStream {
  const stream = process.stdout;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`fogwatch: cannot write the output: ${e.message}\n`);
    process.exit(1);
  });
  return stream;
}

/** Buffered writing to stdout that respects back-pressure (large batches must not hold all output in memory). */
export class Output {
  private buf: string[] = [];
  private size = 0;
  constructor(private stream: NodeJS.WritableStream = bulkStdout()) {}

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

/** One line on stderr for a file of a folder that is not read as an article (util/doc-files.ts). */
export function reportSkipped(source: string): void {
  process.stderr.write(`fogwatch: ${source}: skipped, not an article (a README/LICENSE-like file in a folder)\n`);
}
