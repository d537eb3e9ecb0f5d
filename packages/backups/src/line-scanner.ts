/** Bytes of each line a scanner keeps: enough for every line it looks at, so memory stays flat on any dump. */
export const LINE_PREFIX_BYTES = 512;

/**
 * Splits a byte stream into lines and hands each line's first LINE_PREFIX_BYTES to `onLine`,
 * however long the line is (a COPY row of a large bytea, say).
 */
export class LineScanner {
  private prefix: Buffer[] = [];
  private prefixBytes = 0;

  constructor(private readonly onLine: (line: string) => void) {}

  push(chunk: Buffer): void {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      this.keep(chunk.subarray(start, nl));
      this.flush();
      start = nl + 1;
    }
    if (start < chunk.length) this.keep(chunk.subarray(start));
  }

  end(): void {
    if (this.prefixBytes > 0) this.flush();
  }

  private keep(part: Buffer): void {
    const room = LINE_PREFIX_BYTES - this.prefixBytes;
    if (room <= 0 || part.length === 0) return;
    const kept = part.subarray(0, room);
    this.prefix.push(Buffer.from(kept));
    this.prefixBytes += kept.length;
  }

  private flush(): void {
    const line = this.prefix.length === 1 ? (this.prefix[0] ?? Buffer.alloc(0)) : Buffer.concat(this.prefix);
    this.prefix = [];
    this.prefixBytes = 0;
    this.onLine(line.toString('utf8').replace(/\r$/, ''));
  }
}
