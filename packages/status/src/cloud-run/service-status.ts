import type { Severity } from '@runbook/core';
import { conditionState, shortName } from '@runbook/platforms/cloud-run-state';
import type { Verdict } from '../verdict.ts';

/** What of a Cloud Run v2 Service (and of the Revisions that serve it) is judged; enums as names or numbers. */
export interface RunCondition {
  type?: string | null;
  state?: string | number | null;
  reason?: string | number | null;
  revisionReason?: string | number | null;
  message?: string | null;
  lastTransitionTime?: unknown;
}
export interface RunService {
  name?: string | null;
  terminalCondition?: RunCondition | null;
  conditions?: RunCondition[] | null;
  latestReadyRevision?: string | null;
  latestCreatedRevision?: string | null;
  trafficStatuses?: { type?: string | number | null; revision?: string | null; percent?: number | null }[] | null;
  reconciling?: boolean | null;
}

const stateOf = (c: RunCondition | null | undefined): string => conditionState(c?.state ?? undefined);

/** The revisions that take traffic, with their share; a LATEST entry without a revision is the latest ready one. */
export function servingRevisions(service: RunService): { revision: string; percent: number }[] {
  return (service.trafficStatuses ?? [])
    .filter((t) => (t.percent ?? 0) > 0)
    .map((t) => ({ revision: shortName(t.revision || service.latestReadyRevision), percent: t.percent ?? 0 }));
}

const conditionText = (c: RunCondition): string => `${c.type ?? 'condition'} ${stateOf(c)}${c.reason || c.revisionReason ? ` (${String(c.reason || c.revisionReason)})` : ''}${c.message ? `: ${c.message}` : ''}`;

interface Finding {
  severity: Severity;
  outcome: 'fail' | 'warn';
  message: string;
}

/**
 * Runbook 004's `gcloud run services describe … status.conditions` must be True, read from the v2
 * API: the terminal condition succeeded, the newest revision is the ready one, and traffic goes
 * only to Ready revisions. `ready`: whether each serving revision other than the latest ready one
 * is Ready (from its own conditions).
 */
export function cloudRunVerdict(service: RunService, ready: ReadonlyMap<string, RunCondition | undefined>): Verdict {
  const terminal = service.terminalCondition ?? undefined;
  const state = stateOf(terminal);
  const latestReady = shortName(service.latestReadyRevision);
  const latestCreated = shortName(service.latestCreatedRevision);
  const serving = servingRevisions(service);
  const failing = [terminal, ...(service.conditions ?? [])].filter((c): c is RunCondition => !!c && stateOf(c) === 'CONDITION_FAILED');
  const findings: Finding[] = [];
  const reconciling = service.reconciling === true || state === 'CONDITION_RECONCILING' || state === 'CONDITION_PENDING';

  if (state === 'CONDITION_FAILED') findings.push({ severity: 'P1', outcome: 'fail', message: `the service is not Ready: ${conditionText(terminal ?? {})}` });
  else if (state !== 'CONDITION_SUCCEEDED') findings.push(reconciling ? { severity: 'P4', outcome: 'warn', message: `a rollout is under way (${state})` } : { severity: 'P1', outcome: 'fail', message: `the service is not Ready (${state})` });
  if (latestCreated && latestCreated !== latestReady && !reconciling) {
    findings.push({ severity: 'P2', outcome: 'fail', message: `the newest revision ${latestCreated} is not ready; ${latestReady || 'no revision'} is the latest ready one` });
  }
  const notReady = serving.filter((s) => s.revision !== latestReady && stateOf(ready.get(s.revision)) !== 'CONDITION_SUCCEEDED');
  const lost = notReady.reduce((sum, s) => sum + s.percent, 0);
  if (serving.length === 0) findings.push({ severity: 'P1', outcome: 'fail', message: 'no revision takes any traffic' });
  else if (notReady.length > 0) {
    findings.push({ severity: lost >= 100 ? 'P1' : 'P2', outcome: 'fail', message: `${lost}% of the traffic goes to revisions that are not Ready: ${notReady.map((s) => `${s.revision} ${s.percent}%`).join(', ')}` });
  }
  const evidence = {
    ready: state,
    reason: terminal?.reason || terminal?.revisionReason ? String(terminal.reason || terminal.revisionReason) : null,
    message: terminal?.message ?? null,
    'latest ready revision': latestReady || null,
    'latest created revision': latestCreated || null,
    traffic: serving.map((s) => `${s.revision} ${s.percent}%`).join(', ') || null,
    reconciling: service.reconciling === true,
    events: failing.map(conditionText).join('\n') || null,
  };
  const order: Record<Severity, number> = { P1: 1, P2: 2, P3: 3, P4: 4 };
  const [worst] = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  if (!worst) return { outcome: 'pass', summary: `Ready, latest revision ${latestReady}; traffic: ${evidence.traffic}`, evidence };
  return { outcome: findings.some((f) => f.outcome === 'fail') ? 'fail' : 'warn', severity: worst.severity, summary: findings.map((f) => f.message).join('; '), evidence };
}
