import { z } from 'zod';
import { CHECK_KINDS, FAIL_ON, SEVERITIES, STATUSES } from '../result.ts';

export const Status = z.enum(STATUSES);
export const Severity = z.enum(SEVERITIES);
export const CheckKind = z.enum(CHECK_KINDS);
export const FailOn = z.enum(FAIL_ON);

/** One row of evidence: a label and what was observed. */
export const Evidence = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

export const CheckResult = z.object({
  /** Stable across runs; incidents are keyed by it. */
  id: z.string().min(1),
  kind: CheckKind,
  /** The service or host the check belongs to, for titles and grouping. */
  subject: z.string(),
  target: z.string(),
  status: Status,
  severity: Severity.optional(),
  summary: z.string(),
  evidence: Evidence,
  /** Where the on-call engineer should look first: a runbook link or steps. */
  runbook: z.string().optional(),
  startedAt: z.string(),
  durationMs: z.number().nonnegative(),
});

export const CheckResults = z.array(CheckResult);
