import { CLUSTER } from './ecs-api.ts';
import { writeProductionConfig } from './runbook-config.ts';

export const BACKEND = 'production-keiba-backend';
export const FRONTEND = 'production-keiba-frontend';

export interface EcsConfigOptions {
  /** Health check lines (YAML, indented for a `health:` list item) per service key. */
  backendHealth: string;
  frontendHealth?: string;
  /** Extra YAML lines for the backend service. */
  backendExtra?: string;
}

const healthBlock = (check: string | undefined) => (check ? `        health:\n${check}` : '');

/** `.github/runbook.yml` with a production backend and frontend on the ECS double's cluster. */
export function writeEcsConfig(o: EcsConfigOptions): string {
  return writeProductionConfig(
    `      backend:
        platform: ecs
        region: ap-northeast-1
        cluster: ${CLUSTER}
        service: ${BACKEND}
        containers: [app]
${healthBlock(o.backendHealth)}${o.backendExtra ?? ''}      frontend:
        platform: ecs
        region: ap-northeast-1
        cluster: ${CLUSTER}
        service: ${FRONTEND}
${healthBlock(o.frontendHealth)}`,
  );
}

/** One health check list item pointing at `url`, without retries. */
export const healthCheck = (url: string, extra = '') => `          - url: ${url}\n${extra}            retries: 0\n`;
