import { bytesOf, quote, type Parsed } from './values.ts';

/**
 * Parsers for status-check's values, shared by its inputs and the config's `hosts:` entries (each
 * returns the value or what was expected; the caller names the input or path).
 */

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const expected = <T>(text: string): Parsed<T> => ({ ok: false, expected: text });

/** A usage threshold: `80` or `80%`, from 1 to 100; returned as a percentage (80). */
export function usagePercentValue(text: string): Parsed<number> {
  const m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(text.trim());
  const n = m ? Number(m[1]) : Number.NaN;
  if (!Number.isFinite(n) || n <= 0 || n > 100) return expected(`expected a percentage above 0 and at most 100 like 80 or 80%, got ${quote(text)}`);
  return ok(n);
}

/** `100MB`, `100M` (as `ls -lh` prints it: MiB), `512KiB`, `1GiB`; a positive size. */
export function logSizeValue(text: string): Parsed<number> {
  const bytes = bytesOf(text) ?? 0;
  if (bytes <= 0) return expected(`expected a size like 100MB, 100M, 512KiB or 1GiB, got ${quote(text)}`);
  return ok(bytes);
}

/** Warning and critical levels, the warning not above the critical one. */
export function thresholdPairProblem(warn: number, critical: number, warnName: string, criticalName: string): string | undefined {
  return warn > critical ? `${warnName} (${warn}) must not be above ${criticalName} (${critical})` : undefined;
}
