import { z } from 'zod';
import { Severity } from '../schemas/result.ts';
import { backupSourceValue, byteSizeValue, expectTableValue, innerPathValue, percentValue, VERIFY_KINDS, type VerifyKind, type VerifyStep } from '../backup-values.ts';
import { DURATION_MAX, durationValue, headerNameValue, headerValueValue, httpUrlValue, jsonObjectValue, rateValue, statusSpecValue, type Parsed } from '../values.ts';
import { parsed } from './parsed.ts';
import { patternValue } from './pattern.ts';
import { HostsConfig } from './status.ts';


export const duration = (max: number = DURATION_MAX.any) => parsed((t) => durationValue(t, { max }));

/** Names and values Node can send; a value is checked again once its `${VAR}`s are filled in. */
const headers = z.record(z.string(), z.string()).superRefine((record, ctx) => {
  for (const [name, value] of Object.entries(record)) {
    const problem = [headerNameValue(name), headerValueValue(value)].find((r) => !r.ok);
    if (problem && !problem.ok) ctx.addIssue({ code: 'custom', path: [name], message: problem.expected });
  }
});

/** A mapping, or the same as a JSON string. */
const jsonObject = z.unknown().transform((raw, ctx) => {
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) return raw as Record<string, unknown>;
  const result = typeof raw === 'string' ? jsonObjectValue(raw) : { ok: false as const, expected: 'expected a mapping like { status: healthy } or a JSON object string' };
  if (result.ok) return result.value;
  ctx.addIssue({ code: 'custom', message: result.expected });
  return z.NEVER;
});
const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an environment variable name');

export const HealthCheckConfig = z.strictObject({
  url: parsed((text): Parsed<string> => {
    const result = httpUrlValue(text);
    return result.ok ? { ok: true, value: result.value.href } : result;
  }),
  name: z.string().optional(),
  method: z.enum(['GET', 'HEAD', 'POST']).default('GET'),
  headers: headers.optional(),
  /** Name of an environment variable holding `user:password` (never the secret itself). */
  'basic-auth-env': envName.optional(),
  body: z.string().optional(),
  expect: z
    .strictObject({
      status: parsed(statusSpecValue).optional(),
      json: jsonObject.optional(),
      body: parsed(patternValue).optional(),
    })
    .optional(),
  timeout: duration(DURATION_MAX.request).optional(),
  retries: z.int().min(0).max(10).optional(),
  samples: z.int().min(1).max(1000).optional(),
  'max-p95': duration(DURATION_MAX.request).optional(),
  'max-error-rate': parsed(rateValue).optional(),
  severity: Severity.optional(),
  runbook: z.string().optional(),
});
export type HealthCheckConfig = z.infer<typeof HealthCheckConfig>;

/** What every service has, whatever it runs on: its health checks and what to do when they fail. */
const serviceCommon = {
  health: z.array(HealthCheckConfig).default([]),
  runbook: z.string().optional(),
};

const EcsServiceConfig = z.strictObject({
  platform: z.literal('ecs'),
  region: z.string().optional(),
  cluster: z.string().optional(),
  /** The ECS service name; the config key when absent. */
  service: z.string().optional(),
  /** A one-off task run with the new revision before the service is updated; it must exit 0. */
  migrate: z.strictObject({ command: z.array(z.string()).min(1), container: z.string().min(1).optional() }).optional(),
  /** The containers that take a new image or image tag; sidecars not listed keep theirs. Default: all of them. */
  containers: z.array(z.string().min(1)).min(1).optional(),
  ...serviceCommon,
});

const CloudRunServiceConfig = z.strictObject({
  platform: z.literal('cloud-run'),
  project: z.string().optional(),
  region: z.string().optional(),
  service: z.string().optional(),
  /** A Cloud Run job execution with the new image before traffic moves (`job`: `<service>-migrate` when absent); it must succeed. */
  migrate: z.strictObject({ command: z.array(z.string()).min(1), job: z.string().min(1).optional() }).optional(),
  ...serviceCommon,
});

/** A host of its own (runbook 001's VM, runbook 003's docker compose host): health checks only. */
const VmServiceConfig = z.strictObject({ platform: z.literal('vm'), ...serviceCommon });

const SERVICE_PLATFORMS = ['ecs', 'cloud-run', 'vm'] as const;

/**
 * One service, its fields by `platform` (`vm` when absent), so that a field of another platform
 * (`cluster` on a Cloud Run service) is an unknown key.
 */
export const ServiceConfig = z.preprocess(
  (raw) => (raw && typeof raw === 'object' && !Array.isArray(raw) && !('platform' in raw) ? { ...raw, platform: 'vm' } : raw),
  z.discriminatedUnion('platform', [EcsServiceConfig, CloudRunServiceConfig, VmServiceConfig], {
    error: (issue) => (issue.code === 'invalid_union' ? `expected platform ${SERVICE_PLATFORMS.join(', ')} or none (vm)` : undefined),
  }),
);
export type ServiceConfig = z.infer<typeof ServiceConfig>;

const keyBits = z.int().min(128).max(16384);

export const CertConfig = z
  .strictObject({
    /** `example.com`, `example.com:8443` or an https:// URL (its syntax is checked where the certs are planned). */
    host: z.string().min(1),
    /** Wins over a port written in `host`; 443 when neither says. */
    port: z.int().min(1).max(65535).optional(),
    /** The name sent as SNI and checked against the certificate (e.g. when `host` is an address). */
    servername: z.string().min(1).optional(),
    /** Both default to the action's `warn-days` and `critical-days` inputs. */
    'warn-days': z.int().min(0).max(3650).optional(),
    'critical-days': z.int().min(0).max(3650).optional(),
    /** RSA bits (`3072`; EC keeps 256), or per family: `{ rsa: 3072, ec: 384 }`. */
    'min-key-bits': z
      .union([keyBits, z.strictObject({ rsa: keyBits.optional(), ec: keyBits.optional() })], { error: 'expected RSA bits like 2048, or per family like { rsa: 3072, ec: 384 }' })
      .optional(),
    /** Replaces the computed severity of a failing check. */
    severity: Severity.optional(),
    runbook: z.string().optional(),
  })
  .superRefine((c, ctx) => {
    if (c['warn-days'] !== undefined && c['critical-days'] !== undefined && c['warn-days'] < c['critical-days']) {
      ctx.addIssue({ code: 'custom', path: ['warn-days'], message: `expected at least critical-days (${c['critical-days']}), got ${c['warn-days']}` });
    }
  });
export type CertConfig = z.infer<typeof CertConfig>;

const innerPath = parsed(innerPathValue);

/** `{ local: /backups/x }`, or the same as one text: `/backups/x`, `local:/backups/x`. */
const backupSource = z.union([z.string(), z.strictObject({ local: z.string() })]).transform((raw, ctx) => {
  const result = backupSourceValue(typeof raw === 'string' ? raw : `local:${raw.local}`);
  if (result.ok) return result.value;
  ctx.addIssue({ code: 'custom', message: result.expected });
  return z.NEVER;
});

/** `gzip`, `{ sqlite: app.db }`, `{ pgdump: db.sql }`, `{ pgdump: null }` (the backup itself). */
const verifyStep = z.union([z.enum(VERIFY_KINDS), z.partialRecord(z.enum(VERIFY_KINDS), innerPath.nullable())]).transform((raw, ctx): VerifyStep => {
  if (typeof raw === 'string') return { kind: raw };
  const entries = Object.entries(raw);
  const [first] = entries;
  if (entries.length !== 1 || !first) {
    ctx.addIssue({ code: 'custom', message: 'expected one check per entry, like gzip or { sqlite: app.db }' });
    return z.NEVER;
  }
  const kind = first[0] as VerifyKind;
  return first[1] === null || first[1] === undefined ? { kind } : { kind, path: first[1] };
});

export const BackupConfig = z.strictObject({
  /** The id in results and incidents; defaults to the source's last path part. */
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected a name of letters, digits, dots, dashes and underscores').optional(),
  source: backupSource,
  /** A glob for the entries that are backups, with an optional `{date}` token. */
  pattern: z.string().min(1).optional(),
  'max-age': duration().optional(),
  'min-count': z.int().min(0).max(100_000).optional(),
  /** A non-empty backup in each UTC day of the window. */
  window: duration().optional(),
  history: z.int().min(1).max(1000).optional(),
  'max-shrink': parsed((t) => percentValue(t, 100)).optional(),
  'max-growth': parsed((t) => percentValue(t, 100_000)).optional(),
  'min-delta': parsed(byteSizeValue).optional(),
  require: z.array(innerPath).optional(),
  'env-keys': z.array(envName).optional(),
  verify: z.array(verifyStep).optional(),
  'sqlite-check': z.enum(['quick', 'integrity']).optional(),
  /** Restore the newest dump into a scratch database on the `restore-database-url` server. */
  restore: z.boolean().optional(),
  'expect-tables': z.array(parsed(expectTableValue)).optional(),
  severity: Severity.optional(),
  runbook: z.string().optional(),
});
export type BackupConfig = z.infer<typeof BackupConfig>;

const perSeverity = <T extends z.ZodType>(value: T) =>
  z.strictObject({ P1: value.optional(), P2: value.optional(), P3: value.optional(), P4: value.optional() });

const githubLogin = z.string().regex(/^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'expected a GitHub user login like octocat');
/** A user (`cto`) or a team (`acme/infra`) to @-mention. */
const githubMention = z.string().regex(/^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/, 'expected a GitHub user like cto or a team like acme/infra');
const labelName = z.string().min(1).max(50);

// No defaults here: each key an environment's `incidents:` sets replaces the top-level key whole,
// so an absent key must stay absent. The defaults live in @runbook/incidents (settings.ts).
export const IncidentsConfig = z.strictObject({
  /** Assigned when an incident of that severity is opened (or reaches it). */
  assignees: perSeverity(z.array(githubLogin)).optional(),
  /** When an incident of that severity is still open `after` its first failure: mention once and assign. */
  escalate: perSeverity(
    z.strictObject({ after: duration(), mention: z.array(githubMention).default([]), assignees: z.array(githubLogin).default([]) }),
  ).optional(),
  /** Warnings open issues only at this severity or more severe (failures always do). */
  'warn-min-severity': Severity.optional(),
  /** A failure this soon after its incident was closed reopens it instead of opening a new one. */
  'reopen-within': duration().optional(),
  /** Extra labels on every incident issue. */
  labels: z.array(labelName).optional(),
});
export type IncidentsConfig = z.infer<typeof IncidentsConfig>;

export const EnvironmentConfig = z.strictObject({
  services: z.record(z.string(), ServiceConfig).default({}),
  certs: z.array(CertConfig).default([]),
  backups: z.array(BackupConfig).default([]),
  incidents: IncidentsConfig.optional(),
  /** status-check: the machines a self-hosted runner checks from the inside. */
  hosts: HostsConfig.default({}),
});
export type EnvironmentConfig = z.infer<typeof EnvironmentConfig>;

export const RunbookConfig = z.strictObject({
  version: z.literal(1),
  locale: z.enum(['en', 'ja']).default('en'),
  incidents: IncidentsConfig.optional(),
  environments: z.record(z.string(), EnvironmentConfig),
});
export type RunbookConfig = z.infer<typeof RunbookConfig>;
