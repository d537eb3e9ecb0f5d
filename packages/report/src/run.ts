import { errorMessage, UsageError, type CheckResult, type Status } from '@runbook/core';
import { parseDataBlock, type ReportData } from './data-block.ts';
import { buildReport, COVER_MS, judgesAvailability, reportStatus, type ReportIncident, type ReportRun } from './model.ts';
import { periodWindow, previousWindow, type Window } from './period.ts';
import type { ReportRequest } from './plan.ts';
import { renderReport, type RenderedReport } from './render.ts';
import { matchResultFiles, readResultFile, type ResultFile } from './results.ts';

/** A report issue as the store finds it. */
export interface StoredReport {
  number: number;
  url: string;
  state: 'open' | 'closed';
  key: string;
  body: string;
}

/** What the report reads and writes outside itself; the action wires these to GitHub and Slack. */
export interface ReportPorts {
  /** Absent without a token: the report says the incidents were not read. */
  incidents?: { read(period: { from: Date; to: Date }): Promise<{ records: ReportIncident[]; stoppedAtPages?: number }> };
  /** Runs of the named workflow files created in the period. */
  runs?: { read(workflows: readonly string[], period: { from: Date; to: Date }): Promise<{ runs: ReportRun[]; missing: string[] }> };
  issues?: {
    list(period: string, since: Date): Promise<StoredReport[]>;
    publish(request: { period: string; key: string; title: string; body: string; footer: string }, known: readonly StoredReport[]): Promise<{ number: number; url: string; created: boolean; closed: number[] }>;
  };
  slack?: (text: string) => Promise<void>;
  summary(markdown: string): Promise<void>;
  log(message: string): void;
}

export interface ReportOutcome {
  status: Status;
  rendered: RenderedReport;
  issueUrl?: string;
  /** One line each: an unusable result file, a destination that failed. The step fails on any. */
  errors: string[];
  warnings: string[];
}

/** Results of the environment when one is named: the middle part of their ids (`http:production/…`). */
const ofEnvironment = (environment: string) => (id: string): boolean => !environment || id.split('/')[0]?.endsWith(`:${environment}`) === true;

function readFiles(request: ReportRequest, cwd: string): ResultFile[] {
  let paths: string[];
  try {
    paths = matchResultFiles(request.results, cwd);
  } catch (error) {
    throw new UsageError('input "results"', `${errorMessage(error)}: expected patterns of result files`);
  }
  if (paths.length === 0) throw new UsageError('input "results"', `no file matches ${request.results.join(', ')} (in ${cwd}): expected the result files the checks wrote`);
  const keep = ofEnvironment(request.environment);
  return paths.map((path) => readResultFile(path, cwd)).map((file) => ({ ...file, results: file.results.filter((r: CheckResult) => keep(r.id)) }));
}

/** The report issues of this period and the one before, and the data of the one before. */
async function storedReports(issues: NonNullable<ReportPorts['issues']>, window: Window, timeZone: string): Promise<{ known: StoredReport[]; previous?: ReportData; error?: string }> {
  const before = previousWindow(window, timeZone);
  try {
    const known = await issues.list(window.kind, before.from);
    const issue = known.find((i) => i.key === before.key);
    const previous = issue ? parseDataBlock(issue.body) : undefined;
    return { known, ...(previous ? { previous } : {}) };
  } catch (error) {
    return { known: [], error: `the report issues could not be read: ${errorMessage(error)}` };
  }
}

/**
 * The incidents, the deploy runs and the check workflows' runs of the period. GitHub failing here does not stop the report:
 * it goes out without them, saying so, and the step fails (an incident list that could not be read
 * would make every service look up).
 */
async function readSources(request: ReportRequest, ports: ReportPorts, window: Window, errors: string[], warnings: string[]): Promise<{ incidents: ReportIncident[]; incidentsCut: boolean; runs: ReportRun[]; missingWorkflows: string[]; checkRuns: ReportRun[] }> {
  const sources = { incidents: [] as ReportIncident[], incidentsCut: false, runs: [] as ReportRun[], missingWorkflows: [] as string[], checkRuns: [] as ReportRun[] };
  if (!ports.incidents) warnings.push('incidents were not read (no github-token): the availability counts no downtime');
  else {
    try {
      const reading = await ports.incidents.read(window);
      sources.incidents = reading.records.filter((i) => ofEnvironment(request.environment)(i.id));
      sources.incidentsCut = reading.stoppedAtPages !== undefined;
    } catch (error) {
      sources.incidentsCut = true;
      errors.push(`the incident issues could not be read: ${errorMessage(error)}; the report counts no downtime`);
    }
  }
  if (ports.runs && request.workflows.length) {
    try {
      const reading = await ports.runs.read(request.workflows, window);
      sources.runs = reading.runs;
      sources.missingWorkflows = reading.missing;
    } catch (error) {
      warnings.push(`the workflow runs could not be read: ${errorMessage(error)}`);
    }
  }
  if (ports.runs && request.checkWorkflows.length && judgesAvailability(window)) {
    // From a run before the period's start, which vouches for its first hours.
    try {
      const reading = await ports.runs.read(request.checkWorkflows, { from: new Date(window.from.getTime() - COVER_MS), to: window.to });
      sources.checkRuns = reading.runs;
      for (const file of reading.missing) warnings.push(`check workflow ${file} not found: no monitored time from its runs`);
    } catch (error) {
      warnings.push(`the check workflows' runs could not be read: ${errorMessage(error)}; monitored time comes from the result files only`);
    }
  }
  return sources;
}

/**
 * Reads the result files and the incidents of the period, renders the report and sends it to each
 * destination. A destination that fails does not stop the others; an unusable result file is in
 * the report as missing. Both end up in `errors`, for the step to fail on.
 */
export async function runReport(request: ReportRequest, ports: ReportPorts, now: Date, cwd: string, runUrl?: string): Promise<ReportOutcome> {
  const files = readFiles(request, cwd);
  const window = periodWindow(request.period, now, request.timeZone);
  const errors = files.flatMap((f) => (f.problem ? [`results file ${f.path}: ${f.problem}; shown in the report as missing`] : []));
  const warnings: string[] = [];
  const reading = await readSources(request, ports, window, errors, warnings);
  const publishIssue = request.publish.includes('issue');
  const compared = request.period === 'weekly' || request.period === 'monthly';
  const { known, previous, error: unread } = ports.issues && (publishIssue || compared) ? await storedReports(ports.issues, window, request.timeZone) : { known: [], previous: undefined, error: undefined };
  if (unread) warnings.push(`${unread}; no comparison with the previous period`);
  const model = buildReport({ window, now, timeZone: request.timeZone, slo: request.slo, files, ...reading, ...(previous ? { previous } : {}) });
  const rendered = renderReport(model, { locale: request.locale, timeZone: request.timeZone, ...(request.title ? { title: request.title } : {}), ...(runUrl ? { runUrl } : {}) });
  errors.push(...model.missingShards.map((shard) => `shard ${shard} has no results: its job failed before writing them, or its file was not downloaded`));
  const outcome: ReportOutcome = { status: reportStatus(model), rendered, errors, warnings };
  const attempt = async (target: string, send: () => Promise<void>): Promise<void> => {
    try {
      await send();
    } catch (error) {
      errors.push(`publish ${target}: ${errorMessage(error)}`);
    }
  };
  for (const target of request.publish) {
    if (target === 'summary') await attempt('summary', () => ports.summary(rendered.markdown));
    if (target === 'slack') await attempt('slack', async () => ports.slack?.(rendered.slack));
    if (target === 'issue') {
      await attempt('issue', async () => {
        if (!ports.issues) throw new Error('no github-token to write the report issue with');
        // Without the list, this period's issue may exist: writing would make a second one.
        if (unread) throw new Error(`${unread}, so none was written`);
        const issue = await ports.issues.publish({ period: request.period, key: window.key, title: rendered.title, body: rendered.markdown, footer: rendered.dataBlock }, known);
        outcome.issueUrl = issue.url;
        ports.log(`report issue #${issue.number} ${issue.created ? 'opened' : 'updated'}${issue.closed.length ? `; closed the earlier ${issue.closed.map((n) => `#${n}`).join(', ')}` : ''}`);
      });
    }
  }
  if (errors.length) outcome.status = 'fail';
  return outcome;
}
