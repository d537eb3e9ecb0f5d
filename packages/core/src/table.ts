export interface Table {
  columns: string[];
  rows: string[][];
}

const escapeCell = (cell: string): string => cell.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

export function renderMarkdownTable({ columns, rows }: Table): string {
  const lines = [columns, columns.map(() => '---'), ...rows].map((cells) => `| ${cells.map(escapeCell).join(' | ')} |`);
  return lines.join('\n');
}

/** Lines shown verbatim in Markdown; a ``` inside them cannot end the block early. */
export function renderCodeBlock(lines: readonly string[]): string {
  return ['```text', ...lines.map((line) => line.replace(/```/g, "'''")), '```'].join('\n');
}

/**
 * Outside text (an API's message) inline in Markdown: one line, at most `max` characters, in a
 * code span whose fence is longer than any run of backticks inside, so nothing in it is markup.
 */
export function renderCodeSpan(text: string, max = 500): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const cut = line.length > max ? `${line.slice(0, max - 1)}…` : line;
  const fence = '`'.repeat(Math.max(0, ...(cut.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = cut.startsWith('`') || cut.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${cut}${pad}${fence}`;
}

/** A fixed-width text table for terminals; cells wider than `maxCell` are cut. */
export function renderTextTable({ columns, rows }: Table, maxCell = 70): string {
  const cut = (s: string): string => (s.length > maxCell ? `${s.slice(0, maxCell - 1)}…` : s).replace(/\s*\n\s*/g, ' ');
  const all = [columns, ...rows].map((r) => r.map(cut));
  const widths = columns.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(all[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}
