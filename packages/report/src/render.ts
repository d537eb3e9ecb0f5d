import { inert } from '@runbook/incidents/inert';
import type { CheckResult, Severity } from '@runbook/core';
import { availabilityCharts } from './chart.ts';
import { renderDataBlock, type ReportData } from './data-block.ts';
import { messagesFor, type Locale, type Messages } from './i18n.ts';
import type { Availability } from './availability.ts';
import { judgesAvailability, type ReportModel } from './model.ts';
import { localStamp } from './zoned.ts';

export interface RenderOptions {
  locale: Locale;
  timeZone: string;
  /** Replaces the period's own title. */
  title?: string;
  /** The workflow run that wrote the report. */
  runUrl?: string;
}

export interface RenderedReport {
  title: string;
  /** For the job summary and the report issue. */
  markdown: string;
  /** The data block, folded, that the report issue carries after the markdown. */
  dataBlock: string;
  /** Slack mrkdwn, a few lines. */
  slack: string;
  data: ReportData;
  /** Per service: availability percent (null when not monitored), downtime and not-monitored time. */
  availability: Record<string, { percent: number | null; downMs: number; unmonitoredMs: number; sloMet: boolean | null }>;
}

const SEVERITIES: readonly Severity[] = ['P1', 'P2', 'P3', 'P4'];
const pct = (value: number | undefined): string => (value === undefined ? '–' : `${(Math.floor(value * 100) / 100).toFixed(2)}%`);
/** Text inside a link's brackets: Markdown and mentions escaped, so it stays one plain link. */
const linkText = (text: string): string => text.replace(/[\\[\]`*_<>@#!~]/g, '\\$&');
const list = (lines: readonly string[], none: string): string => (lines.length ? lines : [none]).map((l) => `- ${l}`).join('\n');

export function reportData(model: ReportModel): ReportData {
  return {
    v: 1,
    key: model.window.key,
    from: model.window.from.toISOString(),
    to: model.window.to.toISOString(),
    services: Object.fromEntries(judged(model).map(({ service, a }) => [service, { percent: a.percent ?? null, downMs: a.downMs, unmonitoredMs: a.unmonitoredMs }])),
    incidents: new Set(model.episodes.map((e) => e.incident.number)).size,
    mttrMs: model.mttrMs ?? null,
  };
}

/** The services with an availability: none in a run report. */
const judged = (model: ReportModel): Array<{ service: string; a: Availability }> => model.services.flatMap((s) => (s.availability ? [{ service: s.service, a: s.availability }] : []));

function availabilityLine(service: string, a: Availability, m: Messages, slo: number): string {
  return `${service}: ${m.availabilityLine({
    percent: pct(a.percent),
    slo: `${slo}%`,
    met: a.sloMet,
    down: m.duration(a.downMs),
    unmonitored: m.duration(a.unmonitoredMs),
    budgetLeft: m.duration(Math.abs(a.budgetLeftMs)),
    overspent: a.budgetLeftMs < 0,
  })}`;
}

function actionLines(model: ReportModel, m: Messages): string[] {
  return [
    ...model.badFiles.map((f) => `❌ ${m.badFile(inert(f.path), f.problem)}`),
    ...model.missingShards.map((shard) => `❌ ${m.missingShard(shard)}`),
    ...model.failing.map((r) => `${r.status === 'fail' ? '🔴' : '⚠️'} ${m.failing(r.severity, inert(r.subject), inert(r.summary))}`),
    ...model.openIncidents.map((i) => `🔥 ${m.openIncident(linkText(i.title), i.url)}`),
    ...judged(model).filter(({ a }) => a.sloMet === false).map(({ service, a }) => `📉 ${m.sloMissed(inert(service), pct(a.percent), `${model.slo}%`)}`),
    ...judged(model).filter(({ a }) => a.unmonitoredMs > 0).map(({ service, a }) => `👀 ${m.notMonitored(inert(service), m.duration(a.unmonitoredMs))}`),
    ...(model.incidentsCut ? [`⚠️ ${m.incidentsCut}`] : []),
  ];
}

const stamp = (iso: string, zone: string): string => localStamp(new Date(iso), zone);

function changeLines(model: ReportModel, data: ReportData, m: Messages): string[] {
  const before = model.previous;
  if (!before) return [];
  const services = model.services.map((s) => {
    const now = s.availability?.percent;
    const then = before.services[s.service]?.percent ?? undefined;
    const delta = now === undefined || then === undefined ? '–' : `${now - then >= 0 ? '+' : ''}${(now - then).toFixed(2)} pt`;
    return m.changeLine(inert(s.service), pct(now), pct(then), delta);
  });
  return [...services, m.incidentsChange(data.incidents, before.incidents)];
}

const FAILED = new Set(['failure', 'timed_out', 'startup_failure']);

/** Per workflow: how many runs and how many failed, then each run (who started it, how it ended). */
function runLines(model: ReportModel, m: Messages, zone: string): string[] {
  const workflows = [...new Set(model.runs.map((r) => r.workflow))];
  return [
    ...workflows.map((w) => {
      const runs = model.runs.filter((r) => r.workflow === w);
      return m.runCount(w, runs.length, runs.filter((r) => FAILED.has(r.conclusion ?? '')).length);
    }),
    ...model.missingWorkflows.map((w) => m.missingWorkflow(inert(w))),
    ...model.runs.map((r) => `${FAILED.has(r.conclusion ?? '') ? '❌ ' : ''}${m.runLine(stamp(r.createdAt, zone), linkText(r.name), r.url, inert(r.actor), r.conclusion ?? r.status)}`),
  ];
}

const backupAge = (r: CheckResult, m: Messages): string | undefined => {
  const seconds = r.evidence['newest age seconds'];
  return typeof seconds === 'number' ? m.duration(seconds * 1000) : undefined;
};

export function renderReport(model: ReportModel, options: RenderOptions): RenderedReport {
  const m = messagesFor(options.locale);
  const zone = options.timeZone;
  const title = options.title || m.title(model.window);
  const data = reportData(model);
  const s = m.sections;
  const ids = new Set(model.episodes.map((e) => e.incident.number));
  const bySeverity = SEVERITIES.map((sev) => `${sev}: ${model.countBySeverity[sev]}`).join(', ');
  const incidents = [
    m.incidentCount(ids.size, bySeverity, model.mttrMs === undefined ? undefined : m.duration(model.mttrMs)),
    ...model.episodes.map((e, n) => {
      const head = `${n + 1}. [${e.severity}] ${m.episodeLine(stamp(e.start, zone), `[${linkText(e.incident.title)}](${e.incident.url})`, m.duration(e.durationMs), !e.end)}`;
      return `${head}\n   - ${m.cause}: ${inert(e.incident.summary)}`;
    }),
  ];
  const sections: [string, string][] = [
    [s.action, list(actionLines(model, m), m.none)],
    [s.status, list(model.services.map((x) => `${inert(x.service)}: ${m.status(x.status)}`), m.none)],
    [
      s.availability,
      judgesAvailability(model.window) ? [list(judged(model).map(({ service, a }) => availabilityLine(service, a, m, model.slo)), m.none), ...availabilityCharts(model, m.chartTitle)].join('\n\n') : m.availabilityNotJudged,
    ],
    [
      s.performance,
      list(
        model.services.filter((x) => x.p95Ms !== undefined || x.errorRate !== undefined).map((x) => `${inert(x.service)}: ${m.performanceLine(x.p95Ms === undefined ? undefined : m.latency(x.p95Ms), x.errorRate === undefined ? undefined : `${x.errorRate}%`, x.sloMissed)}`),
        m.none,
      ),
    ],
    [s.incidents, `${incidents[0]}\n\n${incidents.slice(1).join('\n') || `- ${m.none}`}`],
    [s.deploys, list([...runLines(model, m, zone), ...model.deploys.map((r) => m.deployLine(stamp(r.startedAt, zone), r.kind, inert(r.subject), r.status === 'pass', inert(r.summary)))], m.none)],
    [s.certs, list(model.certs.map((r) => m.certLine(inert(r.subject), typeof r.evidence['days left'] === 'number' ? r.evidence['days left'] : undefined, r.status)), m.none)],
    [s.backups, list(model.backups.map((r) => m.backupLine(inert(r.subject), backupAge(r, m), stamp(r.startedAt, zone), r.status, inert(r.summary))), m.none)],
    ...(model.window.kind === 'weekly' || model.window.kind === 'monthly' ? [[s.change, list(changeLines(model, data, m), m.none)] as [string, string]] : []),
    [s.files, list([m.fileCounts(model.fileCount, model.badFiles.length), ...model.badFiles.map((f) => m.badFile(inert(f.path), f.problem))], m.none)],
    [s.notes, list(options.runUrl ? [options.runUrl] : [], m.none)],
  ];
  const scope = m.scope(zone, localStamp(model.window.from, zone), localStamp(model.window.to, zone), model.fileCount, model.resultCount);
  const markdown = [
    `## ${title}`,
    `_${scope}_`,
    ...sections.map(([heading, body]) => `### ■ ${heading}\n\n${body}`),
  ].join('\n\n');
  const dataBlock = `<details><summary>${m.data}</summary>\n\n${renderDataBlock(data)}\n\n</details>`;
  return { title, markdown: `${markdown}\n`, dataBlock, slack: renderSlack(model, m, title, options.runUrl), data, availability: availabilityOutput(model) };
}

const availabilityOutput = (model: ReportModel): RenderedReport['availability'] =>
  Object.fromEntries(
    judged(model).map(({ service, a }) => [service, { percent: a.percent ?? null, downMs: a.downMs, unmonitoredMs: a.unmonitoredMs, sloMet: a.sloMet ?? null }]),
  );

/** Slack's mrkdwn: `&`, `<` and `>` escaped, so outside text cannot make a link or a mention. */
const slackText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const SLACK_LINES = 10;

function renderSlack(model: ReportModel, m: Messages, title: string, runUrl: string | undefined): string {
  const action = actionLines(model, m).map((line) => line.replace(/\[((?:\\.|[^\]])*)\]\([^)]*\)/g, '$1').replace(/\\(.)/g, '$1'));
  const lines = [
    `*${slackText(title)}*`,
    ...model.services.map((s) => slackText(`${s.service}: ${m.status(s.status)}${s.availability ? ` · ${pct(s.availability.percent)}` : ''}`)),
    slackText(m.incidentCount(new Set(model.episodes.map((e) => e.incident.number)).size, SEVERITIES.map((sev) => `${sev}: ${model.countBySeverity[sev]}`).join(', '), model.mttrMs === undefined ? undefined : m.duration(model.mttrMs))),
    `*${slackText(m.sections.action)}*`,
    ...(action.length ? action.slice(0, SLACK_LINES).map((l) => `• ${slackText(l)}`) : [`• ${m.none}`]),
    ...(action.length > SLACK_LINES ? [`• … +${action.length - SLACK_LINES}`] : []),
    ...(runUrl ? [`<${runUrl}|${slackText(title)}>`] : []),
  ];
  return lines.join('\n');
}
