import { RE2JS } from 're2js';
import { quote, type Parsed } from '../values.ts';

/**
 * A body pattern matched by RE2 (linear time in the body's length), so a pattern like `^(a+)+$`
 * cannot hang a check the way a backtracking RegExp does. 263 KB of engine: loaded only with
 * the config or when an `expect-body` input is given.
 */
export interface Pattern {
  source: string;
  test(text: string): boolean;
}

export function patternValue(text: string): Parsed<Pattern> {
  try {
    const compiled = RE2JS.compile(text);
    return { ok: true, value: { source: text, test: (body) => compiled.test(body) } };
  } catch (error) {
    const why = (error as Error).message.replace(/^error parsing regexp: /, '');
    return { ok: false, expected: `expected a regular expression RE2 accepts (no lookaround or backreferences), got ${quote(text)}: ${why}` };
  }
}
