import { SEVERITIES, type CheckResult, type Severity } from '@runbook/core';
import { isIncident, reasonClass, severityOf } from './classify.ts';
import { formatTime, messagesFor, type Messages, type RunLink } from './i18n/index.ts';
import { MAX_EPISODES, markerSummary, replaceMarker, type Episode, type IncidentMarker } from './marker.ts';
import { incidentTitle, inert, renderBody, withRun, type RenderContext } from './render.ts';
import type { EscalationRule, IncidentSettings } from './settings.ts';

/** Every incident issue carries this label; the one list call per run filters on it. */
export const INCIDENT_LABEL = 'incident';

/** An incident issue as read back from GitHub. */
export interface KnownIssue {
  number: number;
  url: string;
  title: string;
  state: 'open' | 'closed';
  closedAt?: string;
  labels: string[];
  marker: IncidentMarker;
  /** The issue body as read; recovery rewrites only its marker. */
  body?: string;
}

/** One GitHub write; a change's writes run in order, on the issue the change is about (or the one its `create` made). */
export type IssueWrite =
  | { op: 'create'; title: string; body: string; labels: string[] }
  | { op: 'edit'; title?: string; body?: string; labels?: string[]; state?: 'open' | 'closed'; stateReason?: 'completed' | 'reopened' }
  | { op: 'comment'; body: string }
  | { op: 'assign'; assignees: string[] };

export type IncidentEvent =
  | { type: 'opened' }
  | { type: 'updated'; occurrences: number }
  | { type: 'severity'; from: Severity; to: Severity }
  | { type: 'changed' }
  | { type: 'escalated'; mention: string[]; assignees: string[] }
  | { type: 'closed'; downtimeMs: number }
  | { type: 'reopened' };

export interface IncidentChange {
  id: string;
  title: string;
  severity: Severity;
  /** The issue this change is about; absent when the change opens a new one. */
  issue?: { number: number; url: string };
  events: IncidentEvent[];
  writes: IssueWrite[];
}

export interface IncidentPlan {
  changes: IncidentChange[];
  /** Warnings below `warnMinSeverity`: reported in the job summary only. */
  belowThreshold: CheckResult[];
}

export interface PlanInput {
  /** Incident issues found by the list call(s): open ones, and recently closed ones when known. */
  issues: readonly KnownIssue[];
  results: readonly CheckResult[];
  now: Date;
  settings: IncidentSettings;
  run?: RunLink;
  environment?: string;
}

interface Step {
  input: PlanInput;
  messages: Messages;
  render: RenderContext;
  result: CheckResult;
  /** Several checks of this kind on one service: titles name the target. */
  distinguish: boolean;
}

const unique = (items: readonly string[]): string[] => [...new Set(items)];
const mentionsOf = (names: readonly string[]): string => names.map((n) => `@${n}`).join(' ');
const ms = (iso: string): number => Date.parse(iso);

/**
 * Decides, from the incident issues that exist and this run's results, every issue write the run
 * needs. Pure: the same input gives the same plan, and nothing here talks to GitHub.
 */
export function planIncidents(input: PlanInput): IncidentPlan {
  const messages = messagesFor(input.settings.locale);
  const render: RenderContext = { messages, now: input.now, ...(input.run ? { run: input.run } : {}), ...(input.environment ? { environment: input.environment } : {}) };
  const { open, closed } = indexIssues(input.issues);
  const results = [...new Map(input.results.map((r) => [r.id, r])).values()];
  const perService = new Map<string, number>();
  for (const r of results) perService.set(`${r.kind}\n${r.subject}`, (perService.get(`${r.kind}\n${r.subject}`) ?? 0) + 1);

  const changes: IncidentChange[] = [];
  const belowThreshold: CheckResult[] = [];
  for (const result of results) {
    const step: Step = { input, messages, render, result, distinguish: (perService.get(`${result.kind}\n${result.subject}`) ?? 0) > 1 };
    const openIssue = open.get(result.id);
    if (isIncident(result, input.settings.warnMinSeverity)) {
      const recent = closed.get(result.id);
      if (openIssue) changes.push(stillFailing(step, openIssue));
      else if (recent?.closedAt && input.now.getTime() - ms(recent.closedAt) <= input.settings.reopenWithinMs) changes.push(reopen(step, recent));
      else changes.push(openNew(step));
    } else {
      if (result.status === 'warn') belowThreshold.push(result);
      if (openIssue) changes.push(recover(step, openIssue));
    }
  }
  return { changes, belowThreshold };
}

/** The open issue per id (the oldest, if a duplicate ever exists) and the most recently closed one. */
function indexIssues(issues: readonly KnownIssue[]): { open: Map<string, KnownIssue>; closed: Map<string, KnownIssue> } {
  const open = new Map<string, KnownIssue>();
  const closed = new Map<string, KnownIssue>();
  for (const issue of issues) {
    const id = issue.marker.id;
    if (issue.state === 'open') {
      const seen = open.get(id);
      if (!seen || issue.number < seen.number) open.set(id, issue);
    } else {
      const seen = closed.get(id);
      if (!seen || ms(issue.closedAt ?? '') > ms(seen.closedAt ?? '')) closed.set(id, issue);
    }
  }
  return { open, closed };
}

function labelsFor(severity: Severity, step: Step): string[] {
  return unique([INCIDENT_LABEL, severity, step.result.kind, ...step.input.settings.labels]);
}

/** The issue's labels with the severity label swapped; labels people added stay. */
function relabel(current: readonly string[], severity: Severity, step: Step): string[] {
  return unique([...current.filter((l) => !SEVERITIES.includes(l as Severity)), ...labelsFor(severity, step)]);
}

function escalationDue(marker: IncidentMarker, step: Step): EscalationRule | undefined {
  const rule = step.input.settings.escalate[marker.severity];
  if (!rule || marker.escalated.includes(marker.severity)) return undefined;
  return step.input.now.getTime() - ms(marker.since) >= rule.afterMs ? rule : undefined;
}

/** Marks the escalation done in the marker and returns its comment, assignees and event. */
function escalate(marker: IncidentMarker, step: Step): { writes: IssueWrite[]; assignees: string[]; events: IncidentEvent[] } {
  const rule = escalationDue(marker, step);
  if (!rule) return { writes: [], assignees: [], events: [] };
  marker.escalated = [...marker.escalated, marker.severity];
  const lasted = step.input.now.getTime() - ms(marker.since);
  const text = step.messages.comment.escalated(mentionsOf(rule.mention), marker.severity, lasted, rule.afterMs, mentionsOf(rule.assignees));
  return {
    writes: [{ op: 'comment', body: withRun(text, step.messages, step.input.run) }],
    assignees: rule.assignees,
    events: [{ type: 'escalated', mention: rule.mention, assignees: rule.assignees }],
  };
}

const assign = (assignees: readonly string[]): IssueWrite[] => (assignees.length ? [{ op: 'assign', assignees: unique(assignees) }] : []);

/** The marker's episodes with its current one, ended at `until`, added: what a new episode carries on. */
function finishedEpisodes(marker: IncidentMarker, until: string): Episode[] {
  return [...(marker.episodes ?? []), { since: marker.since, until, severity: marker.severity }].slice(-MAX_EPISODES);
}

function freshMarker(result: CheckResult, severity: Severity, episodes: Episode[] = []): IncidentMarker {
  return {
    id: result.id,
    kind: result.kind,
    since: result.startedAt,
    last: result.startedAt,
    count: 1,
    severity,
    status: result.status === 'warn' ? 'warn' : 'fail',
    summary: markerSummary(result.summary),
    escalated: [],
    subject: result.subject,
    ...(episodes.length ? { episodes } : {}),
  };
}

function openNew(step: Step): IncidentChange {
  const { result } = step;
  const severity = severityOf(result);
  const marker = freshMarker(result, severity);
  const escalation = escalate(marker, step);
  const title = incidentTitle(result, severity, step.messages, step.distinguish, step.render.environment);
  return {
    id: result.id,
    title,
    severity,
    events: [{ type: 'opened' }, ...escalation.events],
    writes: [
      { op: 'create', title, body: renderBody(marker, result, step.render), labels: labelsFor(severity, step) },
      ...assign([...(step.input.settings.assignees[severity] ?? []), ...escalation.assignees]),
      ...escalation.writes,
    ],
  };
}

function stillFailing(step: Step, issue: KnownIssue): IncidentChange {
  const { result, messages } = step;
  // An issue closed on recovery and reopened by hand: its ended episode is kept, and a new one starts.
  const before = issue.marker.until ? freshMarker(result, issue.marker.severity, finishedEpisodes(issue.marker, issue.marker.until)) : issue.marker;
  const severity = severityOf(result);
  const marker: IncidentMarker = {
    ...before,
    kind: result.kind,
    subject: result.subject,
    last: result.startedAt,
    count: (issue.marker.until ? 0 : before.count) + 1,
    severity,
    status: result.status === 'warn' ? 'warn' : 'fail',
    summary: markerSummary(result.summary),
  };
  const severityChanged = severity !== before.severity;
  const reasonChanged = !severityChanged && reasonClass(before.status, before.summary) !== reasonClass(marker.status, marker.summary);
  const escalation = escalate(marker, step);
  const title = incidentTitle(result, severity, messages, step.distinguish, step.render.environment);
  const comment = (text: string): IssueWrite => ({ op: 'comment', body: withRun(text, messages, step.input.run) });
  return {
    id: result.id,
    title: severityChanged ? title : issue.title,
    severity,
    issue: { number: issue.number, url: issue.url },
    events: [
      { type: 'updated', occurrences: marker.count },
      ...(severityChanged ? [{ type: 'severity', from: before.severity, to: severity } as const] : []),
      ...(reasonChanged ? [{ type: 'changed' } as const] : []),
      ...escalation.events,
    ],
    // The edit records what the comments announce (severity, reason, escalation) in the marker, so
    // it goes last: if a comment fails, the next run posts it again instead of never.
    writes: [
      ...assign([...(severityChanged ? (step.input.settings.assignees[severity] ?? []) : []), ...escalation.assignees]),
      ...(severityChanged ? [comment(messages.comment.severityChanged(before.severity, severity, inert(result.summary)))] : []),
      ...(reasonChanged ? [comment(messages.comment.reasonChanged(inert(result.summary), inert(before.summary)))] : []),
      ...escalation.writes,
      { op: 'edit', body: renderBody(marker, result, step.render), ...(severityChanged ? { title, labels: relabel(issue.labels, severity, step) } : {}) },
    ],
  };
}

function recover(step: Step, issue: KnownIssue): IncidentChange {
  const { result, messages, input } = step;
  const marker = issue.marker;
  const downtimeMs = Math.max(0, ms(result.startedAt) - ms(marker.since));
  const text =
    result.status === 'pass'
      ? messages.comment.recovered(inert(result.summary), downtimeMs, formatTime(marker.since, messages), formatTime(result.startedAt, messages), marker.count)
      : messages.comment.belowThreshold(inert(result.summary), severityOf(result), input.settings.warnMinSeverity, downtimeMs);
  return {
    id: result.id,
    title: issue.title,
    severity: marker.severity,
    issue: { number: issue.number, url: issue.url },
    events: [{ type: 'closed', downtimeMs }],
    writes: [
      { op: 'comment', body: withRun(text, messages, input.run) },
      // The episode's end goes into the marker, so reports count its downtime after a reopen too.
      { op: 'edit', state: 'closed', stateReason: 'completed', ...(issue.body ? { body: replaceMarker(issue.body, { ...marker, until: result.startedAt }) } : {}) },
    ],
  };
}

function reopen(step: Step, issue: KnownIssue): IncidentChange {
  const { result, messages, input } = step;
  const severity = severityOf(result);
  const ended = issue.marker.until ?? issue.closedAt ?? issue.marker.last;
  const marker = freshMarker(result, severity, finishedEpisodes(issue.marker, ended));
  const escalation = escalate(marker, step);
  const title = incidentTitle(result, severity, messages, step.distinguish, step.render.environment);
  const closedAgo = Math.max(0, ms(result.startedAt) - ms(issue.closedAt ?? result.startedAt));
  return {
    id: result.id,
    title,
    severity,
    issue: { number: issue.number, url: issue.url },
    events: [{ type: 'reopened' }, ...escalation.events],
    writes: [
      { op: 'edit', state: 'open', stateReason: 'reopened', title, body: renderBody(marker, result, step.render), labels: relabel(issue.labels, severity, step) },
      ...assign([...(input.settings.assignees[severity] ?? []), ...escalation.assignees]),
      { op: 'comment', body: withRun(messages.comment.reopened(inert(result.summary), closedAgo), messages, input.run) },
      ...escalation.writes,
    ],
  };
}
