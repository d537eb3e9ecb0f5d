import type { FakeCloudRun, ServiceSeed } from './cloud-run-api.ts';
import { writeProductionConfig } from './runbook-config.ts';

/** An image of the `sagebase` app in the double's default project. */
export const IMAGE = (tag: string) => `asia-northeast1-docker.pkg.dev/sagebase-prod/app/sagebase:${tag}`;

/** The `sagebase` service: two Ready revisions, the newer one serving. */
export const sagebase = (extra: Partial<ServiceSeed> = {}): ServiceSeed => ({
  name: 'sagebase',
  revisions: [
    { name: 'sagebase-00040-abc', image: IMAGE('v40') },
    { name: 'sagebase-00041-xyz', image: IMAGE('v41'), env: { MODE: 'prod' } },
  ],
  ...extra,
});

export interface CloudRunConfigOptions {
  /** The Cloud Run service, when it is not named as the config's key `sagebase`. */
  service?: string;
  /** Extra YAML lines for the service, before its health checks. */
  extra?: string;
  /** Health check list items (YAML, indented for a `health:` list). */
  health: string;
}

/** `.github/runbook.yml` with a production `sagebase` service on the Cloud Run double's project and region. */
export function writeCloudRunConfig(cr: FakeCloudRun, o: CloudRunConfigOptions): string {
  return writeProductionConfig(
    `      sagebase:
        platform: cloud-run
        project: ${cr.project}
        region: ${cr.region}
${o.service ? `        service: ${o.service}\n` : ''}${o.extra ?? ''}        health:
${o.health}`,
  );
}
