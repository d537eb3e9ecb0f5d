import type { Severity } from '@runbook/core';
import type { MetricLimits } from '../ecs/ecs-check.ts';
import type { Locale } from '../host/steps.ts';

/** The Google APIs to call instead of Google's own (a local double); an http:// one is called without credentials. */
export interface GcpEndpoints {
  run?: string;
  logging?: string;
  monitoring?: string;
}

/** One Cloud Run service with everything decided. */
export interface CloudRunStatusTarget {
  environment: string;
  /** The service's name in the config (or its Cloud Run name inline): the middle of its result ids. */
  key: string;
  project: string;
  region: string;
  service: string;
  windowMs: number;
  endpoints: GcpEndpoints;
  /** Whether the service's conditions and traffic are judged (`checks: status`). */
  status: boolean;
  /** Its Cloud Logging error entries: `filter` picks them (the resource and the window are always added). */
  logs?: { filter: string; maxErrors: number };
  metrics?: MetricLimits;
  severity?: Severity;
  runbook?: string;
  locale: Locale;
}

/** Runbook 004's `severity>=ERROR`. */
export const DEFAULT_CLOUD_LOGGING_FILTER = 'severity>=ERROR';

export const cloudRunStatusId = (t: Pick<CloudRunStatusTarget, 'environment' | 'key'>): string => `status:${t.environment}/${t.key}/cloud-run`;
