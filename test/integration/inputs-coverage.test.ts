import { ACTIONS } from '@runbook/action-inputs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness/run-action.ts';

// For every input of every action, the tests that show its effect: the same run with and without
// it (or with another value) ends differently. An input with none, a test that does not exist, or
// a test that never sets the input fails here.

/** [test file under test/integration without `.test.ts`, test title]. */
type Ref = readonly [file: string, title: string];

const COMMON = (action: string): Record<string, Ref[]> => ({
  'fail-on': [['inputs-common', 'fail-on: never keeps a failing run green; the default fails it']],
  'heartbeat-url': [['heartbeat', 'heartbeat-url: pings the URL when the checks pass and <url>/fail when they fail, the URL masked']],
  'results-file': [['inputs-common', 'results-file: gets the same results JSON as the results output']],
  'open-issues': [['inputs-common', 'open-issues: opens an incident issue by default, none with false']],
  'github-token': [['inputs-common', 'github-token: the issues are written with it, and not at all without one']],
  locale: [['inputs-common', 'locale: ja writes the issue in Japanese, the default in English'], ...(action === 'smoke-test' ? [['incidents', 'writes titles, bodies and comments in Japanese with locale: ja'] as const] : [])],
});

const ECS = {
  environment: [['inputs-ecs', 'environment: is the middle of the result id']],
  region: [['inputs-ecs', 'region: the ECS calls go to that region, else to AWS_REGION']],
  'wait-timeout': [['inputs-ecs', 'wait-timeout: the same slow rollout passes within a long one and fails past a short one']],
  'poll-interval': [['inputs-ecs', 'poll-interval: a slower poll asks ECS fewer times while the same rollout runs']],
  'smoke-urls': [['inputs-ecs', 'smoke-urls: checked after the rollout; a failing one fails the run, a healthy one passes']],
} satisfies Record<string, Ref[]>;

const COVERAGE: Record<string, Record<string, readonly Ref[]>> = {
  'smoke-test': {
    urls: [['smoke-test', 'passes a healthy JSON endpoint and reports outputs, summary and no annotations']],
    method: [['smoke-test', 'sends HEAD when asked']],
    headers: [['smoke-test', 'keeps credentials on a same-origin redirect and drops them when a redirect leaves the origin']],
    'basic-auth': [['smoke-test', 'gets 401 without basic auth and 200 with it']],
    'expect-status': [['inputs-smoke-test', 'expect-status: a 503 listed as accepted passes; by default it fails']],
    'expect-json': [['smoke-test', 'fails HTTP 200 with an unhealthy body and says what differed']],
    'expect-body': [['inputs-smoke-test', 'expect-body: a body that does not match the pattern fails, one that matches passes']],
    timeout: [['smoke-test', 'reports a timeout in plain words']],
    retries: [['smoke-test', 'absorbs a flaky endpoint with retries and reports the attempts']],
    'retry-delay': [['inputs-smoke-test', 'retry-delay: sets the wait before a retry (at least half of it, with jitter)']],
    samples: [['smoke-test', 'fails the p95 SLO with samples: 20 as a P3']],
    'max-p95': [['smoke-test', 'fails the p95 SLO with samples: 20 as a P3']],
    'max-error-rate': [['inputs-smoke-test', 'max-error-rate: a share of failing samples over it is a P3 failure, under it a pass']],
    concurrency: [['inputs-smoke-test', 'concurrency: never more requests in flight than it allows']],
    'follow-redirects': [['inputs-smoke-test', 'follow-redirects: false takes the 3xx as the answer; by default the redirect is followed']],
    'ca-file': [['smoke-test', 'checks HTTPS with a test CA given by ca-file, and fails without it']],
    service: [['inputs-smoke-test', "service: names the inline URLs' service in the result, its id and the summary"]],
    runbook: [['inputs-smoke-test', "runbook: is the failing result's runbook and its incident issue's steps, instead of runbook 001's"]],
    config: [['smoke-test', 'rates a service with every URL down P1 and one with some down P2']],
    environment: [['smoke-test', 'rates a service with every URL down P1 and one with some down P2']],
    shard: [['shards', 'shard: each of 1/3, 2/3 and 3/3 runs its own share of the smoke checks, together all of them once']],
    ...COMMON('smoke-test'),
  },
  'cert-check': {
    hosts: [['cert-check', 'passes a valid certificate for an IP address host and reports what it saw']],
    'warn-days': [['cert-check', 'warns without failing by default, and fails on warnings with fail-on: warn']],
    'critical-days': [['inputs-cert-check', 'critical-days: 5 days left is a P4 warning at critical-days 4 and a P2 failure at 6']],
    servername: [['cert-check', 'sends the servername as SNI and checks the certificate against it']],
    'ca-file': [['cert-check', 'does not trust the test CA without ca-file, and says why']],
    'min-key-bits': [['inputs-cert-check', 'min-key-bits: an RSA 1024 key fails by default and passes with min-key-bits 1024']],
    timeout: [['cert-check', 'gives up on a server that accepts TCP but never answers TLS, after its retries']],
    retries: [['cert-check', 'gives up on a server that accepts TCP but never answers TLS, after its retries']],
    'retry-delay': [['inputs-cert-check', 'retry-delay: sets the wait before a retry (at least half of it, with jitter)']],
    concurrency: [['inputs-cert-check', 'concurrency: one host at a time takes turns; four at a time all connect at once']],
    runbook: [['inputs-cert-check', "runbook: is the failing result's runbook and its incident issue's steps, instead of runbook 001's renewal"]],
    config: [['cert-check', 'checks the certs of a config environment, each with its own thresholds, and writes the results file']],
    environment: [['cert-check', 'checks the certs of a config environment, each with its own thresholds, and writes the results file']],
    shard: [['shards', 'shard: cert-check runs only the hosts of its shard']],
    ...COMMON('cert-check'),
  },
  deploy: {
    services: [['deploy', 'deploys backend and frontend from the config: migration first, then both services, then smoke checks']],
    config: [['deploy', 'deploys backend and frontend from the config: migration first, then both services, then smoke checks']],
    cluster: [['deploy', 'deploys an image tag, keeps every other field, follows that deployment and reports it']],
    image: [['inputs-deploy', 'image: replaces the image of the container named by containers, and only that one']],
    images: [['inputs-deploy', "images: replaces each named container's image"]],
    'image-tag': [['deploy', 'deploys an image tag, keeps every other field, follows that deployment and reports it']],
    containers: [['deploy', 'deploys an image tag, keeps every other field, follows that deployment and reports it']],
    'task-definition': [['deploy', 'registers a task definition file (as describe-task-definition prints it) with the new tag']],
    'desired-count': [['deploy', 'circuit breaker FAILED without ECS rollback: rolls back to the captured revision and count, and smoke-checks it']],
    'force-new-deployment': [['deploy', 'force-new-deployment without an image restarts the running revision without registering one']],
    'migrate-command': [['deploy', 'a migration that exits 1 stops the deploy before the service is touched, and shows its last output lines']],
    'migrate-container': [['inputs-deploy', 'migrate-container: runs the migration in that container; by default in the first changed one']],
    'rollback-on-failure': [['inputs-deploy', 'rollback-on-failure: false leaves a failed rollout where it is, as P1; by default it is rolled back']],
    'keep-revisions': [['deploy', 'keep-revisions deregisters old revisions, never the running one, the rollback target or one running elsewhere']],
    'dry-run': [
      ['deploy', 'dry-run prints the plan and makes no write call'],
      ['deploy-cloud-run', 'dry-run reads and plans (env names only, never values) and writes nothing'],
    ],
    platform: [['deploy-cloud-run', 'a service that does not exist: one line naming it, its project and region, nothing written']],
    service: [['deploy-cloud-run', 'a service that does not exist: one line naming it, its project and region, nothing written']],
    project: [['deploy-cloud-run', 'a service that does not exist: one line naming it, its project and region, nothing written']],
    'api-endpoint': [['deploy-cloud-run', "api-endpoint: the Admin API calls go to it; without it they go to Google's, which needs credentials"]],
    env: [['deploy-cloud-run', "env: merged into the container's env by name (others kept); the values are never printed"]],
    tag: [['deploy-cloud-run', 'tag + no-traffic: the new revision at 0 % is checked on its tag URL, then promoted; other tags stay put']],
    'no-traffic': [
      ['deploy-cloud-run', 'tag + no-traffic: the new revision at 0 % is checked on its tag URL, then promoted; other tags stay put'],
      ['deploy-cloud-run', 'tag + no-traffic: a revision failing on its tag URL never gets traffic'],
    ],
    'traffic-percent': [['deploy-cloud-run', 'a canary: traffic-percent 10 gives the new revision 10 % and the old split the rest; a second deploy promotes it to latest']],
    'revision-suffix': [['deploy-cloud-run', 'deploys an image: a named revision, LATEST 100 %, the previous split recorded with the revision it was recorded for; outputs revision, url, traffic']],
    ...ECS,
    'wait-timeout': [...ECS['wait-timeout'], ['deploy', 'stuck IN_PROGRESS until wait-timeout: rolls back']],
    ...COMMON('deploy'),
  },
  rollback: {
    services: [['rollback', 'to: previous skips deregistered revisions and rolls several services back together']],
    to: [['rollback', 'to: image-tag:<tag> registers a revision with that tag (app only) and rolls out to it']],
    config: [['rollback', 'to: previous goes to the revision before the current one, waits for it and smoke-checks it']],
    cluster: [['rollback', 'a rollback whose deployment fails is a P1 failure']],
    containers: [['inputs-rollback', 'containers: with to image-tag:<tag>, only the containers named take the tag; without it, every container does']],
    'dry-run': [['rollback', 'dry-run says what would happen and makes no write call']],
    service: [['inputs-rollback', 'service: names the one service instead of services']],
    platform: [['inputs-rollback', "platform: cloud-run takes the services as Cloud Run ones, so an ECS input is refused for them; by default they are ECS's"]],
    project: [['inputs-rollback', 'project, api-endpoint: Cloud Run inputs, refused for an ECS service, the project checked for a Cloud Run one']],
    'api-endpoint': [['inputs-rollback', 'project, api-endpoint: Cloud Run inputs, refused for an ECS service, the project checked for a Cloud Run one']],
    ...ECS,
    ...COMMON('rollback'),
  },
  report: {
    period: [['inputs-report', 'period: daily covers yesterday and judges its availability; run the 24 hours up to now, and judges none, saying so']],
    results: [['inputs-report', 'results: the files matched are the ones read']],
    publish: [['inputs-report', 'publish: issue writes the report issue, summary only the job summary']],
    'slack-webhook': [['report', 'publishes a daily report to the summary, an issue and Slack, with the downtime of a reopened incident, and names an unusable result file']],
    locale: [['inputs-report', 'locale: ja writes the report in Japanese, the default in English']],
    timezone: [['inputs-report', 'timezone: days begin at midnight in the zone given']],
    slo: [['inputs-report', 'slo: the same 10-minute outage misses 99.9 and meets the default 99.0']],
    title: [['inputs-report', "title: replaces the period's title"]],
    config: [['inputs-report', "config: its locale is the report's unless locale is given"]],
    environment: [['inputs-report', 'environment: only its results and incidents are reported']],
    workflows: [['inputs-report', 'workflows: the runs of the workflow files named are counted, a file the repository lacks is said']],
    'check-workflows': [['report', "check-workflows: the 09:04 daily report of yesterday takes monitored time from the nightly's runs: each night ran, available; a missing night, a gap"]],
    'github-token': [['inputs-report', 'github-token: the incidents are read with it, and the report says when there is none']],
  },
  watchdog: {
    workflows: [['watchdog', 'workflows: a nightly silent past max-silence opens one P2 incident; a second run updates it, never a second issue']],
    'max-silence': [['watchdog', 'max-silence: the same run 30 h ago is silent at the default 26h and fine at 2d; a bad value is one line naming it, with nothing read']],
    repository: [['watchdog', 'repository: the workflows of the repository named are read, the incidents written here']],
    config: [['watchdog', 'config, environment: the environment is the first part of the id and its incidents: settings apply; the config gives the locale']],
    environment: [['watchdog', 'config, environment: the environment is the first part of the id and its incidents: settings apply; the config gives the locale']],
    'fail-on': [['watchdog', 'fail-on, results-file, open-issues: never keeps a silent run green, the file holds the results, false writes no issue']],
    'results-file': [['watchdog', 'fail-on, results-file, open-issues: never keeps a silent run green, the file holds the results, false writes no issue']],
    'open-issues': [['watchdog', 'fail-on, results-file, open-issues: never keeps a silent run green, the file holds the results, false writes no issue']],
    'github-token': [['watchdog', 'github-token: reads and writes with it; without one, one line naming it and nothing read']],
    locale: [['watchdog', 'locale: ja writes the issue and its steps in Japanese, the default in English']],
    'heartbeat-url': COMMON('watchdog')['heartbeat-url'] as Ref[],
  },
  'backup-verify': {
    name: [['inputs-backup-verify', 'name: is the last part of the result id; by default the directory name']],
    source: [['inputs-backup-verify', 'source: the directory whose entries are the backups']],
    pattern: [['inputs-backup-verify', 'pattern: only matching entries are backups, and {date} gives their time']],
    'max-age': [['inputs-backup-verify', 'max-age: a backup older than it is stale; without it, age alone fails nothing']],
    'min-count': [['inputs-backup-verify', 'min-count: fewer backups than it fail']],
    window: [['inputs-backup-verify', 'window: a UTC day without a backup in it fails']],
    history: [['inputs-backup-verify', 'history: the median is taken over that many earlier backups']],
    'max-shrink': [['inputs-backup-verify', 'max-shrink: a drop beyond it fails, within it passes']],
    'max-growth': [['inputs-backup-verify', 'max-growth: growth beyond it warns, within it passes']],
    'min-delta': [['inputs-backup-verify', 'min-delta: a change smaller than it never counts']],
    require: [['inputs-backup-verify', 'require: a backup without a required entry fails']],
    'env-keys': [['inputs-backup-verify', 'env-keys: a key the .env does not set fails, naming only the key']],
    verify: [['inputs-backup-verify', 'verify: the checks it lists run, the others do not']],
    'sqlite-check': [['inputs-backup-verify', 'sqlite-check: quick runs PRAGMA quick_check, the default integrity_check']],
    'restore-database-url': [['backup-verify-postgres', 'a scratch server that refuses the password is undecided, and the dump itself was checked']],
    'expect-tables': [['backup-verify-postgres', 'expect-tables: a count below the minimum fails; at or above it passes']],
    timeout: [['backup-verify-postgres', 'a pg_restore that hangs is killed at `timeout` and the check is undecided']],
    severity: [['inputs-backup-verify', 'severity: the severity of a bad backup, P2 by default']],
    runbook: [['inputs-backup-verify', "runbook: is the failing result's runbook and its incident's steps, instead of runbook 001's"]],
    config: [['inputs-backup-verify', 'config and environment: the backups: of that environment are checked, with ids under it']],
    environment: [['inputs-backup-verify', 'config and environment: the backups: of that environment are checked, with ids under it']],
    'dry-run': [['inputs-backup-verify', 'dry-run: lists the plan and checks nothing; without it the bad backup fails']],
    shard: [['shards', 'shard: backup-verify checks only the backup sets of its shard, together every set once']],
    'skip-restores': [['inputs-backup-verify', 'skip-restores: a set that restores is checked without its restore and needs no scratch server; without it the server is required']],
    'max-restore-lag': [['backup-verify-rds', 'max-restore-lag: a latest restorable time older than it is RESTORE_LAG (15m by default), within it passes']],
    'force-path-style': [['backup-verify-s3', 'force-path-style: keeps the bucket in the path for a store reached by host name; without it the bucket moves into the host name']],
    'sqladmin-root-url': [['backup-verify-cloudsql', 'sqladmin-root-url: the Admin API calls go to it; one where nothing answers is undecided']],
    ...COMMON('backup-verify'),
  },
  'status-check': {
    checks: [
      ['status-check-ecs', 'checks: host alone leaves the service alone; status alone checks no host'],
      ['status-check-ecs', 'checks: logs counts the error lines in the window of the awslogs group of the task definition, grouped, with the command to see them all'],
    ],
    platform: [
      ['status-check-ecs', 'platform: ecs (the default) checks the service; cloud-run asks for its project instead of a cluster, and calls no AWS API'],
      ['status-check-cloud-run', 'service, platform cloud-run, project, region: a Ready service serving its latest revision passes, by default with only the status check'],
    ],
    project: [['status-check-cloud-run', 'service, platform cloud-run, project, region: a Ready service serving its latest revision passes, by default with only the status check']],
    'api-endpoint': [['status-check-cloud-run', 'service, platform cloud-run, project, region: a Ready service serving its latest revision passes, by default with only the status check']],
    'logging-endpoint': [['status-check-cloud-run', 'checks: logs counts the ERROR-and-above entries of the service in the window, grouped, with the gcloud command to see them all; paged']],
    'monitoring-endpoint': [['status-check-cloud-run', 'checks: metrics judges the 5xx rate by response_code_class, latency p95 and container CPU and memory: one timeSeries.list per metric type, one ALIGN_DELTA point per series over the window']],
    'log-group': [['status-check-ecs', "log-group: the named CloudWatch log group is read instead of the awslogs groups of the task definition"]],
    cluster: [['status-check-ecs', 'service, cluster: a steady service with every task running passes, in one DescribeServices call']],
    service: [['status-check-ecs', 'service, cluster: a steady service with every task running passes, in one DescribeServices call']],
    region: [['status-check-ecs', 'region: the calls go to that region, else to AWS_REGION']],
    'max-cpu': [['status-check-ecs', 'max-cpu, max-memory: the same data passes at 95 % and fails memory at 65 %']],
    'max-memory': [['status-check-ecs', 'max-cpu, max-memory: the same data passes at 95 % and fails memory at 65 %']],
    'log-filter': [['status-check-ecs', 'log-filter: a pattern for FATAL only finds none of them']],
    'max-rollout': [['status-check-ecs', 'max-rollout: a deployment IN_PROGRESS for 2 h is stuck past 30 m (P2) and still under way within 3 h']],
    'disk-paths': [['status-check', 'disk-paths: each path is its own check; one that does not exist could not be decided']],
    'disk-warn': [['status-check', 'disk-warn, disk-critical: the same mount is a pass, a P4 warning and a P2 failure']],
    'disk-critical': [['status-check', 'disk-warn, disk-critical: the same mount is a pass, a P4 warning and a P2 failure']],
    'memory-warn': [['status-check', 'memory-warn, memory-critical: the same memory is a pass, a P4 warning and a P2 failure']],
    'memory-critical': [['status-check', 'memory-warn, memory-critical: the same memory is a pass, a P4 warning and a P2 failure']],
    'systemd-units': [
      ['status-check', 'systemd-units: without systemd, could not decide (a failure, never a pass), with systemctl saying why'],
      ['status-check', 'systemd-units: active passes, failed and crash-looping units are P1 with the unit in the next steps'],
    ],
    'compose-file': [['status-check', 'compose-file: without docker compose, could not decide; with it, each service running and healthy']],
    'log-files': [['status-check', 'log-files, max-log-size: a file over the size is a P4 warning; a directory checks each of its files']],
    'max-log-size': [['status-check', 'log-files, max-log-size: a file over the size is a P4 warning; a directory checks each of its files']],
    'error-logs': [['status-check', 'error-logs, max-errors, window: error lines in the window against the limit, grouped, shown inert']],
    'max-errors': [
      ['status-check', 'error-logs, max-errors, window: error lines in the window against the limit, grouped, shown inert'],
      ['status-check-ecs', 'max-errors: the same three error lines pass at 3'],
    ],
    window: [
      ['status-check', 'error-logs, max-errors, window: error lines in the window against the limit, grouped, shown inert'],
      ['status-check', 'access-log: reads nginx $request_time in seconds; no request in the window is a warning, not a pass'],
      ['status-check-ecs', 'window: a troubling service event in the window fails (P3) with its text as evidence, shown inert; an older one does not'],
    ],
    'access-log': [['status-check', 'access-log, max-error-rate: 2.5 % of 5xx fails against the default 1 % and passes under 5 %']],
    'max-error-rate': [
      ['status-check', 'access-log, max-error-rate: 2.5 % of 5xx fails against the default 1 % and passes under 5 %'],
      ['status-check-ecs', 'max-error-rate, max-p95: the 5xx rate and p95 of the target group come from the same GetMetricData call, found by SEARCH without the load balancer'],
    ],
    'max-p95': [
      ['status-check', 'max-p95: 4 s responses in the slowest 5 % fail the default 3 s and pass under 5 s'],
      ['status-check-ecs', 'max-error-rate, max-p95: the 5xx rate and p95 of the target group come from the same GetMetricData call, found by SEARCH without the load balancer'],
    ],
    runbook: [['status-check', "runbook: replaces the runbooks' steps on a failing result; locale ja gives them in Japanese"]],
    config: [['status-check', 'config, environment: checks every host of the environment, each with its own values over the inputs']],
    environment: [
      ['status-check', 'config, environment: checks every host of the environment, each with its own values over the inputs'],
      ['status-check', 'environment: is the first part of the result ids without a config'],
    ],
    shard: [['shards', 'shard: status-check runs each host of its shard whole, together every host once']],
    ...COMMON('status-check'),
  },
};

const source = (file: string): string => {
  const path = join(ROOT, 'test/integration', `${file}.test.ts`);
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
};

/** The test's code: from its title to the next test at its level (or the end of the file). */
function testBlock(file: string, title: string): string | undefined {
  const text = source(file);
  const start = ["'", '"', '`'].map((q) => text.indexOf(`(${q}${title}${q}`)).find((i) => i !== -1);
  if (start === undefined) return undefined;
  const next = text.slice(start + title.length).search(/\n\s*it(\.each\([^\n]*\))?\(/);
  return next === -1 ? text.slice(start) : text.slice(start, start + title.length + next);
}

const sets = (block: string, input: string): boolean => [`'${input}'`, `${input}:`, `--${input}`].some((form) => block.includes(form));

describe.each(ACTIONS.map((a) => [a.name, a] as const))('%s', (name, action) => {
  const coverage = COVERAGE[name] ?? {};

  it('names a test for every input, and only for inputs it has', () => {
    expect(Object.keys(action.inputs).filter((input) => !(coverage[input]?.length))).toEqual([]);
    expect(Object.keys(coverage).filter((input) => !(input in action.inputs))).toEqual([]);
  });

  it('names tests that exist and set the input', () => {
    const problems: string[] = [];
    for (const [input, refs] of Object.entries(coverage)) {
      for (const [file, title] of refs) {
        const block = testBlock(file, title);
        if (block === undefined) problems.push(`${input}: no test "${title}" in ${file}.test.ts`);
        else if (!sets(block, input)) problems.push(`${input}: "${title}" never sets it`);
      }
    }
    expect(problems).toEqual([]);
  });

  // Shared tests run once per action: the action must be one of their cases.
  it('runs the shared tests for this action', () => {
    const files = new Set(Object.values(coverage).flatMap((refs) => refs.map(([file]) => file)));
    for (const file of ['inputs-common', 'inputs-ecs'].filter((f) => files.has(f))) expect(source(file), file).toMatch(new RegExp(`^\\s+'?${name}'?: `, 'm'));
  });
});
