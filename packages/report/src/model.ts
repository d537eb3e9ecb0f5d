import type { CheckResult, Severity, Status } from '@runbook/core';
import type { IncidentRecord, WorkflowRunRecord } from '@runbook/incidents';
import { availability, coverage, type Availability, type Interval } from './availability.ts';
import type { ReportData } from './data-block.ts';
import type { Window } from './period.ts';
import { addDays, isoDate, startOfDay, type LocalDate } from './zoned.ts';
import type { ResultFile } from './results.ts';

/** An incident as the report reads it: the incidents package's plain record (no GitHub types). */
export type ReportIncident = Omit<IncidentRecord, 'labels'>;

/** A run of a deploy or rollback workflow, as the incidents package reads it. */
export type ReportRun = Pick<WorkflowRunRecord, 'workflow' | 'name' | 'url' | 'actor' | 'status' | 'conclusion' | 'createdAt'>;

export interface ReportInput {
  window: Window;
  now: Date;
  /** Where days begin, for the daily figures of weekly and monthly reports. */
  timeZone: string;
  /** Target availability in percent. */
  slo: number;
  files: readonly ResultFile[];
  incidents: readonly ReportIncident[];
  /** The incident list was cut at its page limit. */
  incidentsCut?: boolean;
  /** The previous period's report data, when its issue was found. */
  previous?: ReportData;
  /** Runs of the deploy and rollback workflows in the period. */
  runs?: readonly ReportRun[];
  /** Workflow files named that the repository does not have. */
  missingWorkflows?: readonly string[];
  /** Runs of the scheduled check workflows from COVER_MS before the period: what was monitored when. */
  checkRuns?: readonly ReportRun[];
}

/** Kinds whose failures make a service unavailable; P1 and P2 episodes of them are downtime. */
const AVAILABILITY_KINDS: readonly string[] = ['smoke-test', 'status-check'];
const DOWN_SEVERITIES: readonly Severity[] = ['P1', 'P2'];
/** A check vouches for the service until the next one is due: a daily schedule and GitHub's delays. */
export const COVER_MS = 26 * 3_600_000;

export interface ServiceReport {
  service: string;
  /** The latest result's status, `fail` while an incident is open, undefined when nothing is known. */
  status: Status | undefined;
  /** Absent in a run report: one run's checks show a moment, not a period (see `judgesAvailability`). */
  availability?: Availability;
  /** Worst p95 (ms) and error rate (percent) of the service's smoke-test and status-check results. */
  p95Ms?: number;
  errorRate?: number;
  sloMissed: boolean;
  /** Weekly and monthly reports: availability of each day (undefined when not monitored), as `days`. */
  daily: Array<number | undefined>;
}

export interface EpisodeRow {
  incident: ReportIncident;
  severity: Severity;
  start: string;
  /** Absent while it lasts. */
  end?: string;
  durationMs: number;
}

export interface ReportModel {
  window: Window;
  slo: number;
  /** The local days of a weekly or monthly report (`2025-10-21`); empty otherwise. */
  days: string[];
  services: ServiceReport[];
  episodes: EpisodeRow[];
  /** Mean time to recovery of the episodes that ended in the period. */
  mttrMs: number | undefined;
  countBySeverity: Record<Severity, number>;
  deploys: CheckResult[];
  runs: ReportRun[];
  missingWorkflows: string[];
  certs: CheckResult[];
  backups: CheckResult[];
  /** Not passing, worst first. */
  failing: CheckResult[];
  openIncidents: ReportIncident[];
  badFiles: Array<ResultFile & { problem: string }>;
  /** `smoke-test production 3/8`: shards of a sharded check that no readable file has results of. */
  missingShards: string[];
  fileCount: number;
  resultCount: number;
  incidentsCut: boolean;
  previous?: ReportData;
}

const severityRank = (s: Severity | undefined): number => (s ? Number(s.slice(1)) : 5);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const rate = (value: unknown): number | undefined => (typeof value === 'string' && /^\d+(\.\d+)?%$/.test(value) ? Number.parseFloat(value) : num(value));
const max = (values: ReadonlyArray<number | undefined>): number | undefined => {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length ? Math.max(...known) : undefined;
};

/** Percent: smoke-test's `error rate`, status-check's `5xx rate` (a fraction, from metrics or an access log). */
const errorPercent = (r: CheckResult): number | undefined => {
  if (r.kind === 'status-check') {
    const fraction = num(r.evidence['5xx rate']);
    return fraction === undefined ? undefined : Math.round(fraction * 1e6) / 1e4;
  }
  return rate(r.evidence['error rate']);
};

/** A status-check result of a p95 or a 5xx rate (metrics, an access log), not of a state or error lines. */
const hasSloMetric = (r: CheckResult): boolean => r.kind === 'status-check' && ('p95 ms' in r.evidence || '5xx rate' in r.evidence);

/** The newest result per id, over every file (shards, earlier runs). */
function latestResults(files: readonly ResultFile[]): CheckResult[] {
  const latest = new Map<string, CheckResult>();
  for (const r of files.flatMap((f) => f.results)) {
    const seen = latest.get(r.id);
    if (!seen || Date.parse(r.startedAt) >= Date.parse(seen.startedAt)) latest.set(r.id, r);
  }
  return [...latest.values()];
}

/** Every local day of the window, oldest first (31 at most). */
function daysOf(window: Window): LocalDate[] {
  const days: LocalDate[] = [];
  for (let day = window.firstDay; isoDate(day) <= isoDate(window.lastDay) && days.length < 31; day = addDays(day, 1)) days.push(day);
  return days;
}

const SHARDED_KINDS = ['smoke-test', 'cert-check', 'backup-verify', 'status-check'];
/** `results-<kind>-<environment>-<i>of<n>`: the artifact directory actions/download-artifact made (checks.yml names them so). */
const SHARD_ARTIFACT = new RegExp(`(?:^|/)results-(${SHARDED_KINDS.join('|')})-(.+)-(\\d+)of(\\d+)(?:-restore)?/`);
/** `http:production/api/…` → `production`. */
const environmentOf = (id: string): string => id.split('/')[0]?.split(':').at(-1) ?? '';

/**
 * Per kind and environment, the shards `i/n` that results or readable artifact files show, and those
 * of 1..n that none does (a failed or missing shard). An artifact directory makes its kind and
 * environment expected even when no shard of it has results.
 */
function missingShards(files: readonly ResultFile[]): string[] {
  const seen = new Map<string, Set<number>>();
  const mark = (kind: string, environment: string, total: string, index?: number): void => {
    const key = `${kind} ${environment} ${total}`;
    const present = seen.get(key) ?? new Set<number>();
    seen.set(key, index === undefined ? present : present.add(index));
  };
  for (const file of files) {
    const artifact = SHARD_ARTIFACT.exec(file.path);
    if (artifact) mark(artifact[1] as string, artifact[2] as string, artifact[4] as string, file.problem ? undefined : Number(artifact[3]));
    for (const r of file.results) {
      const match = typeof r.evidence.shard === 'string' ? /^(\d+)\/(\d+)$/.exec(r.evidence.shard) : null;
      if (match) mark(r.kind, environmentOf(r.id), match[2] as string, Number(match[1]));
    }
  }
  return [...seen].flatMap(([key, present]) => {
    const [kind, environment, total] = key.split(' ') as [string, string, string];
    return Array.from({ length: Math.min(Number(total), 256) }, (_, i) => i + 1).filter((i) => !present.has(i)).map((i) => `${kind} ${environment} ${i}/${total}`);
  });
}

/**
 * What the check workflows' runs vouch for: a run that completed with success covers from its
 * start until the next run of its workflow began, at most COVER_MS; a failed or cancelled run
 * covers nothing, so a night whose checks did not run is a gap.
 */
export function runCoverage(runs: readonly ReportRun[], now: Date): Interval[] {
  const byWorkflow = new Map<string, number[]>();
  for (const run of runs) byWorkflow.set(run.workflow, [...(byWorkflow.get(run.workflow) ?? []), Date.parse(run.createdAt)]);
  return runs.flatMap((run) => {
    if (run.status !== 'completed' || run.conclusion !== 'success') return [];
    const start = Date.parse(run.createdAt);
    const next = Math.min(...(byWorkflow.get(run.workflow) ?? []).filter((t) => t > start));
    return [{ start, end: Math.min(next, start + COVER_MS, now.getTime()) }];
  });
}

/**
 * A run report is about this run: its checks show the services at the moment they ran, and vouch
 * for no period, so only the daily, weekly and monthly reports judge availability against the SLO.
 */
export const judgesAvailability = (window: Window): boolean => window.kind !== 'run';

const endOf = (episode: { end?: string }, now: Date): number => (episode.end ? Date.parse(episode.end) : now.getTime());

export function buildReport(input: ReportInput): ReportModel {
  const { window, now } = input;
  const span: Interval = { start: window.from.getTime(), end: Math.min(window.to.getTime(), Math.max(now.getTime(), window.from.getTime())) };
  const all = input.files.flatMap((f) => f.results);
  const latest = latestResults(input.files);
  const availabilityIncidents = input.incidents.filter((i) => AVAILABILITY_KINDS.includes(i.kind));
  const names = [...new Set([...latest.filter((r) => AVAILABILITY_KINDS.includes(r.kind)).map((r) => r.subject), ...availabilityIncidents.map((i) => i.service)])].sort();

  const checkRuns = runCoverage(input.checkRuns ?? [], now);
  const localDays = window.kind === 'weekly' || window.kind === 'monthly' ? daysOf(window) : [];
  const dayWindows = localDays.map((day) => ({ start: startOfDay(day, input.timeZone).getTime(), end: startOfDay(addDays(day, 1), input.timeZone).getTime() }));
  const services = names.map((service): ServiceReport => {
    const incidents = availabilityIncidents.filter((i) => i.service === service);
    const episodes = incidents.flatMap((i) => i.episodes);
    const down = episodes.filter((e) => DOWN_SEVERITIES.includes(e.severity)).map((e) => ({ start: Date.parse(e.start), end: endOf(e, now) }));
    const checks = all.filter((r) => r.subject === service && AVAILABILITY_KINDS.includes(r.kind));
    const times = [...checks.map((r) => Date.parse(r.startedAt)), ...episodes.flatMap((e) => [Date.parse(e.start), ...(e.end ? [Date.parse(e.end)] : [])])];
    const own = latest.filter((r) => r.subject === service && AVAILABILITY_KINDS.includes(r.kind));
    const worst = own.some((r) => r.status === 'fail') || incidents.some((i) => i.state === 'open') ? 'fail' : own.some((r) => r.status === 'warn') ? 'warn' : own.length ? 'pass' : undefined;
    const smoke = checks.filter((r) => r.kind === 'smoke-test');
    const p95Ms = max(checks.map((r) => num(r.evidence['p95 ms'])));
    const errorRate = max(checks.map(errorPercent));
    const monitored = [...coverage(times, COVER_MS), ...checkRuns];
    return {
      service,
      status: worst,
      ...(judgesAvailability(window) ? { availability: availability({ window: span, down, monitored, slo: input.slo }) } : {}),
      daily: dayWindows.map((day) => availability({ window: day, down, monitored, slo: input.slo }).percent),
      ...(p95Ms === undefined ? {} : { p95Ms }),
      ...(errorRate === undefined ? {} : { errorRate }),
      sloMissed: [...smoke, ...checks.filter(hasSloMetric)].some((r) => r.status !== 'pass' && r.severity === 'P3'),
    };
  });

  const episodes = input.incidents
    .flatMap((incident) =>
      incident.episodes
        .filter((e) => Date.parse(e.start) < window.to.getTime() && endOf(e, now) > window.from.getTime())
        .map((e): EpisodeRow => ({ incident, severity: e.severity, start: e.start, ...(e.end ? { end: e.end } : {}), durationMs: endOf(e, now) - Date.parse(e.start) })),
    )
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const recovered = episodes.filter((e) => e.end && Date.parse(e.end) <= window.to.getTime());
  const countBySeverity: Record<Severity, number> = { P1: 0, P2: 0, P3: 0, P4: 0 };
  for (const incident of new Set(episodes.map((e) => e.incident))) countBySeverity[incident.severity]++;

  const byKind = (kind: string): CheckResult[] => latest.filter((r) => r.kind === kind);
  const daysLeft = (r: CheckResult): number => num(r.evidence['days left']) ?? Number.NEGATIVE_INFINITY;
  return {
    window,
    slo: input.slo,
    days: localDays.map(isoDate),
    services,
    episodes,
    mttrMs: recovered.length ? recovered.reduce((sum, e) => sum + e.durationMs, 0) / recovered.length : undefined,
    countBySeverity,
    deploys: all.filter((r) => r.kind === 'deploy' || r.kind === 'rollback').sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt)),
    runs: [...(input.runs ?? [])],
    missingWorkflows: [...(input.missingWorkflows ?? [])],
    certs: byKind('cert-check').sort((a, b) => daysLeft(a) - daysLeft(b)),
    backups: byKind('backup-verify').sort((a, b) => a.subject.localeCompare(b.subject)),
    failing: latest.filter((r) => r.status !== 'pass').sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || (a.status === 'fail' ? -1 : 1) - (b.status === 'fail' ? -1 : 1)),
    openIncidents: input.incidents.filter((i) => i.state === 'open').sort((a, b) => severityRank(a.severity) - severityRank(b.severity)),
    badFiles: input.files.filter((f): f is ResultFile & { problem: string } => f.problem !== undefined),
    missingShards: missingShards(input.files),
    fileCount: input.files.length,
    resultCount: all.length,
    incidentsCut: input.incidentsCut ?? false,
    ...(input.previous ? { previous: input.previous } : {}),
  };
}

/** `fail` when a check fails, a service missed its SLO or a result file is unusable; `warn` for warnings and open incidents. */
export function reportStatus(model: ReportModel): Status {
  if (model.badFiles.length || model.missingShards.length || model.failing.some((r) => r.status === 'fail') || model.services.some((s) => s.availability?.sloMet === false)) return 'fail';
  return model.failing.length || model.openIncidents.length ? 'warn' : 'pass';
}
