import type { CheckKind, Severity } from '@runbook/core';
import type { IssuesApi } from './issues-api.ts';
import type { KnownIssue } from './planner.ts';

/** One outage episode; `end` is absent while it lasts. */
export interface IncidentEpisode {
  start: string;
  end?: string;
  severity: Severity;
}

/** An incident as the report reads it: plain data, nothing of GitHub's API. */
export interface IncidentRecord {
  number: number;
  url: string;
  title: string;
  state: 'open' | 'closed';
  /** The check result id the incident is about. */
  id: string;
  kind: CheckKind;
  service: string;
  /** The current (or last) severity. */
  severity: Severity;
  /** The last failure's reason. */
  summary: string;
  labels: string[];
  /** Oldest first; the last one is the current episode of an open incident. */
  episodes: IncidentEpisode[];
}

export interface Period {
  from: Date;
  to: Date;
}

export interface IncidentReading {
  /** Incidents with an episode overlapping the period, oldest first. */
  records: IncidentRecord[];
  /** A list stopped at its page limit: some incidents may be missing. */
  stoppedAtPages?: number;
}

/** `[P1] backend [staging]: health check failing` → `backend`, for markers written before they named the service. */
const serviceFromTitle = (title: string): string => /^\[P\d\]\s+(.+?)(?:\s+\[[^\]]+\])?:\s/.exec(title)?.[1] ?? title;

/** The record of an incident issue: every episode its marker keeps, the current one ended when the issue was closed. */
export function incidentRecord(issue: KnownIssue): IncidentRecord {
  const m = issue.marker;
  const end = m.until ?? (issue.state === 'closed' ? (issue.closedAt ?? m.last) : undefined);
  const episodes: IncidentEpisode[] = [
    ...(m.episodes ?? []).map((e) => ({ start: e.since, end: e.until, severity: e.severity })),
    { start: m.since, ...(end ? { end } : {}), severity: m.severity },
  ];
  return {
    number: issue.number,
    url: issue.url,
    title: issue.title,
    state: issue.state,
    id: m.id,
    kind: m.kind,
    service: m.subject ?? serviceFromTitle(issue.title),
    severity: m.severity,
    summary: m.summary,
    labels: issue.labels,
    episodes,
  };
}

const overlaps = (episode: IncidentEpisode, { from, to }: Period): boolean =>
  Date.parse(episode.start) < to.getTime() && (episode.end === undefined || Date.parse(episode.end) > from.getTime());

/**
 * The incidents whose episodes overlap the period, read with two paginated list calls and no call
 * per issue: every incident updated since the period began (opened, updated, closed or reopened in
 * it), and every open one (an outage that lasts but whose check stopped running updates nothing).
 */
export async function readIncidents(api: IssuesApi, period: Period): Promise<IncidentReading> {
  const updated = await api.listIncidents({ state: 'all', since: period.from });
  const open = await api.listIncidents({ state: 'open' });
  const byNumber = new Map<number, KnownIssue>([...updated.issues, ...open.issues].map((i) => [i.number, i]));
  const records = [...byNumber.values()]
    .map(incidentRecord)
    .filter((r) => r.episodes.some((e) => overlaps(e, period)))
    .sort((a, b) => Date.parse(a.episodes[0]?.start ?? '') - Date.parse(b.episodes[0]?.start ?? '') || a.number - b.number);
  const stoppedAtPages = updated.stoppedAtPages ?? open.stoppedAtPages;
  return { records, ...(stoppedAtPages ? { stoppedAtPages } : {}) };
}
