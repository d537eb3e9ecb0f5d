import type { RunReport } from './emitter.ts';
import { worstStatus } from './result.ts';
import { renderMarkdownTable } from './table.ts';

/** GitHub rejects a step summary over 1 MiB, counting everything the step appended. */
export const SUMMARY_LIMIT = 1024 * 1024;
/** Kept free by the report for what comes after it (the incidents section). */
export const SUMMARY_RESERVE = 64 * 1024;

const icon = { pass: '✅', warn: '⚠️', fail: '❌' } as const;

/** The summary of one report, within GitHub's limit with room left for the incidents section. */
export function renderSummary(report: RunReport): string {
  return renderSummaryWithin(report, SUMMARY_LIMIT - SUMMARY_RESERVE);
}

/** The summary of one report, its headline kept whole and the rest cut to fit `limit` UTF-8 bytes. */
export function renderSummaryWithin(report: RunReport, limit: number): string {
  const status = worstStatus(report.results);
  const head = `## ${icon[status]} ${report.action}: ${report.headline}\n\n`;
  const parts = [renderMarkdownTable(report.table)];
  for (const section of report.sections ?? []) parts.push(`### ${section.heading}\n\n${section.body}`);
  return head + fitSummary(`${parts.join('\n\n')}\n`, limit - Buffer.byteLength(head), 'Every result is in the `results` output and the `results-file`.');
}

/**
 * `markdown` if it fits in `limit` UTF-8 bytes; otherwise its first whole lines (never a cut
 * character) and a note saying how much was left out and where the rest is.
 */
export function fitSummary(markdown: string, limit: number, whereTheRestIs: string): string {
  const bytes = Buffer.from(markdown);
  if (bytes.length <= limit) return markdown;
  const note = (shown: number): string =>
    `\n\n> ✂️ Cut: ${kb(bytes.length - shown)} of ${kb(bytes.length)} not shown; GitHub limits a job summary to 1 MiB. ${whereTheRestIs}\n`;
  const room = Math.max(0, limit - Buffer.byteLength(note(0)) - 16);
  const kept = cutUtf8(bytes, room);
  return `${kept}${note(Buffer.byteLength(kept))}`;
}

const kb = (bytes: number): string => `${Math.ceil(bytes / 1024)} KB`;

/** The longest prefix of `bytes` within `max` bytes, ending at a line end when there is one. */
function cutUtf8(bytes: Buffer, max: number): string {
  if (max <= 0) return '';
  const lineEnd = bytes.lastIndexOf(0x0a, max - 1);
  if (lineEnd >= 0) return bytes.subarray(0, lineEnd).toString('utf8');
  let end = max;
  // 0b10xxxxxx is the continuation of a character that began earlier.
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString('utf8');
}
