import type { CheckResult } from '@runbook/core';
import { describe, expect, it } from 'vitest';
import { parseMarker, renderMarker, type IncidentMarker } from './marker.ts';
import { planIncidents, type IncidentChange, type IssueWrite, type KnownIssue, type PlanInput } from './planner.ts';
import { DEFAULT_SETTINGS, type IncidentSettings } from './settings.ts';

const T0 = '2025-10-21T01:00:00.000Z';
const at = (minutes: number): string => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

function result(overrides: Partial<CheckResult> = {}): CheckResult {
  return {
    id: 'http:production/backend/https://api.example/health',
    kind: 'smoke-test',
    subject: 'backend',
    target: 'https://api.example/health',
    status: 'fail',
    severity: 'P1',
    summary: 'expected status 200, got 502',
    evidence: { status: 502, attempts: 3 },
    startedAt: T0,
    durationMs: 20,
    ...overrides,
  };
}

function issue(marker: Partial<IncidentMarker> = {}, overrides: Partial<KnownIssue> = {}): KnownIssue {
  return {
    number: 7,
    url: 'https://github.example/acme/ops/issues/7',
    title: '[P1] backend: health check failing',
    state: 'open',
    labels: ['incident', 'P1', 'smoke-test', 'team-web'],
    marker: { id: result().id, kind: 'smoke-test', since: T0, last: T0, count: 1, severity: 'P1', status: 'fail', summary: 'expected status 200, got 502', escalated: [], ...marker },
    ...overrides,
  };
}

function plan(input: Omit<Partial<PlanInput>, 'settings'> & { settings?: Partial<IncidentSettings> }) {
  return planIncidents({ issues: [], results: [], now: new Date(at(5)), ...input, settings: { ...DEFAULT_SETTINGS, ...input.settings } });
}

const ops = (change: IncidentChange | undefined): string[] => (change?.writes ?? []).map((w) => w.op);
const write = <K extends IssueWrite['op']>(change: IncidentChange | undefined, op: K, n = 0) => (change?.writes.filter((w) => w.op === op)[n] as Extract<IssueWrite, { op: K }> | undefined);

describe('planIncidents', () => {
  it('opens one issue for a new failure, with labels, a marker and the default steps', () => {
    const { changes } = plan({ results: [result()], settings: { assignees: { P1: ['oncall'] }, labels: ['ops'] } });
    expect(changes).toHaveLength(1);
    expect(ops(changes[0])).toEqual(['create', 'assign']);
    const create = write(changes[0], 'create');
    expect(create?.title).toBe('[P1] backend: health check failing');
    expect(create?.labels).toEqual(['incident', 'P1', 'smoke-test', 'ops']);
    expect(parseMarker(create?.body)).toMatchObject({ id: result().id, since: T0, count: 1, severity: 'P1', escalated: [] });
    expect(create?.body).toContain('expected status 200, got 502');
    expect(create?.body).toContain('sudo systemctl restart');
    expect(write(changes[0], 'assign')?.assignees).toEqual(['oncall']);
  });

  it('heads the default steps with the incident\'s own level', () => {
    const body = (severity: 'P1' | 'P2') => write(plan({ results: [result({ severity })] }).changes[0], 'create')?.body ?? '';
    expect(body('P1')).toContain('Runbook 001, P1 first response (within 5 minutes)');
    expect(body('P2')).toContain('Runbook 001, P2 (part of the service down), respond within 30 minutes');
    expect(body('P2')).not.toContain('P1 first response');
  });

  it('uses the result\'s runbook over the default steps', () => {
    const { changes } = plan({ results: [result({ runbook: 'Page the DBA: https://wiki.example/db' })] });
    const body = write(changes[0], 'create')?.body ?? '';
    expect(body).toContain('Page the DBA: https://wiki.example/db');
    expect(body).not.toContain('sudo systemctl restart');
  });

  it('names the environment in the title unless it is production', () => {
    expect(write(plan({ results: [result()], environment: 'staging' }).changes[0], 'create')?.title).toBe('[P1] backend [staging]: health check failing');
    expect(write(plan({ results: [result()], environment: 'production' }).changes[0], 'create')?.title).toBe('[P1] backend: health check failing');
  });

  it('names the target in the title when a service has several checks of the kind', () => {
    const other = result({ id: 'http:production/backend/https://api.example/ready', target: 'https://api.example/ready', status: 'pass', severity: undefined });
    const { changes } = plan({ results: [result(), other] });
    expect(write(changes[0], 'create')?.title).toBe('[P1] backend: health check failing (/health)');
  });

  it('updates a still-failing incident without a comment when nothing changed', () => {
    const { changes } = plan({ issues: [issue({ count: 2 })], results: [result({ startedAt: at(4), summary: 'expected status 200, got 503' })] });
    expect(ops(changes[0])).toEqual(['edit']);
    const edit = write(changes[0], 'edit');
    expect(edit).not.toHaveProperty('title');
    expect(edit).not.toHaveProperty('labels');
    expect(parseMarker(edit?.body)).toMatchObject({ since: T0, last: at(4), count: 3 });
    expect(changes[0]?.events).toEqual([{ type: 'updated', occurrences: 3 }]);
  });

  it('does not take a summary longer than the marker keeps for a new reason', () => {
    const long = `expected {"status":"healthy"}, got ${'x'.repeat(400)}`;
    const first = plan({ results: [result({ summary: long })] });
    const marker = parseMarker(write(first.changes[0], 'create')?.body);
    const { changes } = plan({ issues: [issue(marker ?? {})], results: [result({ summary: long, startedAt: at(4) })] });
    expect(ops(changes[0])).toEqual(['edit']);
  });

  it('writes what the checked service said so that GitHub shows it literally: no mentions, images or links', () => {
    const hostile = 'expected {"status":"healthy"}, got ping @acme/everyone ![x](https://evil.example/p.png)';
    const body = write(plan({ results: [result({ summary: hostile, evidence: { body: 'hi @cto <img src=x>' } })] }).changes[0], 'create')?.body ?? '';
    expect(body).toContain('` expected {"status":"healthy"}, got ping @acme/everyone ![x](https://evil.example/p.png) `');
    expect(body).toContain('` hi @cto <img src=x> `');
    const later = plan({ issues: [issue()], results: [result({ summary: hostile, severity: 'P2', startedAt: at(4) })] });
    expect(write(later.changes[0], 'comment')?.body).toContain('` expected {"status":"healthy"}, got ping @acme/everyone');
  });

  it('comments once when the reason changes at the same severity', () => {
    const { changes } = plan({ issues: [issue()], results: [result({ summary: 'connection refused' })] });
    expect(ops(changes[0])).toEqual(['comment', 'edit']);
    expect(write(changes[0], 'comment')?.body).toContain('Now: connection refused (before: expected status 200, got 502)');
  });

  it('retitles, relabels and comments when the severity changes, keeping labels people added', () => {
    const before = issue({ severity: 'P3', summary: 'p95 400ms is over the 250ms limit' }, { title: '[P3] backend: health check failing', labels: ['incident', 'P3', 'smoke-test', 'team-web'] });
    const { changes } = plan({ issues: [before], results: [result()], settings: { assignees: { P1: ['lead'] } } });
    expect(ops(changes[0])).toEqual(['assign', 'comment', 'edit']);
    const edit = write(changes[0], 'edit');
    expect(edit?.title).toBe('[P1] backend: health check failing');
    expect(edit?.labels).toEqual(['incident', 'smoke-test', 'team-web', 'P1']);
    expect(write(changes[0], 'comment')?.body).toContain('**P3 → P1**');
    expect(changes[0]?.events).toContainEqual({ type: 'severity', from: 'P3', to: 'P1' });
  });

  it('closes a recovered incident with the downtime from first failure to first pass', () => {
    const { changes } = plan({ issues: [issue({ count: 3 })], results: [result({ status: 'pass', severity: undefined, summary: 'HTTP 200 in 12ms', startedAt: at(125) })] });
    expect(ops(changes[0])).toEqual(['comment', 'edit']);
    expect(write(changes[0], 'comment')?.body).toContain('Down for **2h 5m**');
    expect(write(changes[0], 'comment')?.body).toContain('seen failing in 3 runs');
    expect(write(changes[0], 'edit')).toEqual({ op: 'edit', state: 'closed', stateReason: 'completed' });
    expect(changes[0]?.events).toEqual([{ type: 'closed', downtimeMs: 125 * 60_000 }]);
  });

  it('reopens an incident closed within reopen-within, and opens a new one after that', () => {
    const closed = issue({}, { state: 'closed', closedAt: at(-60) });
    const soon = plan({ issues: [closed], results: [result()] });
    expect(soon.changes[0]?.issue?.number).toBe(7);
    expect(ops(soon.changes[0])).toEqual(['edit', 'comment']);
    expect(write(soon.changes[0], 'edit')).toMatchObject({ state: 'open', stateReason: 'reopened' });
    expect(write(soon.changes[0], 'comment')?.body).toContain('Failing again 1h after');
    const late = plan({ issues: [{ ...closed, closedAt: at(-25 * 60) }], results: [result()] });
    expect(ops(late.changes[0])).toEqual(['create']);
  });

  it('records the end of the episode in the marker when it closes, keeping the rest of the body', () => {
    const body = `${renderMarker(issue().marker)}\n\n| what failed | health |\n`;
    const { changes } = plan({ issues: [issue({}, { body })], results: [result({ status: 'pass', severity: undefined, startedAt: at(125) })] });
    const edit = write(changes[0], 'edit');
    expect(edit).toMatchObject({ state: 'closed' });
    expect(parseMarker(edit?.body)).toMatchObject({ since: T0, until: at(125) });
    expect(edit?.body).toContain('| what failed | health |');
  });

  it('keeps every earlier episode across reopens', () => {
    const first = { since: at(-3000), until: at(-2900), severity: 'P2' as const };
    const closed = issue({ since: at(-200), last: at(-70), until: at(-60), episodes: [first] }, { state: 'closed', closedAt: at(-59) });
    const reopened = parseMarker(write(plan({ issues: [closed], results: [result()] }).changes[0], 'edit')?.body);
    expect(reopened?.episodes).toEqual([first, { since: at(-200), until: at(-60), severity: 'P1' }]);
    expect(reopened).toMatchObject({ since: T0, count: 1 });
    // A marker written before episodes were kept ends its episode when the issue was closed.
    const legacy = issue({ since: at(-200), last: at(-70) }, { state: 'closed', closedAt: at(-59) });
    expect(parseMarker(write(plan({ issues: [legacy], results: [result()] }).changes[0], 'edit')?.body)?.episodes).toEqual([{ since: at(-200), until: at(-59), severity: 'P1' }]);
  });

  it('starts a new episode on an issue reopened by hand after it was closed on recovery', () => {
    const handReopened = issue({ since: at(-200), last: at(-70), count: 9, until: at(-60) });
    const edit = write(plan({ issues: [handReopened], results: [result()] }).changes[0], 'edit');
    expect(parseMarker(edit?.body)).toMatchObject({ since: T0, count: 1, episodes: [{ since: at(-200), until: at(-60), severity: 'P1' }] });
    expect(parseMarker(edit?.body)?.until).toBeUndefined();
  });

  it('leaves incidents of checks this run did not run alone', () => {
    const elsewhere = issue({ id: 'http:staging/backend/https://staging.example/health' });
    expect(plan({ issues: [elsewhere], results: [result({ status: 'pass', severity: undefined })] }).changes).toEqual([]);
  });

  it('opens warnings only at warn-min-severity or above, and closes an incident that fell below it', () => {
    const p4 = result({ status: 'warn', severity: 'P4', summary: 'expires in 25 days' });
    const p3 = result({ id: 'x', status: 'warn', severity: 'P3', summary: 'p95 slow' });
    const defaults = plan({ results: [p4, p3] });
    expect(defaults.changes.map((c) => c.id)).toEqual(['x']);
    expect(defaults.belowThreshold.map((r) => r.id)).toEqual([p4.id]);
    expect(plan({ results: [p3], settings: { warnMinSeverity: 'P2' } }).changes).toEqual([]);
    const fell = plan({ issues: [issue()], results: [p4] });
    expect(ops(fell.changes[0])).toEqual(['comment', 'edit']);
    expect(write(fell.changes[0], 'comment')?.body).toContain('below the P3 level');
  });

  it('escalates once, past `after`, with mentions and assignees', () => {
    const settings = { escalate: { P1: { afterMs: 30 * 60_000, mention: ['cto', 'acme/infra'], assignees: ['lead'] } } };
    const early = plan({ issues: [issue()], results: [result()], now: new Date(at(29)), settings });
    expect(ops(early.changes[0])).toEqual(['edit']);
    const due = plan({ issues: [issue()], results: [result()], now: new Date(at(31)), settings });
    expect(ops(due.changes[0])).toEqual(['assign', 'comment', 'edit']);
    expect(write(due.changes[0], 'comment')?.body).toMatch(/^@cto @acme\/infra Escalation: this P1 incident has lasted 31m, over the 30m allowed for P1\. Assigned to @lead\./);
    const marker = parseMarker(write(due.changes[0], 'edit')?.body);
    expect(marker?.escalated).toEqual(['P1']);
    const after = plan({ issues: [issue({ escalated: ['P1'] })], results: [result()], now: new Date(at(90)), settings });
    expect(ops(after.changes[0])).toEqual(['edit']);
  });

  it('uses the oldest of duplicate open issues for one id', () => {
    const { changes } = plan({ issues: [issue({}, { number: 9 }), issue({}, { number: 4 })], results: [result()] });
    expect(changes.map((c) => c.issue?.number)).toEqual([4]);
  });

  it('writes titles, bodies and comments in Japanese for locale ja', () => {
    const { changes } = plan({ results: [result()], settings: { locale: 'ja' } });
    const create = write(changes[0], 'create');
    expect(create?.title).toBe('[P1] backend: ヘルスチェック失敗');
    expect(create?.body).toContain('| **障害レベル** | **P1**（緊急: サービス全停止）: 即時対応 |');
    expect(create?.body).toContain('| **発生時刻** | 2025-10-21 10:00 JST（継続 5分） |');
    const recovered = plan({ issues: [issue()], results: [result({ status: 'pass', startedAt: at(90) })], settings: { locale: 'ja' } });
    expect(write(recovered.changes[0], 'comment')?.body).toContain('✅ 復旧しました（expected status 200, got 502）。ダウンタイム: **1時間30分**');
  });
});
