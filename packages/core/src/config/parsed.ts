import { z } from 'zod';
import type { Parsed } from '../values.ts';

/** A string field checked by one of the shared value parsers. */
export function parsed<T>(parse: (text: string) => Parsed<T>) {
  return z.union([z.string(), z.number()]).transform((raw, ctx) => {
    const result = parse(String(raw));
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.expected });
    return z.NEVER;
  });
}
