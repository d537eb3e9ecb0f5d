import type { CompletedRun, WorkflowStatus } from '@runbook/incidents';
import { describe, expect, it } from 'vitest';
import type { WatchdogRequest } from './plan.ts';
import { silenceValue, workflowFileValue } from './plan.ts';
import { watchdogResults } from './verdict.ts';

const NOW = new Date('2025-10-22T03:00:00Z');
const request: WatchdogRequest = { workflows: ['nightly.yml'], maxSilenceMs: 26 * 3_600_000, repository: 'acme/ops', serverUrl: 'https://github.com', locale: 'en', environment: 'default' };
const hoursAgo = (h: number): string => new Date(NOW.getTime() - h * 3_600_000).toISOString();
const run = (h: number, conclusion = 'success'): CompletedRun => ({ id: h, url: `https://github.com/acme/ops/actions/runs/${h}`, event: 'schedule', conclusion, createdAt: hoursAgo(h + 0.1), updatedAt: hoursAgo(h) });
const active = (runs: CompletedRun[], createdHoursAgo = 24 * 90, state = 'active'): WorkflowStatus => ({ file: 'nightly.yml', found: true, name: 'nightly', state, createdAt: hoursAgo(createdHoursAgo), url: '', runs });
const one = (status: WorkflowStatus, req = request) => watchdogResults([status], req, NOW)[0];

describe('watchdogResults', () => {
  it('passes a run within max-silence and fails one just past it, as P2 with the steps', () => {
    expect(one(active([run(25.9)]))?.status).toBe('pass');
    const late = one(active([run(26.1)]));
    expect([late?.status, late?.severity, late?.id]).toEqual(['fail', 'P2', 'watchdog:default/acme/ops/nightly.yml']);
    expect(late?.summary).toMatch(/^no completed run for 1d 2h, over max-silence 1d 2h/);
    expect(late?.runbook).toContain('`gh workflow run nightly.yml --repo acme/ops`');
    expect(late?.evidence['last run url']).toBe('https://github.com/acme/ops/actions/runs/26.1');
  });

  it('does not count cancelled, skipped or unstarted runs as runs, and says what they were', () => {
    const result = one(active([run(1, 'cancelled'), run(2, 'startup_failure'), run(30)]));
    expect(result?.status).toBe('fail');
    expect(result?.summary).toContain('the 2 newer completed run(s) did not run its jobs (cancelled ×1, startup_failure ×1)');
    expect(one(active([run(1, 'failure')]))?.status).toBe('pass');
  });

  it('gives a new workflow until max-silence for its first run, then fails it', () => {
    expect(one(active([], 2))?.status).toBe('pass');
    const never = one(active([], 48));
    expect([never?.status, never?.summary]).toEqual(['fail', 'it has never completed a run, and it was added 2d ago (max-silence 1d 2h)']);
  });

  it('fails a disabled workflow even with a recent run, and explains the 60-day rule in en and ja', () => {
    const result = one(active([run(1)], 24 * 90, 'disabled_inactivity'));
    expect([result?.status, result?.evidence.state]).toEqual(['fail', 'disabled_inactivity']);
    expect(result?.summary).toMatch(/^disabled by GitHub after 60 days without activity/);
    expect(result?.runbook).toContain('`gh workflow enable nightly.yml --repo acme/ops`');
    expect(result?.runbook).toContain('60 days');
    expect(one(active([run(1)], 24 * 90, 'disabled_inactivity'), { ...request, locale: 'ja' })?.runbook).toContain('60日間');
    expect(one(active([run(1)], 24 * 90, 'disabled_manually'))?.runbook).toContain('Someone disabled it');
  });

  it('fails a missing file, and a workflow GitHub could not be read for as undecided P3', () => {
    expect(one({ file: 'nightly.yml', found: false })?.summary).toBe('acme/ops has no .github/workflows/nightly.yml (renamed or deleted?)');
    const unread = one({ file: 'nightly.yml', found: undefined, reason: 'GitHub API GET … answered 503' });
    expect([unread?.status, unread?.severity, unread?.evidence.undecided]).toEqual(['fail', 'P3', true]);
  });
});

describe('inputs', () => {
  it('reads max-silence from 5m to 93d', () => {
    expect(silenceValue('26h')).toEqual({ ok: true, value: 26 * 3_600_000 });
    for (const bad of ['1m', '100d', 'soon']) expect(silenceValue(bad).ok).toBe(false);
  });

  it('takes workflow file names, with or without their directory', () => {
    expect(workflowFileValue('.github/workflows/nightly.yml')).toEqual({ ok: true, value: 'nightly.yml' });
    expect(workflowFileValue('nightly').ok).toBe(false);
  });
});
