import type { RunReport } from './emitter.ts';
import { worstStatus } from './result.ts';
import { renderMarkdownTable } from './table.ts';

/** GitHub rejects a step summary over 1 MiB; stay well below it. */
export const SUMMARY_LIMIT = 900 * 1024;

const icon = { pass: '✅', warn: '⚠️', fail: '❌' } as const;

export function renderSummary(report: RunReport): string {
  const status = worstStatus(report.results);
  const parts = [`## ${icon[status]} ${report.action}: ${report.headline}`, renderMarkdownTable(report.table)];
  for (const section of report.sections ?? []) parts.push(`### ${section.heading}\n\n${section.body}`);
  const text = `${parts.join('\n\n')}\n`;
  if (Buffer.byteLength(text) <= SUMMARY_LIMIT) return text;
  return `${text.slice(0, SUMMARY_LIMIT)}\n\n…cut: the full results are in the \`results\` output.\n`;
}
