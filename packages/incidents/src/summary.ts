import { formatDuration, renderMarkdownTable } from '@runbook/core';
import type { IncidentEvent } from './planner.ts';
import type { IncidentSettings } from './settings.ts';
import type { SyncOutcome } from './sync.ts';

const mentions = (names: readonly string[]): string => names.map((n) => `@${n}`).join(' ');

function describe(event: IncidentEvent): string {
  switch (event.type) {
    case 'opened':
      return 'opened';
    case 'updated':
      return `still failing (run ${event.occurrences})`;
    case 'severity':
      return `severity ${event.from} → ${event.to}`;
    case 'changed':
      return 'failure changed';
    case 'escalated':
      return `escalated${event.mention.length ? ` to ${mentions(event.mention)}` : ''}${event.assignees.length ? `, assigned ${mentions(event.assignees)}` : ''}`;
    case 'closed':
      return `closed after ${formatDuration(event.downtimeMs)} down`;
    case 'reopened':
      return 'reopened';
  }
}

/** The job summary's "Incidents" section: what this run opened, updated, escalated and closed, with links. */
export function renderIncidentSummary(outcome: SyncOutcome, settings: IncidentSettings): string {
  const parts: string[] = [];
  if (outcome.error) parts.push(`❌ The incident issues could not be written: ${outcome.error}`);
  if (outcome.changes.length > 0) {
    const rows = outcome.changes.map((c) => [
      c.issue ? `[#${c.issue.number}](${c.issue.url})` : '–',
      c.title,
      c.events.map(describe).join(', ') + (c.done ? '' : ' (not written)'),
    ]);
    parts.push(renderMarkdownTable({ columns: ['issue', 'title', 'this run'], rows }));
  } else if (!outcome.error) {
    parts.push('No incident changes: nothing newly failing, nothing recovered.');
  }
  if (outcome.belowThreshold.length > 0) {
    const n = outcome.belowThreshold.length;
    parts.push(`${n} warning${n === 1 ? '' : 's'} below ${settings.warnMinSeverity} ${n === 1 ? 'is' : 'are'} shown here only, without an issue: ${outcome.belowThreshold.map((r) => `\`${r.target}\``).join(', ')}.`);
  }
  if (outcome.labelsCreated.length > 0) parts.push(`Labels created: ${outcome.labelsCreated.map((l) => `\`${l}\``).join(', ')}.`);
  for (const warning of outcome.warnings) parts.push(`⚠️ ${warning}`);
  return parts.join('\n\n');
}
