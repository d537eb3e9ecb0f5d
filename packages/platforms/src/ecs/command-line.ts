import type { Parsed } from '@runbook/core';

/**
 * A command as an argument list: a JSON array (`["alembic","upgrade","head"]`) or words split
 * like a shell does, with '…' and "…" quoting (no variables, no globbing: ECS runs it as exec form).
 */
export function commandValue(text: string): Parsed<string[]> {
  const source = text.trim();
  if (source.startsWith('[')) {
    try {
      const value: unknown = JSON.parse(source);
      if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) return { ok: true, value };
    } catch {
      // reported below
    }
    return { ok: false, expected: 'expected a JSON array of strings like ["alembic","upgrade","head"]' };
  }
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (const ch of source) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      word ??= '';
    } else if (/\s/.test(ch)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? '') + ch;
    }
  }
  if (quote) return { ok: false, expected: `expected a closing ${quote} in "${source}"` };
  if (word !== undefined) words.push(word);
  if (words.length === 0) return { ok: false, expected: 'expected a command like alembic upgrade head' };
  return { ok: true, value: words };
}
