import { z } from 'zod';
import { Severity } from '../schemas/result.ts';
import { logSizeValue, thresholdPairProblem, usagePercentValue } from '../status-values.ts';
import { DURATION_MAX, durationValue, rateValue } from '../values.ts';
import { parsed } from './parsed.ts';

// status-check's part of the config: `hosts:` per environment, the machine a self-hosted runner
// runs on (runbooks 001 and 003). Kept apart from schema.ts so that it grows without touching it.

const percent = parsed(usagePercentValue);
const paths = z.array(z.string().min(1)).min(1);

export const HostConfig = z
  .strictObject({
    /** The machine's host name (`hostname`): on a runner of any other name, its checks could not decide instead of reading the wrong machine. */
    hostname: z.string().min(1).optional(),
    'disk-paths': paths.optional(),
    'disk-warn': percent.optional(),
    'disk-critical': percent.optional(),
    'memory-warn': percent.optional(),
    'memory-critical': percent.optional(),
    'systemd-units': z.array(z.string().regex(/^[\w@:.\\-]+$/, 'expected a unit name like estimator or httpd.service')).min(1).optional(),
    'compose-file': z.string().min(1).optional(),
    'log-files': paths.optional(),
    'max-log-size': parsed(logSizeValue).optional(),
    /** Files, or `journal:UNIT` for a unit's journal. */
    'error-logs': z.array(z.string().min(1).regex(/^(?!journal:)|^journal:[\w@:.\\-]+$/, 'expected a file, or journal:UNIT with a unit name like journal:estimator')).min(1).optional(),
    'max-errors': z.int().min(0).optional(),
    'access-log': z.string().min(1).optional(),
    'max-error-rate': parsed(rateValue).optional(),
    'max-p95': parsed((t) => durationValue(t, { max: DURATION_MAX.request })).optional(),
    window: parsed((t) => durationValue(t, { max: 31 * 86_400_000 })).optional(),
    /** Replaces the computed severity of every failing check of this host. */
    severity: Severity.optional(),
    runbook: z.string().optional(),
  })
  .superRefine((h, ctx) => {
    for (const kind of ['disk', 'memory'] as const) {
      const [warn, critical] = [h[`${kind}-warn`], h[`${kind}-critical`]];
      const problem = warn !== undefined && critical !== undefined ? thresholdPairProblem(warn, critical, `${kind}-warn`, `${kind}-critical`) : undefined;
      if (problem) ctx.addIssue({ code: 'custom', path: [`${kind}-warn`], message: problem });
    }
  });
export type HostConfig = z.infer<typeof HostConfig>;

/** The environment's hosts by name (the name is the middle of their result ids). */
export const HostsConfig = z.record(z.string().regex(/^[\w.-]+$/, 'expected a host name of letters, digits, dots, dashes and underscores'), HostConfig);

// Per service: which of status-check's checks run (`status`, `logs`, `metrics`) and their
// thresholds. Each is `true`, `false` or a mapping of overrides (a mapping means on).

const rolloutDuration = parsed((t) => durationValue(t, { max: DURATION_MAX.waitTimeout }));

const LogsKeys = {
  /** ECS: a CloudWatch Logs filter pattern; Cloud Run: the Cloud Logging clause that picks error entries (`severity>=ERROR`). */
  filter: z.string().min(1).optional(),
  'max-errors': z.int().min(0).optional(),
};
const MetricsKeys = z.strictObject({
  'max-cpu': percent.optional(),
  'max-memory': percent.optional(),
  'max-p95': parsed((t) => durationValue(t, { max: DURATION_MAX.request })).optional(),
  'max-error-rate': parsed(rateValue).optional(),
});

/**
 * `true` (on, the defaults), `false` (off) or the mapping (on, with these values). Not a
 * z.union: its one error would hide which key of the mapping is wrong.
 */
function toggle<T extends z.ZodType<Record<string, unknown>>>(keys: T, what: string) {
  return z.unknown().transform((raw, ctx): z.infer<T> | false => {
    if (raw === false) return false;
    if (raw === true || raw === null) return {} as z.infer<T>;
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      ctx.addIssue({ code: 'custom', message: `expected true, false or a mapping of ${what}` });
      return z.NEVER;
    }
    const result = keys.safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue(issue as Parameters<typeof ctx.addIssue>[0]);
    return z.NEVER;
  });
}

export const EcsStatusKeys = {
  status: toggle(z.strictObject({ 'max-rollout': rolloutDuration.optional() }), 'max-rollout').optional(),
  /** `log-group`: read this CloudWatch log group instead of the task definition's awslogs groups. */
  logs: toggle(z.strictObject({ ...LogsKeys, 'log-group': z.string().min(1).optional() }), 'filter, max-errors, log-group').optional(),
  metrics: toggle(MetricsKeys, 'max-cpu, max-memory, max-p95, max-error-rate').optional(),
};

export const CloudRunStatusKeys = {
  status: toggle(z.strictObject({}), 'nothing (true or false)').optional(),
  logs: toggle(z.strictObject(LogsKeys), 'filter, max-errors').optional(),
  metrics: toggle(MetricsKeys, 'max-cpu, max-memory, max-p95, max-error-rate').optional(),
};

type Inferred<T extends Record<string, z.ZodType>> = { [K in keyof T]?: z.infer<T[K]> };
export type EcsStatusConfig = Inferred<typeof EcsStatusKeys>;
export type CloudRunStatusConfig = Inferred<typeof CloudRunStatusKeys>;
export type ServiceMetricsConfig = z.infer<typeof MetricsKeys>;
