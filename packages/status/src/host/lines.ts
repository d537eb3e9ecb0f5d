import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** Calls `onLine` for every line of the file, read as a stream: memory does not grow with the file. */
export async function eachLine(file: string, onLine: (line: string) => void): Promise<void> {
  const input = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) onLine(line);
  } finally {
    lines.close();
    input.destroy();
  }
}

export const fileError = (file: string, error: unknown): string => `cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
