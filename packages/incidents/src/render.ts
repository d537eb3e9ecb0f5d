import { renderMarkdownTable, type CheckResult, type Severity } from '@runbook/core';
import { formatTime, type Messages, type RunLink } from './i18n/index.ts';
import { renderMarker, type IncidentMarker } from './marker.ts';

/** GitHub rejects issue and comment bodies over 65,536 characters. */
export const BODY_LIMIT = 65_000;
const CELL_LIMIT = 1_000;

export interface RenderContext {
  messages: Messages;
  now: Date;
  run?: RunLink;
  environment?: string;
}

/** Cuts text to GitHub's limit; the marker is first in a body, so it always survives. */
export function capBody(text: string, limit = BODY_LIMIT): string {
  if (text.length <= limit) return text;
  const note = '\n\n…(cut to fit GitHub\'s size limit)';
  return `${text.slice(0, limit - note.length)}${note}`;
}

/** `/api/health` for a URL, the text itself otherwise: what tells two checks of one service apart. */
export function shortTarget(target: string): string {
  try {
    const url = new URL(target);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.pathname === '/' && !url.search ? url.host : `${url.pathname}${url.search}`;
  } catch {
    // not a URL
  }
  return target;
}

/**
 * Text that came from the checked service (a response body in a failure reason) written so that
 * GitHub renders it literally: no @mentions, images, links or HTML from a compromised endpoint.
 */
export function inert(text: string): string {
  if (!/[@!<>[\]`*_#~\\]/.test(text)) return text;
  const longestTicks = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longestTicks + 1);
  return `${fence} ${text.replace(/\r?\n/g, ' ')} ${fence}`;
}

/**
 * `[P1] backend: health check failing`, with ` (/api/health)` when the service has several checks
 * of this kind, and the environment after the service unless it is production (the nightly checks
 * staging's services of the same names too).
 */
export function incidentTitle(result: CheckResult, severity: Severity, messages: Messages, distinguish: boolean, environment?: string): string {
  const suffix = distinguish ? ` (${shortTarget(result.target)})` : '';
  const where = environment && environment !== 'production' ? ` [${environment}]` : '';
  return `[${severity}] ${result.subject}${where}: ${messages.kindTitle[result.kind]}${suffix}`;
}

const cell = (value: string | number | boolean | null): string => {
  const text = value === null ? '–' : String(value);
  return text.length > CELL_LIMIT ? `${text.slice(0, CELL_LIMIT - 1)}…` : text;
};

export function renderBody(marker: IncidentMarker, result: CheckResult, { messages, now, run, environment }: RenderContext): string {
  const b = messages.body;
  const lastedMs = Math.max(0, now.getTime() - Date.parse(marker.since));
  const facts: [string, string][] = [
    [b.whatFailed, b.check(result.kind, result.target)],
    [b.service, environment ? `${result.subject} (${environment})` : result.subject],
    [b.reason, inert(result.summary)],
    [b.severity, b.severityValue(marker.severity)],
    [b.since, b.sinceValue(formatTime(marker.since, messages), lastedMs)],
    [b.lastSeen, b.lastSeenValue(formatTime(marker.last, messages), marker.count)],
    ...(run ? [[b.run, `[${run.name}](${run.url})`] as [string, string]] : []),
  ];
  const evidence = Object.entries(result.evidence).map(([key, value]) => [key, typeof value === 'string' ? inert(cell(value)) : cell(value)]);
  const steps = result.runbook ?? messages.remediation({ kind: result.kind, severity: marker.severity, target: result.target });
  const parts = [
    renderMarker(marker),
    renderMarkdownTable({ columns: ['', ''], rows: facts.map(([k, v]) => [`**${k}**`, v]) }),
    ...(evidence.length ? [`### ${b.evidence}`, renderMarkdownTable({ columns: ['', ''], rows: evidence })] : []),
    `### ${b.whatToDo}`,
    steps,
    '---',
    b.footer,
  ];
  return capBody(`${parts.join('\n\n')}\n`);
}

/** A comment's text with the run that saw the change, when known. */
export function withRun(text: string, messages: Messages, run: RunLink | undefined): string {
  return capBody(run ? `${text}\n\n${messages.comment.run(run)}` : text);
}
