import { undecidedMark, UNDECIDED_PREFIX, type CheckResult, type Evidence, type Severity, type Status } from '@runbook/core';

/**
 * What one check found, before it becomes a result. `undecided`: the check could not tell (a tool
 * or a permission missing, an unreadable file). It is reported as a failure, never a pass, with
 * `undecided: true` in the evidence (core's one marker, as backup-verify has it), so that a blind check opens an incident instead of going quiet.
 */
export interface Verdict {
  outcome: 'pass' | 'warn' | 'fail' | 'undecided';
  severity?: Severity;
  summary: string;
  evidence: Evidence;
}

/** The check a verdict belongs to: its stable id and where it looked. */
export interface CheckSpec {
  id: string;
  subject: string;
  target: string;
  /** Replaces the computed severity of a failing result. */
  severity?: Severity;
  /** What to do next when it does not pass. */
  runbook: string;
}

/** A check that could not tell, for the given reason. */
export const undecided = (reason: string, evidence: Evidence = {}): Verdict => ({ outcome: 'undecided', severity: 'P3', summary: `${UNDECIDED_PREFIX}${reason}`, evidence });

const STATUS: Record<Verdict['outcome'], Status> = { pass: 'pass', warn: 'warn', fail: 'fail', undecided: 'fail' };

export function toResult(spec: CheckSpec, verdict: Verdict, startedAt: Date, durationMs: number): CheckResult {
  const status = STATUS[verdict.outcome];
  const severity = status === 'fail' && spec.severity ? spec.severity : status === 'pass' ? undefined : verdict.severity;
  return {
    id: spec.id,
    kind: 'status-check',
    subject: spec.subject,
    target: spec.target,
    status,
    ...(severity ? { severity } : {}),
    summary: verdict.summary,
    evidence: { ...verdict.evidence, ...undecidedMark(verdict.outcome === 'undecided') },
    ...(status === 'pass' ? {} : { runbook: spec.runbook }),
    startedAt: startedAt.toISOString(),
    durationMs,
  };
}

/** A usage level against warning and critical thresholds (both percentages; at or above counts). */
export function usageVerdict(what: string, usedPercent: number, warn: number, critical: number, evidence: Evidence): Verdict {
  const used = `${what} ${usedPercent.toFixed(1)}% used`;
  if (usedPercent >= critical) return { outcome: 'fail', severity: 'P2', summary: `${used}, at or above the critical ${critical}%`, evidence };
  if (usedPercent >= warn) return { outcome: 'warn', severity: 'P4', summary: `${used}, at or above the warning ${warn}%`, evidence };
  return { outcome: 'pass', summary: `${used} (warn at ${warn}%, critical at ${critical}%)`, evidence };
}
