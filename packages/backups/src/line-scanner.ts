/** Bytes of each line a scanner keeps: enough for every line it looks at, so memory stays flat on any dump. */
export const LINE_PREFIX_BYTES = 512;

const CR = 0x0d;

/**
 * Splits a byte stream into lines and hands each line's first LINE_PREFIX_BYTES (without its
 * line end) to `onLine`, however long the line is (a COPY row of a large bytea, say). The bytes
 * are only valid during the call: decoding is left to the caller, which skips it for data rows.
 */
export class LineScanner {
  private parts: Buffer[] = [];
  private kept = 0;

  constructor(private readonly onLine: (line: Buffer) => void) {}

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
    if (this.kept > 0) this.flush();
  }

  private keep(part: Buffer): void {
    const room = LINE_PREFIX_BYTES - this.kept;
    if (room <= 0 || part.length === 0) return;
    const kept = part.subarray(0, room);
    this.parts.push(kept);
    this.kept += kept.length;
  }

  private flush(): void {
    const line = this.parts.length === 1 ? (this.parts[0] as Buffer) : Buffer.concat(this.parts);
    this.parts = [];
    this.kept = 0;
    this.onLine(line.length > 0 && line[line.length - 1] === CR ? line.subarray(0, -1) : line);
  }
}

/** A line as text. */
export const text = (line: Buffer): string => line.toString('utf8');
