import { z } from 'zod';
import { Severity } from '../schemas/result.ts';
import { durationValue, httpUrlValue, jsonObjectValue, rateValue, regexValue, statusSpecValue, type Parsed } from '../values.ts';

/** A string field checked by one of the shared value parsers. */
function parsed<T>(parse: (text: string) => Parsed<T>) {
  return z.union([z.string(), z.number()]).transform((raw, ctx) => {
    const result = parse(String(raw));
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.expected });
    return z.NEVER;
  });
}

export const duration = () => parsed((t) => durationValue(t));
const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an environment variable name');

export const HealthCheckConfig = z.strictObject({
  url: z.string().transform((raw, ctx) => {
    const result = httpUrlValue(raw);
    if (result.ok) return result.value.href;
    ctx.addIssue({ code: 'custom', message: result.expected });
    return z.NEVER;
  }),
  name: z.string().optional(),
  method: z.enum(['GET', 'HEAD', 'POST']).default('GET'),
  headers: z.record(z.string(), z.string()).optional(),
  /** Name of an environment variable holding `user:password` (never the secret itself). */
  'basic-auth-env': envName.optional(),
  body: z.string().optional(),
  expect: z
    .strictObject({
      status: parsed(statusSpecValue).optional(),
      json: z.union([z.record(z.string(), z.unknown()), z.string().transform((t, ctx) => {
        const r = jsonObjectValue(t);
        if (r.ok) return r.value;
        ctx.addIssue({ code: 'custom', message: r.expected });
        return z.NEVER;
      })]).optional(),
      body: parsed(regexValue).optional(),
    })
    .optional(),
  timeout: duration().optional(),
  retries: z.int().min(0).max(10).optional(),
  samples: z.int().min(1).max(1000).optional(),
  'max-p95': duration().optional(),
  'max-error-rate': parsed(rateValue).optional(),
  severity: Severity.optional(),
  runbook: z.string().optional(),
});
export type HealthCheckConfig = z.infer<typeof HealthCheckConfig>;

export const ServiceConfig = z.strictObject({
  platform: z.enum(['ecs', 'cloud-run', 'vm']).default('vm'),
  region: z.string().optional(),
  cluster: z.string().optional(),
  service: z.string().optional(),
  project: z.string().optional(),
  migrate: z.strictObject({ command: z.array(z.string()).min(1), container: z.string().optional() }).optional(),
  health: z.array(HealthCheckConfig).default([]),
  runbook: z.string().optional(),
});
export type ServiceConfig = z.infer<typeof ServiceConfig>;

export const CertConfig = z
  .strictObject({
    host: z.string().min(1),
    port: z.int().min(1).max(65535).optional(),
    servername: z.string().optional(),
    'warn-days': z.number().min(0).default(30),
    'critical-days': z.number().min(0).default(7),
    'min-key-bits': z.int().min(256).optional(),
    severity: Severity.optional(),
    runbook: z.string().optional(),
  })
  .refine((c) => c['warn-days'] >= c['critical-days'], { message: 'warn-days must be at least critical-days', path: ['warn-days'] });
export type CertConfig = z.infer<typeof CertConfig>;

const perSeverity = <T extends z.ZodType>(value: T) =>
  z.strictObject({ P1: value.optional(), P2: value.optional(), P3: value.optional(), P4: value.optional() });

export const IncidentsConfig = z.strictObject({
  assignees: perSeverity(z.array(z.string())).default({}),
  escalate: perSeverity(
    z.strictObject({ after: duration(), mention: z.array(z.string()).default([]), assignees: z.array(z.string()).default([]) }),
  ).default({}),
  /** Warnings open issues only at this severity or more severe. */
  'warn-min-severity': Severity.default('P3'),
  /** A failure this soon after an incident closed reopens it instead of opening a new one. */
  'reopen-within': duration().default(86_400_000),
  labels: z.array(z.string()).default([]),
});
export type IncidentsConfig = z.infer<typeof IncidentsConfig>;

export const EnvironmentConfig = z.strictObject({
  services: z.record(z.string(), ServiceConfig).default({}),
  certs: z.array(CertConfig).default([]),
  incidents: IncidentsConfig.optional(),
});
export type EnvironmentConfig = z.infer<typeof EnvironmentConfig>;

export const RunbookConfig = z.strictObject({
  version: z.literal(1),
  locale: z.enum(['en', 'ja']).default('en'),
  incidents: IncidentsConfig.optional(),
  environments: z.record(z.string(), EnvironmentConfig),
});
export type RunbookConfig = z.infer<typeof RunbookConfig>;
