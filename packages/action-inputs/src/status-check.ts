import { checkActionInputs, SHARD_INPUT } from './common.ts';
import type { ActionDefinition } from './definition.ts';

export const STATUS_CHECK: ActionDefinition = {
  name: 'status-check',
  title: 'runbook status-check',
  description:
    "The morning inspection: ECS and Cloud Run services' status (running vs desired, stuck rollouts, troubling events; Ready conditions and traffic), their error logs and metrics, and the runner's own machine: disk, memory, systemd units, docker compose services, log sizes, error lines (files and the journal), the access log's error rate and p95.",
  branding: { icon: 'activity', color: 'green' },
  inputs: {
    checks: {
      description:
        'Which checks run, comma- or line-separated: `host` (this machine), `status` (the platform status of ECS and Cloud Run services), `logs` (their error lines in CloudWatch Logs or Cloud Logging) and `metrics` (CloudWatch or Cloud Monitoring). By default: `status` for the `service` input; for the services of `environment`, those their own `status`, `logs` and `metrics` keys turn on (else `status`); `host` for the `hosts:` of `environment`, or this machine when neither `config` nor `service` is given. When given, it narrows that: a config service with keys runs only the named checks its keys turn on.',
      shownDefault: 'what is given',
      type: 'text',
    },
    platform: { description: 'The platform of the inline `service`: `ecs` (with `cluster`) or `cloud-run` (with `project` and `region`).', default: 'ecs', type: 'choice', values: ['ecs', 'cloud-run'] },
    cluster: { description: 'The ECS cluster of the inline `service` (and of config services without their own `cluster`).', type: 'text' },
    service: { description: 'One service to check, by its ECS or Cloud Run name (with `cluster`, or `platform: cloud-run` and `project`); the config\'s services are checked without it.', type: 'text' },
    region: { description: 'AWS region of the ECS calls, or the Cloud Run region; defaults to the config service\'s `region`, else `AWS_REGION` (ECS).', shownDefault: 'config, else `AWS_REGION`', type: 'text' },
    project: { description: 'The Google Cloud project of a Cloud Run service; defaults to the config service\'s `project`, else `GOOGLE_CLOUD_PROJECT`.', shownDefault: 'config, else `GOOGLE_CLOUD_PROJECT`', type: 'text' },
    'api-endpoint': { description: 'The Cloud Run Admin API endpoint instead of Google\'s, e.g. a local double; an http:// endpoint is called without credentials (as in deploy).', type: 'text' },
    'logging-endpoint': { description: 'The Cloud Logging API endpoint instead of Google\'s; http:// is called without credentials.', type: 'text' },
    'monitoring-endpoint': { description: 'The Cloud Monitoring API endpoint instead of Google\'s; http:// is called without credentials.', type: 'text' },
    'log-group': { description: 'The CloudWatch log group of the ECS services\' error lines (`checks: logs`), instead of the task definition\'s awslogs groups.', type: 'text' },
    'log-filter': {
      description: 'What picks the error lines (`checks: logs`), counted within `window` against `max-errors`: a CloudWatch Logs filter pattern (default `?ERROR ?CRITICAL ?FATAL`), or for Cloud Run a Cloud Logging clause (default `severity>=ERROR`).',
      shownDefault: '`?ERROR ?CRITICAL ?FATAL` or `severity>=ERROR`',
      type: 'text',
    },
    'max-cpu': { description: 'The highest acceptable CPU within `window` (`checks: metrics`; ECS CPUUtilization as 5-minute averages, Cloud Run container CPU utilization as 5-minute p95); over it fails (P3).', default: '80', type: 'integer' },
    'max-memory': { description: 'The highest acceptable memory within `window` (ECS MemoryUtilization, Cloud Run container memory utilization); over it fails (P3).', default: '85', type: 'integer' },
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
      description: 'Log files whose error lines (`error`, `crit`, `fatal`, `emerg`, `panic`) within `window` are counted, one per line; over `max-errors` fails (P3). `journal:UNIT` reads the unit\'s journal instead (`journalctl -u UNIT -p err`); without journalctl it could not decide.',
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
    ...SHARD_INPUT,
    ...checkActionInputs('When the step fails, `fail` (a check failed or could not decide), `warn` (a check failed or warned) or `never`.'),
  },
  outputs: {
    status: { description: '`pass`, `warn`, `fail`, or `undecided` when no check is known bad but one could not decide (a missing tool or permission).' },
    results: {
      description:
        'JSON array of results, one per check (ECS or Cloud Run service, log group, metric, disk per path, memory, unit, compose service, log file, journal, access log); the evidence holds what was measured, the thresholds, and `undecided: true` when the check could not tell.',
    },
    failed: { description: 'How many checks failed (including those that could not decide).' },
  },
};
