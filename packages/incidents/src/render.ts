import { renderMarkdownTable, type CheckResult, type Severity } from '@runbook/core';
import { formatTime, type Messages, type RunLink } from './i18n/index.ts';
import { inert } from './inert.ts';
import { renderMarker, type IncidentMarker } from './marker.ts';

export { inert };

/** GitHub rejects issue and comment bodies over 65,536 characters (a margin is kept for its own counting). */
export const BODY_LIMIT = 65_000;
/** GitHub rejects issue titles over 256 characters. */
export const TITLE_LIMIT = 256;
const CELL_LIMIT = 1_000;

export interface RenderContext {
  messages: Messages;
  now: Date;
  run?: RunLink;
  environment?: string;
}

/** The first `length` UTF-16 units of `text`, one fewer rather than half a surrogate pair. */
const cutAt = (text: string, length: number): string => (/[\uD800-\uDBFF]/.test(text.charAt(length - 1)) ? text.slice(0, length - 1) : text.slice(0, length));

/**
 * Cuts a body or comment to GitHub's limit, at a line break when one is near, with a note saying
 * how much was cut. The marker is first in a body, so it always survives.
 */
export function capBody(text: string, limit = BODY_LIMIT): string {
  if (text.length <= limit) return text;
  const note = (cut: number): string => `\n\n…(${cut.toLocaleString('en-US')} more characters cut here to fit GitHub's limit of 65,536 per issue or comment)`;
  const room = limit - note(text.length).length;
  let kept = cutAt(text, room);
  const lineBreak = kept.lastIndexOf('\n');
  if (lineBreak > room - 2_000) kept = kept.slice(0, lineBreak);
  return `${kept}${note(text.length - kept.length)}`;
}

/** A title within GitHub's 256 characters, cut with an ellipsis at a word boundary when one is near. */
export function capTitle(title: string): string {
  if (title.length <= TITLE_LIMIT) return title;
  const kept = cutAt(title, TITLE_LIMIT - 1);
  const space = kept.lastIndexOf(' ');
  return `${(space > TITLE_LIMIT - 40 ? kept.slice(0, space) : kept).trimEnd()}…`;
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
 * `[P1] backend: health check failing`, with ` (/api/health)` when the service has several checks
 * of this kind, and the environment after the service unless it is production (the nightly checks
 * staging's services of the same names too).
 */
export function incidentTitle(result: CheckResult, severity: Severity, messages: Messages, distinguish: boolean, environment?: string): string {
  const suffix = distinguish ? ` (${shortTarget(result.target)})` : '';
  const where = environment && environment !== 'production' ? ` [${environment}]` : '';
  return capTitle(`[${severity}] ${result.subject}${where}: ${messages.kindTitle[result.kind]}${suffix}`);
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
