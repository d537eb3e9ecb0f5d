import { checkActionInputs } from './common.ts';
import type { ActionDefinition } from './definition.ts';

export const STATUS_CHECK: ActionDefinition = {
  name: 'status-check',
  title: 'runbook status-check',
  description:
    "The morning inspection: ECS services' status (running vs desired, stuck rollouts, troubling events) and the runner's own machine: disk, memory, systemd units, docker compose services, log sizes, error lines, the access log's error rate and p95.",
  branding: { icon: 'activity', color: 'green' },
  inputs: {
    checks: {
      description:
        'Which checks run, comma- or line-separated: `host` (this machine), `status` (the platform status of ECS services), `logs` (their CloudWatch Logs error lines) and `metrics` (their CPU and memory in CloudWatch). By default: `status` for the `service` input or the ECS services of `environment`, `host` for the `hosts:` of `environment`, or this machine when neither `config` nor `service` is given.',
      shownDefault: 'what is given',
      type: 'text',
    },
    platform: { description: 'The platform of the inline `service`; `ecs` (Cloud Run is planned).', default: 'ecs', type: 'choice', values: ['ecs', 'cloud-run'] },
    cluster: { description: 'The ECS cluster of the inline `service` (and of config services without their own `cluster`).', type: 'text' },
    service: { description: 'One ECS service to check the status of, by its ECS name (with `cluster`); the config\'s services are checked without it.', type: 'text' },
    region: { description: 'AWS region of the ECS calls; defaults to the config service\'s `region`, else `AWS_REGION`.', shownDefault: 'config, else `AWS_REGION`', type: 'text' },
    'log-filter': {
      description: 'The CloudWatch Logs filter pattern of error lines (`checks: logs`), counted within `window` against `max-errors`.',
      default: '?ERROR ?CRITICAL ?FATAL',
      type: 'text',
    },
    'max-cpu': { description: 'The highest acceptable ECS CPUUtilization (5-minute average, `checks: metrics`) within `window`; over it fails (P3).', default: '80', type: 'integer' },
    'max-memory': { description: 'The highest acceptable ECS MemoryUtilization (5-minute average) within `window`; over it fails (P3).', default: '85', type: 'integer' },
    'max-rollout': { description: 'A deployment IN_PROGRESS for longer than this is stuck (P2).', default: '30m', type: 'duration' },
    'disk-paths': { description: 'Mount points whose disk usage to check, one per line (like `df -h /`).', default: '/', type: 'lines', cli: { alias: 'disk-path' } },
    'disk-warn': { description: 'Disk usage at or above this percentage is a warning (P4).', default: '80', type: 'integer' },
    'disk-critical': { description: 'Disk usage at or above this percentage fails (P2). Must not be below `disk-warn`.', default: '90', type: 'integer' },
    'memory-warn': { description: 'Memory in use (total minus MemAvailable, as `free` shows it) at or above this percentage is a warning (P4).', default: '80', type: 'integer' },
    'memory-critical': { description: 'Memory in use at or above this percentage fails (P2). Must not be below `memory-warn`.', default: '90', type: 'integer' },
    'systemd-units': {
      description: 'systemd units that must be active, one per line (e.g. `estimator`, `httpd`); one not active fails (P1). Without systemd the check says it could not decide.',
      type: 'lines',
      cli: { alias: 'systemd-unit' },
    },
    'compose-file': {
      description: 'A docker compose file whose services must be running and healthy (`docker compose ps`); stopped is P1, unhealthy P2. Without docker the check says it could not decide.',
      type: 'path',
    },
    'log-files': {
      description: 'Log files, or directories of them, that must not grow over `max-log-size`, one per line; a bigger one is a warning (P4).',
      type: 'lines',
      cli: { alias: 'log-file' },
    },
    'max-log-size': { description: 'The largest a log file may be, e.g. `100MB` or `100M` (MiB, as `ls -lh` prints it).', default: '100MB', type: 'text' },
    'error-logs': {
      description: 'Log files whose error lines (`error`, `crit`, `fatal`, `emerg`, `panic`) within `window` are counted, one per line; over `max-errors` fails (P3).',
      type: 'lines',
      cli: { alias: 'error-log' },
    },
    'max-errors': { description: 'How many error lines within `window` (in each of `error-logs`, or each CloudWatch log group) are still a pass.', default: '0', type: 'integer' },
    'access-log': {
      description:
        "An Apache (`%D` last) or nginx (`$request_time` last) access log in the common or combined format: the window's requests, 5xx rate and p95, read as a stream.",
      type: 'path',
    },
    'max-error-rate': { description: "The highest acceptable share of 5xx responses within `window` (the access log's, and an ECS service's ALB target group's with `checks: metrics`), e.g. `1%`; over it fails (P3).", default: '1%', type: 'text' },
    'max-p95': { description: "The slowest acceptable p95 response time within `window` (the access log's, and the ALB target group's); over it fails (P3).", default: '3s', type: 'duration' },
    window: { description: 'How far back error lines, access log lines and ECS service events count (e.g. `24h`; up to 31 days).', default: '24h', type: 'duration' },
    runbook: { description: 'What the on-call engineer should do when a check fails (text or a link), instead of the steps of runbooks 001 and 003.', type: 'text' },
    config: { description: 'Path to the runbook config file. With `environment`, its `hosts:` (each with its own values over these inputs) and its ECS services are checked.', type: 'path' },
    environment: { description: 'Environment in the config file to check; also the first part of result ids (`default` without a config).', type: 'text' },
    ...checkActionInputs('When the step fails, `fail` (a check failed or could not decide), `warn` (a check failed or warned) or `never`.'),
  },
  outputs: {
    status: { description: '`pass`, `warn`, `fail`, or `undecided` when no check is known bad but one could not decide (a missing tool or permission).' },
    results: {
      description:
        'JSON array of results, one per check (ECS service, disk per path, memory, unit, compose service, log file, access log); the evidence holds what was measured, the thresholds, and `undecided: true` when the check could not tell.',
    },
    failed: { description: 'How many checks failed (including those that could not decide).' },
  },
};
