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

/** A fixed-width text table for terminals; cells wider than `maxCell` are cut. */
export function renderTextTable({ columns, rows }: Table, maxCell = 70): string {
  const cut = (s: string): string => (s.length > maxCell ? `${s.slice(0, maxCell - 1)}…` : s).replace(/\s*\n\s*/g, ' ');
  const all = [columns, ...rows].map((r) => r.map(cut));
  const widths = columns.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(all[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}
