import type { DeployOperation, Operation, ServiceTarget } from '../driver.ts';

/** One Cloud Run service to deploy or roll back, resolved from a config key or a service name. */
export interface CloudRunServiceTarget extends ServiceTarget {
  platform: 'cloud-run';
  project: string;
  /** A GCP region (`asia-northeast1`). */
  region: string;
  service: string;
  /** Where the project, region and service were given (`input "project"` or a config path), for messages. */
  origin: { project: string; region: string; service: string };
  /** A Cloud Run job run with the new image before traffic moves; `job` defaults to `<service>-migrate`. */
  migrate?: { command: string[]; job?: string; origin: string };
}

/** `projects/p/locations/l/services/s` */
export const servicePath = (t: Pick<CloudRunServiceTarget, 'project' | 'region' | 'service'>): string => `projects/${t.project}/locations/${t.region}/services/${t.service}`;

/** `projects/p/locations/l` */
export const locationPath = (t: Pick<CloudRunServiceTarget, 'project' | 'region'>): string => `projects/${t.project}/locations/${t.region}`;

export interface EnvVar {
  name: string;
  value: string;
}

export interface CloudRunDeployPlan extends DeployOperation<CloudRunServiceTarget> {
  /** The Admin API's base URL; Google's when absent. An `http://` one is used without credentials. */
  apiEndpoint?: string;
  /** The new image of the service's first container; the current one (only env or traffic changes) when absent. */
  image?: string;
  /** Merged into the container's env by name. */
  env: EnvVar[];
  /** A tag for the new revision (its own URL). */
  tag?: string;
  /** The new revision gets no traffic until its tag URL passed the smoke checks; needs `tag`. */
  noTraffic: boolean;
  /** The new revision's share (1–100); absent: LATEST 100 %. */
  trafficPercent?: number;
  /** The new revision is `<service>-<suffix>`; derived from time and image when absent. */
  revisionSuffix?: string;
}

export type CloudRunRollbackTo = { kind: 'previous' } | { kind: 'revision'; revision: string };

export interface CloudRunRollbackPlan extends Operation<CloudRunServiceTarget> {
  apiEndpoint?: string;
  to: CloudRunRollbackTo;
}
