import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// packages/action-inputs/src/definition.ts
var inputNames = (action) => new Set(Object.keys(action.inputs));
function shownDefault(input) {
  return input.required ? "required" : input.shownDefault ? input.shownDefault : input.default === void 0 ? "" : `\`${input.default}\``;
}

// packages/action-inputs/src/common.ts
var FAIL_ON_VALUES = ["fail", "warn", "never"], SHARD_INPUT = {
  shard: {
    description: "Run only this runner's share of the checks, `i/n` (e.g. `2/8` in a matrix of 8), by a stable hash of each result id: every check runs in exactly one shard. Each result's evidence says its shard, so the report shows one that is missing.",
    type: "text",
    cli: !1
  }
};
function checkActionInputs(failOn) {
  return {
    "fail-on": { description: failOn, default: "fail", type: "choice", values: FAIL_ON_VALUES },
    "heartbeat-url": {
      description: "Pinged at the end of every run (healthchecks.io or Cronitor style): this URL when the checks pass, `<url>/fail` when the step fails, so a watcher outside GitHub notices when runs stop. https only; masked; a failed ping is a warning.",
      type: "text",
      secret: !0,
      cli: !1
    },
    "results-file": { description: "Also write the results JSON to this file (for the report job or an artifact).", type: "path" },
    "open-issues": {
      description: "Open, update and close a GitHub issue per failing check (deduplicated, escalated, closed on recovery).",
      default: "true",
      type: "boolean",
      cli: !1
    },
    "github-token": { description: "Token for the issues API (needs `issues: write`); masked.", default: "${{ github.token }}", type: "text", secret: !0, cli: !1 },
    locale: {
      description: "Language of issue titles, bodies and comments (in a terminal: of the steps to take), `en` or `ja`. Defaults to the config file's `locale`, else `en`.",
      shownDefault: "config `locale`, else `en`",
      type: "choice",
      values: ["en", "ja"]
    }
  };
}
var STATUS_OUTPUT = { description: "The worst status, `pass`, `warn` or `fail`." };

// packages/action-inputs/src/backup-verify.ts
var BACKUP_VERIFY = {
  name: "backup-verify",
  title: "runbook backup-verify",
  description: "Check that backups exist, are fresh, plausible in size against their history, not corrupt (gzip, SQLite, pg_dump), and actually restore into a scratch PostgreSQL database.",
  branding: { icon: "database", color: "green" },
  inputs: {
    source: {
      description: "Where the backup set lives: a directory (`/backups/estimator` or `local:/backups/estimator`; each entry in it, a file or a directory, is one backup), `s3://bucket/prefix/` or `gs://bucket/prefix/` (each object directly under the prefix is one backup), `cloudsql:PROJECT/INSTANCE` (its backup runs and point-in-time recovery), `rds:INSTANCE` or `rds-cluster:CLUSTER` (retention, snapshots, latest restorable time). Leave empty to take the `backups:` of `environment` from `config`.",
      type: "text"
    },
    name: {
      description: "The backup set's name, the last part of its result id (`backup:<environment>/<name>`) and its incident. Defaults to the source directory's last part.",
      shownDefault: "the source directory's last part",
      type: "text"
    },
    pattern: {
      description: "A glob for the entries that are backups (`*`, `?`), with an optional `{date}` token (`db_{date}.sql.gz`; 2026-12-01, 20261201, 20261201_0300 or 2026-12-01T03-00-00, UTC) that gives each backup's time; without it the modification time is used. Hidden entries and SQLite's `-wal`, `-shm` and `-journal` files are never backups.",
      default: "*",
      type: "text"
    },
    "max-age": { description: "The newest good backup may be at most this old (e.g. `26h`), else `STALE`.", type: "duration" },
    "min-count": { description: "At least this many backups must be there, else `TOO_FEW_BACKUPS`.", default: "1", type: "integer" },
    window: { description: "A non-empty backup on each UTC day of this window before today (e.g. `7d`), else `WINDOW_GAP` naming the days.", type: "duration" },
    history: { description: "How many backups before the newest give the median size it is compared with.", default: "7", type: "integer" },
    "max-shrink": { description: "The newest backup may be at most this much smaller than the median (e.g. `30%`), else `SIZE_DROP`.", default: "30%", type: "text" },
    "max-growth": { description: "The newest backup may be at most this much larger than the median (e.g. `300%`), else `SIZE_SPIKE` (a warning).", default: "300%", type: "text" },
    "min-delta": { description: "Size changes smaller than this never count (e.g. `1MiB`), so tiny backups do not flap.", default: "1MiB", type: "text" },
    require: {
      description: "Entries each backup directory must hold, one per line (`app.db`, `.env`, `uploads/` for a directory), else `MISSING_COMPANION`.",
      type: "lines"
    },
    "env-keys": {
      description: "Key names the backup's `.env` must set, one per line, else `ENV_KEY_MISSING`. Only the names are read; values never reach any output.",
      type: "lines",
      cli: { alias: "env-key" }
    },
    verify: {
      description: "Checks of the newest backup, one per line, run in this order: `gzip`, `sqlite` and `pgdump`, each optionally with a file inside the backup (`sqlite: app.db`).",
      type: "lines"
    },
    "sqlite-check": {
      description: "`integrity` (PRAGMA integrity_check) or `quick` (PRAGMA quick_check: faster, skips the index checks).",
      default: "integrity",
      type: "choice",
      values: ["integrity", "quick"]
    },
    "restore-database-url": {
      description: "A scratch PostgreSQL server, `postgres://…@host:5432/postgres`: the newest dump is restored into a new database that is created and dropped (never the one named here, never one that exists); masked.",
      type: "text",
      secret: !0
    },
    "skip-restores": {
      description: "Every check but the restores: the sets that restore (`restore: true` or `expect-tables` in the config) are checked without one and need no `restore-database-url`. For a nightly run whose restore drill is weekly.",
      default: "false",
      type: "boolean"
    },
    "expect-tables": {
      description: "Row counts the restored database must have, one per line, like `users>=1` (needs `restore-database-url`), else `ROWCOUNT_MISMATCH`.",
      type: "lines",
      cli: { alias: "expect-table" }
    },
    timeout: {
      description: "Time limit of each tool run (pg_restore, psql) and of each cloud call with its retries, e.g. `30m` (a cloud call gets at most 5m); past it the check is undecided (`TIMED_OUT`).",
      default: "30m",
      type: "duration"
    },
    "max-restore-lag": {
      description: "RDS: the instance's or cluster's latest restorable time may be at most this old, else `RESTORE_LAG`.",
      default: "15m",
      type: "duration"
    },
    "force-path-style": {
      description: "S3: path-style URLs (`https://host/bucket/key`), which S3-compatible stores reached by host name need; the endpoint itself comes from `AWS_ENDPOINT_URL_S3` or `AWS_ENDPOINT_URL`.",
      default: "false",
      type: "boolean"
    },
    "sqladmin-root-url": {
      description: "Cloud SQL: the Admin API root URL, for a private endpoint (default `https://sqladmin.googleapis.com/`).",
      type: "text"
    },
    severity: {
      description: "The severity of a bad backup; a check that could not decide is P3, a warning P4.",
      default: "P2",
      type: "choice",
      values: ["P1", "P2", "P3", "P4"]
    },
    runbook: {
      description: "What the on-call engineer should do when the check fails (text or a link), shown in its incident issue. Defaults to runbook 001's backup steps.",
      type: "text"
    },
    config: { description: "Path to the runbook config file. With `environment`, its `backups:` entries are checked too.", type: "path" },
    environment: {
      description: "Environment in the config file whose `backups:` to check (e.g. `production`); also the middle part of result ids.",
      type: "text"
    },
    "dry-run": { description: "List what would be checked and restored, and check and restore nothing.", default: "false", type: "boolean" },
    ...SHARD_INPUT,
    ...checkActionInputs("When the step fails, `fail` (a backup is bad or could not be decided), `warn` (also on warnings) or `never`.")
  },
  outputs: {
    status: { description: "`pass`, `warn`, `fail`, or `undecided` when no backup set is known bad but a check could not decide (a missing tool or permission, a timeout)." },
    results: {
      description: "JSON array of results, one per backup set; the evidence holds the finding codes (`code` the worst), the newest backup, its age and size, the median size, the checks that ran, the newest good backup, the RPO and the restored row counts."
    },
    "newest-backup": { description: "The path of the newest backup (of the set most at risk, whose newest good backup is oldest or missing, when there are several)." },
    "newest-age-seconds": { description: "How old that newest backup is, in seconds." },
    "rpo-seconds": { description: "Now minus that set's newest backup that passed every check (with `restore-database-url`, that also restored); empty when none did." }
  }
};

// packages/action-inputs/src/cert-check.ts
var CERT_CHECK = {
  name: "cert-check",
  title: "runbook cert-check",
  description: "Check TLS certificates concurrently for expiry, host name, trust chain, weak keys and signatures, and old TLS versions.",
  branding: { icon: "lock", color: "green" },
  inputs: {
    hosts: {
      description: "Hosts to check, one per line, as `host`, `host:port` (default port 443) or an `https://` URL. Leave empty to take the `certs:` of `environment` from `config`.",
      type: "lines",
      cli: { alias: "host" }
    },
    "warn-days": { description: "A certificate with this many days left or fewer is a warning (P4).", default: "30", type: "integer" },
    "critical-days": { description: "A certificate with this many days left or fewer fails (P2). Must not be above `warn-days`.", default: "7", type: "integer" },
    servername: {
      description: "The name sent as SNI and checked against the certificate, for inline `hosts` given as addresses or load balancer names. Defaults to each host.",
      shownDefault: "each host",
      type: "text"
    },
    "ca-file": { description: "Path to PEM certificates to trust in addition to the default roots (an internal CA).", type: "path" },
    "min-key-bits": {
      description: "Smallest acceptable key, e.g. `2048` (RSA; EC stays 256) or `rsa:3072,ec:384`. Smaller keys fail (P3).",
      default: "2048",
      type: "text"
    },
    timeout: { description: "Time limit for connect and TLS handshake per attempt (e.g. `5s`).", default: "10s", type: "duration" },
    retries: {
      description: "How many times a host that cannot be reached (refused, reset, timeout) is retried before it counts as failing (0-10).",
      default: "2",
      type: "integer"
    },
    "retry-delay": { description: "First delay between retries; it doubles each time, with jitter.", default: "2s", type: "duration" },
    concurrency: { description: "How many hosts are checked at once.", default: "16", type: "integer" },
    runbook: {
      description: "What the on-call engineer should do when a check fails (text or a link), shown in its incident issue. Defaults to runbook 001's certbot renewal steps for the host.",
      type: "text"
    },
    config: { description: "Path to the runbook config file. With `environment`, its `certs:` entries are checked too.", type: "path" },
    environment: {
      description: "Environment in the config file whose `certs:` to check (e.g. `production`); also the middle part of result ids.",
      type: "text"
    },
    ...SHARD_INPUT,
    ...checkActionInputs("When the step fails, `fail` (a check failed), `warn` (a check failed or warned) or `never`.")
  },
  outputs: {
    status: STATUS_OUTPUT,
    results: {
      description: "JSON array of results, one per host; the evidence holds host, port, days left, not before/after, subject, issuer, SANs, chain, key type and bits, signature algorithm, protocol, cipher and the finding codes."
    },
    "min-days-left": { description: "The fewest days left of any certificate checked (empty when none could be read); negative when one has expired." }
  }
};

// packages/action-inputs/src/ecs.ts
function ecsTargetInputs(operation, together) {
  return {
    platform: {
      description: "`ecs` or `cloud-run`. Default - the platform of the config's services, else `ecs`.",
      shownDefault: "the config services' platform, else `ecs`",
      type: "choice",
      values: ["ecs", "cloud-run"]
    },
    services: {
      description: `Services to ${together}, one per line (or separated by commas or spaces) - config service keys like \`backend\`, ECS service names with \`cluster\`, or Cloud Run service names with \`project\` and \`region\`.${operation === "deploy" ? " If one fails, all roll back." : ""} One of \`services\` and \`service\`.`,
      type: "lines"
    },
    service: {
      description: "One service by its name on the platform (or a config service key), instead of `services`.",
      type: "text"
    },
    environment: {
      description: `Environment in the config file to read the services from (e.g. \`production\`); also part of each result id, \`${operation}:<environment>/<service>\`.`,
      type: "text"
    },
    config: {
      description: "Path to the runbook config file. Default `.github/runbook.yml` when it exists and `cluster` is not given.",
      shownDefault: "`.github/runbook.yml` if it exists",
      type: "path"
    },
    cluster: { description: "ECS cluster of services given by name (not needed for config service keys, which name their cluster).", type: "text" },
    region: {
      description: "Region, when the config does not give one - on ECS an AWS region (default `AWS_REGION`), on Cloud Run a GCP region like `asia-northeast1` (default `CLOUDSDK_RUN_REGION`).",
      shownDefault: "`AWS_REGION` / `CLOUDSDK_RUN_REGION`",
      type: "text"
    },
    project: {
      description: "Cloud Run - the GCP project of services given by name, when the config does not give one. Default `GOOGLE_CLOUD_PROJECT` (set by google-github-actions/auth).",
      shownDefault: "`GOOGLE_CLOUD_PROJECT`",
      type: "text"
    },
    "api-endpoint": {
      description: "Cloud Run - the Admin API's base URL. An `http://` endpoint (an emulator, a test double) is called without Google credentials.",
      shownDefault: "`https://run.googleapis.com`",
      type: "text"
    }
  };
}
function ecsFollowInputs(waitTimeout, smokeUrls) {
  return {
    "wait-timeout": { description: waitTimeout, default: "20m", type: "duration" },
    "poll-interval": { description: "Advanced - how often the deployment is polled (50ms to 1m).", default: "2s", type: "duration" },
    "smoke-urls": { description: smokeUrls, type: "lines" }
  };
}

// packages/action-inputs/src/deploy.ts
var DEPLOY = {
  name: "deploy",
  title: "runbook deploy",
  description: "Deploy to AWS ECS/Fargate or Google Cloud Run and verify it - create the new revision, run migrations, follow the rollout, smoke-check (a Cloud Run revision on its tag URL before it gets traffic), and roll back on failure.",
  branding: { icon: "upload-cloud", color: "blue" },
  inputs: {
    ...ecsTargetInputs("deploy", "deploy together"),
    image: { description: "New image for a task definition with one container (or the one named by `containers`); on Cloud Run, for the service's first container.", type: "text" },
    env: {
      description: "Cloud Run - `NAME=value` lines merged into the container's env (by name). The values are not masked; pass secrets through the service's secret references.",
      type: "lines"
    },
    tag: { description: "Cloud Run - a tag for the new revision (its own URL, output `tag-url`); other tags stay on their revisions.", type: "text" },
    "no-traffic": {
      description: "Cloud Run - deploy the new revision at 0 % (needs `tag`), smoke-check it on its tag URL, and only then give it traffic (all of it, or `traffic-percent`).",
      default: "false",
      type: "boolean"
    },
    "traffic-percent": {
      description: "Cloud Run - a canary: the new revision gets this share (1-100); the revisions serving before share the rest in their old proportions. Default - all traffic to the latest revision.",
      shownDefault: "100 (latest)",
      type: "integer"
    },
    "revision-suffix": { description: "Cloud Run - the new revision is `<service>-<suffix>`. Default - one made from the time and the image.", shownDefault: "time and image", type: "text" },
    images: { description: "New images per container, one `container=image` per line.", type: "lines" },
    "image-tag": {
      description: "New tag for each container's image, keeping its repository (e.g. `main-abc1234`). Limited to `containers` when given.",
      type: "text"
    },
    containers: {
      description: "Containers that take `image` or `image-tag`, comma-separated; sidecars not listed keep their images. A service's `containers` in the config wins.",
      shownDefault: "all",
      type: "text"
    },
    "task-definition": {
      description: "Path to a task definition JSON file to register instead of the service's current one (one service only). `image`, `images` or `image-tag` still apply.",
      type: "path"
    },
    "desired-count": { description: "Set the services' desired task count with the update (restored on rollback).", type: "integer" },
    "force-new-deployment": {
      description: "Start a new deployment even without a new revision (restarts the tasks on the current revision when no image is given).",
      default: "false",
      type: "boolean"
    },
    "migrate-command": {
      description: "A one-off command run with the new revision before the service is updated, e.g. `alembic upgrade head` or a JSON array; it must exit 0 or nothing is updated (on Cloud Run a job execution, job `<service>-migrate`). One service only; for several, use `migrate` in the config.",
      type: "text"
    },
    "migrate-container": {
      description: "Container that runs `migrate-command`. Default - the first container that gets a new image.",
      shownDefault: "first changed container",
      type: "text"
    },
    ...ecsFollowInputs(
      "How long a rollout (and a rollback) may take before it counts as failed, e.g. `20m`.",
      "URLs checked after the rollout (one per line, expecting HTTP 200), in addition to each config service's `health` checks."
    ),
    "rollback-on-failure": {
      description: "On any failure, roll every updated service back to the revision it ran before, wait for it and smoke-check it.",
      default: "true",
      type: "boolean"
    },
    "keep-revisions": {
      description: "After a successful deploy, deregister ACTIVE revisions of the family beyond the newest N, never one that runs in the cluster or the rollback target.",
      type: "integer"
    },
    "dry-run": { description: "Print the plan (old and new image per container, revisions, migration, cleanup) and change nothing.", default: "false", type: "boolean" },
    ...checkActionInputs(
      "When the step fails, `fail` (a service failed), `warn` (also when a service was rolled back because another failed) or `never`."
    )
  },
  outputs: {
    status: STATUS_OUTPUT,
    results: { description: "JSON array of results, one per service (id `deploy:<environment>/<service>`, status, severity, summary, evidence)." },
    revision: { description: "The revision deployed, on any platform (on ECS the task definition ARN, on Cloud Run the revision name); a JSON map by service when several were deployed. Empty in a dry run." },
    "previous-revision": { description: "The revision that ran before (the rollback target; on ECS the task definition ARN, on Cloud Run the revision that served the most traffic); a JSON map by service when several." },
    url: { description: "Cloud Run - the service's URL (never a tag's); a JSON map by service when several." },
    "tag-url": { description: "Cloud Run - the new revision's tag URL, with `tag`; a JSON map by service when several." },
    traffic: { description: 'Cloud Run - the final traffic split as JSON, `[{"revision":"svc-00042-abc","percent":100,"tag":"…"}]`; a JSON map by service when several.' },
    "task-definition-arn": { description: "The new task definition ARN; a JSON map by service when several were deployed. Empty in a dry run." },
    "previous-task-definition-arn": { description: "The task definition ARN that ran before (the rollback target); a JSON map by service when several." },
    "deployment-id": { description: "The ECS deployment id that was followed (`ecs-svc/…`); a JSON map by service when several." },
    "rolled-back": {
      description: "`true` when the services are verified back on their previous revision (rolled back by this action or by ECS's circuit breaker); `false` when a rollback could not start or failed."
    }
  }
};

// packages/action-inputs/src/report.ts
var REPORT = {
  name: "report",
  title: "runbook report",
  description: "Write runbook 001's daily, weekly and monthly operations reports from the checks' result files and the incident issues: availability against the SLO, incidents, certificates, backups.",
  branding: { icon: "file-text", color: "blue" },
  inputs: {
    period: {
      description: "What the report covers: `daily` (yesterday), `weekly` (last Monday to Sunday), `monthly` (last month), each in `timezone`, or `run` (the 24 hours up to now).",
      default: "run",
      type: "choice",
      values: ["run", "daily", "weekly", "monthly"]
    },
    results: {
      description: "Result files the check actions wrote (`results-file`), as glob patterns, one per line (e.g. `results/**/*.json` after `actions/download-artifact`). A file that is not a valid results file is shown in the report as missing, and fails the step.",
      required: !0,
      type: "lines"
    },
    publish: {
      description: "Where the report goes, any of `summary` (the job summary), `issue` (one issue per period, labelled `report` and the period; the previous one is closed), `slack`; one per line or comma-separated.",
      default: "summary",
      type: "lines"
    },
    "slack-webhook": { description: "Slack incoming webhook URL for `publish: slack`; masked, never printed.", type: "text", secret: !0 },
    locale: {
      description: "Language of the report, `en` or `ja`. Defaults to the config file's `locale`, else `en`.",
      shownDefault: "config `locale`, else `en`",
      type: "choice",
      values: ["en", "ja"]
    },
    timezone: { description: "IANA time zone in which days, weeks and months begin and times are shown.", default: "Asia/Tokyo", type: "text" },
    slo: { description: "Availability target in percent (above 0, below 100); the error budget is what it leaves.", default: "99.0", type: "text" },
    title: { description: "The report's title. Defaults to the period's, e.g. `Daily operations report 2025-10-21` or `【日次運用レポート】2025-10-21`.", shownDefault: "the period's", type: "text" },
    config: { description: "Path to the runbook config file, for its `locale`.", shownDefault: "`.github/runbook.yml` when it exists", type: "path" },
    environment: { description: "Report only results and incidents of this environment (the middle part of result ids, e.g. `production`).", type: "text" },
    workflows: {
      description: "Deploy and rollback workflow files (in `.github/workflows/`) whose runs in the period the report counts: how many, which failed, who started them. One per line.",
      default: `deploy.yml
rollback.yml`,
      type: "lines"
    },
    "check-workflows": {
      description: 'Scheduled check workflow files (in `.github/workflows/`) whose runs say when the services were monitored: a run that succeeded covers the time until the next run of its workflow (at most 26h); a failed or cancelled run, or a night with no run, is "not monitored". Read from one paginated list per workflow. One per line.',
      default: "nightly.yml",
      type: "lines"
    },
    "github-token": {
      description: "Token to read incident issues (`issues: read`) and workflow runs (`actions: read`) and, with `publish: issue`, write the report issue (`issues: write`); masked.",
      default: "${{ github.token }}",
      type: "text",
      secret: !0,
      cli: !1
    }
  },
  outputs: {
    status: { description: "`pass`, `warn` (warnings or open incidents) or `fail` (a failing check, a missed SLO or an unusable result file)." },
    availability: { description: 'JSON per service: `{"api": {"percent": 99.95, "downMs": 43000, "unmonitoredMs": 0, "sloMet": true}}`; `percent` is null when nothing was monitored; `{}` with `period: run`, whose report judges no availability (one run shows the services at a moment, not over a period).' },
    "issue-url": { description: "The report issue, with `publish: issue`." }
  }
};

// packages/action-inputs/src/rollback.ts
var ROLLBACK = {
  name: "rollback",
  title: "runbook rollback",
  description: "Roll AWS ECS/Fargate or Google Cloud Run services back to the previous revision, a given revision, or (ECS) an older image tag, then wait for it and smoke-check it.",
  branding: { icon: "rotate-ccw", color: "orange" },
  inputs: {
    ...ecsTargetInputs("rollback", "roll back together"),
    to: {
      description: "`previous` (the revision that ran before the current one; on Cloud Run the traffic split the last deploy replaced, else the newest Ready revision before the serving one), a revision (`backend:12` or its ARN; on Cloud Run a Ready revision of the service like `sagebase-00042-abc`), or `image-tag:<tag>` (ECS: a new revision with that tag, e.g. `image-tag:main-abc1234`).",
      default: "previous",
      type: "text"
    },
    containers: {
      description: "With `to` `image-tag:<tag>` - the containers that take the tag, comma-separated. A service's `containers` in the config wins.",
      shownDefault: "all",
      type: "text"
    },
    ...ecsFollowInputs(
      "How long the rollback may take before it counts as failed, e.g. `20m`.",
      "URLs checked after the rollback (one per line, expecting HTTP 200), in addition to each config service's `health` checks."
    ),
    "dry-run": { description: "Print what would be rolled back to what, and change nothing.", default: "false", type: "boolean" },
    ...checkActionInputs("When the step fails, `fail`, `warn` or `never`.")
  },
  outputs: {
    status: STATUS_OUTPUT,
    results: { description: "JSON array of results, one per service (id `rollback:<environment>/<service>`, status, severity, summary, evidence)." },
    from: { description: "The revision that ran before the rollback (on ECS the task definition ARN, on Cloud Run the revision name, or a split as gcloud `--to-revisions` writes it, `rev-a=90,rev-b=10`); a JSON map by service when several." },
    to: { description: "The revision rolled back to (on ECS the task definition ARN, on Cloud Run the revision name, or a split as `rev-a=90,rev-b=10`); a JSON map by service when several." },
    revision: { description: "The revision rolled back to, on any platform (as `to`); a JSON map by service when several." },
    "previous-revision": { description: "The revision that ran before the rollback, on any platform (on ECS as `from`); a JSON map by service when several." }
  }
};

// packages/action-inputs/src/smoke-test.ts
var SMOKE_TEST = {
  name: "smoke-test",
  title: "runbook smoke-test",
  description: "Check health endpoints concurrently with retries, JSON and body expectations, basic auth, and p95 / error-rate SLOs.",
  branding: { icon: "activity", color: "green" },
  inputs: {
    urls: {
      description: "URLs to check, one per line. Leave empty to take every service's health checks from `config` for `environment`.",
      type: "lines",
      cli: { alias: "url" }
    },
    method: { description: "HTTP method, GET, HEAD or POST.", default: "GET", type: "choice", values: ["GET", "HEAD", "POST"] },
    headers: {
      description: "Request headers, one `Name: value` per line. Values of headers named like auth, token, key, secret or cookie are masked.",
      type: "lines",
      cli: { alias: "header" }
    },
    "basic-auth": { description: "Basic authentication as `user:password` (pass a secret). Masked everywhere.", type: "text", secret: !0 },
    "expect-status": { description: "Accepted status codes, e.g. `200`, `200,204`, `200-299` or `2xx`.", default: "200", type: "text" },
    "expect-json": { description: 'A JSON object that must be a subset of the response body, e.g. `{"status":"healthy"}`.', type: "json" },
    "expect-body": { description: "A regular expression the response body must match.", type: "regex" },
    timeout: { description: "Time limit per request, redirects included (e.g. `500ms`, `10s`).", default: "10s", type: "duration" },
    retries: { description: "How many times a failing URL is retried before it counts as failing (0-10).", default: "2", type: "integer" },
    "retry-delay": {
      description: "First delay between retries; it doubles each time, with jitter. A Retry-After header on 429/503 wins.",
      default: "2s",
      type: "duration"
    },
    samples: {
      description: "Requests per URL for the latency and error-rate figures (the first one is retried, the rest are single requests).",
      default: "1",
      type: "integer"
    },
    "max-p95": { description: "Fail (P3) when the p95 latency of the samples is over this, e.g. `5s`.", type: "duration" },
    "max-error-rate": { description: "Fail (P3) when more than this share of samples fail, e.g. `1%`.", type: "text" },
    concurrency: { description: "How many URLs are checked at once.", default: "16", type: "integer" },
    "follow-redirects": { description: "Follow redirects (at most 5 hops; a loop fails). When false a 3xx is the answer.", default: "true", type: "boolean" },
    "ca-file": { description: "Path to PEM certificates to trust in addition to the system roots (an internal CA).", type: "path" },
    service: {
      description: "Service name for the inline `urls` (titles, ids and severity grouping). Defaults to each URL's own host.",
      shownDefault: "each URL's host",
      type: "text"
    },
    runbook: {
      description: "What the on-call engineer should do when a check fails (text or a link); the steps of its incident issue instead of runbook 001's.",
      type: "text"
    },
    config: { description: "Path to the runbook config file. With `environment`, its services' health checks are checked too.", type: "path" },
    environment: { description: "Environment in the config file whose health checks to run (e.g. `production`).", type: "text" },
    ...SHARD_INPUT,
    ...checkActionInputs(
      "When the step fails, `fail` (a check failed), `warn` (a check failed or warned) or `never`. smoke-test results are pass or fail (a missed SLO is a P3 failure), so `warn` acts as `fail` here."
    )
  },
  outputs: {
    status: STATUS_OUTPUT,
    results: {
      description: "JSON array of results: `id`, `kind`, `subject`, `target`, `status`, `severity`, `summary`, `evidence` (method, url, status, attempts, samples, p50/p95/max ms, error rate, reason), `runbook`, `startedAt`, `durationMs`."
    },
    failed: { description: "Number of URLs that failed." },
    "p95-ms": { description: "The 95th percentile of the URLs' p95 latencies, in milliseconds." }
  }
};

// packages/action-inputs/src/status-check.ts
var STATUS_CHECK = {
  name: "status-check",
  title: "runbook status-check",
  description: "The morning inspection: ECS and Cloud Run services' status (running vs desired, stuck rollouts, troubling events; Ready conditions and traffic), their error logs and metrics, and the runner's own machine: disk, memory, systemd units, docker compose services, log sizes, error lines (files and the journal), the access log's error rate and p95.",
  branding: { icon: "activity", color: "green" },
  inputs: {
    checks: {
      description: "Which checks run, comma- or line-separated: `host` (this machine), `status` (the platform status of ECS and Cloud Run services), `logs` (their error lines in CloudWatch Logs or Cloud Logging) and `metrics` (CloudWatch or Cloud Monitoring). By default: `status` for the `service` input; for the services of `environment`, those their own `status`, `logs` and `metrics` keys turn on (else `status`); `host` for the `hosts:` of `environment`, or this machine when neither `config` nor `service` is given. When given, it narrows that: a config service with keys runs only the named checks its keys turn on.",
      shownDefault: "what is given",
      type: "text"
    },
    platform: { description: "The platform of the inline `service`: `ecs` (with `cluster`) or `cloud-run` (with `project` and `region`).", default: "ecs", type: "choice", values: ["ecs", "cloud-run"] },
    cluster: { description: "The ECS cluster of the inline `service` (and of config services without their own `cluster`).", type: "text" },
    service: { description: "One service to check, by its ECS or Cloud Run name (with `cluster`, or `platform: cloud-run` and `project`); the config's services are checked without it.", type: "text" },
    region: { description: "AWS region of the ECS calls, or the Cloud Run region; defaults to the config service's `region`, else `AWS_REGION` (ECS).", shownDefault: "config, else `AWS_REGION`", type: "text" },
    project: { description: "The Google Cloud project of a Cloud Run service; defaults to the config service's `project`, else `GOOGLE_CLOUD_PROJECT`.", shownDefault: "config, else `GOOGLE_CLOUD_PROJECT`", type: "text" },
    "api-endpoint": { description: "The Cloud Run Admin API endpoint instead of Google's, e.g. a local double; an http:// endpoint is called without credentials (as in deploy).", type: "text" },
    "logging-endpoint": { description: "The Cloud Logging API endpoint instead of Google's; http:// is called without credentials.", type: "text" },
    "monitoring-endpoint": { description: "The Cloud Monitoring API endpoint instead of Google's; http:// is called without credentials.", type: "text" },
    "log-group": { description: "The CloudWatch log group of the ECS services' error lines (`checks: logs`), instead of the task definition's awslogs groups.", type: "text" },
    "log-filter": {
      description: "What picks the error lines (`checks: logs`), counted within `window` against `max-errors`: a CloudWatch Logs filter pattern (default `?ERROR ?CRITICAL ?FATAL`), or for Cloud Run a Cloud Logging clause (default `severity>=ERROR`).",
      shownDefault: "`?ERROR ?CRITICAL ?FATAL` or `severity>=ERROR`",
      type: "text"
    },
    "max-cpu": { description: "The highest acceptable CPU within `window` (`checks: metrics`; ECS CPUUtilization as 5-minute averages, Cloud Run container CPU utilization as 5-minute p95); over it fails (P3).", default: "80", type: "integer" },
    "max-memory": { description: "The highest acceptable memory within `window` (ECS MemoryUtilization, Cloud Run container memory utilization); over it fails (P3).", default: "85", type: "integer" },
    "max-rollout": { description: "A deployment IN_PROGRESS for longer than this is stuck (P2).", default: "30m", type: "duration" },
    "disk-paths": { description: "Mount points whose disk usage to check, one per line (like `df -h /`).", default: "/", type: "lines", cli: { alias: "disk-path" } },
    "disk-warn": { description: "Disk usage at or above this percentage is a warning (P4).", default: "80", type: "integer" },
    "disk-critical": { description: "Disk usage at or above this percentage fails (P2). Must not be below `disk-warn`.", default: "90", type: "integer" },
    "memory-warn": { description: "Memory in use (total minus MemAvailable, as `free` shows it) at or above this percentage is a warning (P4).", default: "80", type: "integer" },
    "memory-critical": { description: "Memory in use at or above this percentage fails (P2). Must not be below `memory-warn`.", default: "90", type: "integer" },
    "systemd-units": {
      description: "systemd units that must be active, one per line (e.g. `estimator`, `httpd`); one not active fails (P1). Without systemd the check says it could not decide.",
      type: "lines",
      cli: { alias: "systemd-unit" }
    },
    "compose-file": {
      description: "A docker compose file whose services must be running and healthy (`docker compose ps`); stopped is P1, unhealthy P2. Without docker the check says it could not decide.",
      type: "path"
    },
    "log-files": {
      description: "Log files, or directories of them, that must not grow over `max-log-size`, one per line; a bigger one is a warning (P4).",
      type: "lines",
      cli: { alias: "log-file" }
    },
    "max-log-size": { description: "The largest a log file may be, e.g. `100MB` or `100M` (MiB, as `ls -lh` prints it).", default: "100MB", type: "text" },
    "error-logs": {
      description: "Log files whose error lines (`error`, `crit`, `fatal`, `emerg`, `panic`) within `window` are counted, one per line; over `max-errors` fails (P3). `journal:UNIT` reads the unit's journal instead (`journalctl -u UNIT -p err`); without journalctl it could not decide.",
      type: "lines",
      cli: { alias: "error-log" }
    },
    "max-errors": { description: "How many error lines within `window` (in each of `error-logs`, or each CloudWatch log group) are still a pass.", default: "0", type: "integer" },
    "access-log": {
      description: "An Apache (`%D` last) or nginx (`$request_time` last) access log in the common or combined format: the window's requests, 5xx rate and p95, read as a stream.",
      type: "path"
    },
    "max-error-rate": { description: "The highest acceptable share of 5xx responses within `window` (the access log's, and an ECS service's ALB target group's with `checks: metrics`), e.g. `1%`; over it fails (P3).", default: "1%", type: "text" },
    "max-p95": { description: "The slowest acceptable p95 response time within `window` (the access log's, and the ALB target group's); over it fails (P3).", default: "3s", type: "duration" },
    window: { description: "How far back error lines, access log lines and ECS service events count (e.g. `24h`; up to 31 days).", default: "24h", type: "duration" },
    runbook: { description: "What the on-call engineer should do when a check fails (text or a link), instead of the steps of runbooks 001 and 003.", type: "text" },
    config: { description: "Path to the runbook config file. With `environment`, its `hosts:` (each with its own values over these inputs) and its ECS services are checked.", type: "path" },
    environment: { description: "Environment in the config file to check; also the first part of result ids (`default` without a config).", type: "text" },
    ...SHARD_INPUT,
    ...checkActionInputs("When the step fails, `fail` (a check failed or could not decide), `warn` (a check failed or warned) or `never`.")
  },
  outputs: {
    status: { description: "`pass`, `warn`, `fail`, or `undecided` when no check is known bad but one could not decide (a missing tool or permission)." },
    results: {
      description: "JSON array of results, one per check (ECS or Cloud Run service, log group, metric, disk per path, memory, unit, compose service, log file, journal, access log); the evidence holds what was measured, the thresholds, and `undecided: true` when the check could not tell."
    },
    failed: { description: "How many checks failed (including those that could not decide)." }
  }
};

// packages/action-inputs/src/watchdog.ts
var WATCHDOG = {
  name: "watchdog",
  title: "runbook watchdog",
  description: "Open an incident when a scheduled workflow stops running: no completed run within max-silence, or disabled (by the 60-day rule or by hand); close it when runs resume.",
  branding: { icon: "eye", color: "orange" },
  inputs: {
    workflows: {
      description: "The scheduled workflow files to watch (in `.github/workflows/`), one per line, e.g. `nightly.yml`. Each is one check: one incident per workflow.",
      required: !0,
      type: "lines"
    },
    "max-silence": {
      description: "A workflow whose last completed run (cancelled, skipped and unstarted runs do not count) is older than this is silent: `26h` for a daily schedule, `8d` for a weekly one (5m to 93d).",
      default: "26h",
      type: "duration"
    },
    repository: {
      description: "The repository whose workflows are watched, `owner/name`. Run the watchdog from a repository with regular pushes to catch GitHub's 60-day rule, which disables every schedule of an inactive repository at once; `github-token` must then be able to read that repository's actions.",
      shownDefault: "this repository",
      type: "text"
    },
    config: { description: "Path to the runbook config file, for its `locale` and `incidents:` settings (assignees, escalation).", shownDefault: "`.github/runbook.yml` with `environment`, when it exists", type: "path" },
    environment: { description: "The first part of the result ids (`default` when not given), and the environment whose `incidents:` settings apply.", type: "text" },
    ...checkActionInputs("When the step fails, `fail` (a workflow is silent, disabled or missing), `warn` (the same: the watchdog never warns) or `never`."),
    "github-token": {
      description: "Token to read the workflows and their runs (`actions: read` on `repository`) and write the incident issues (`issues: write` here); masked.",
      default: "${{ github.token }}",
      type: "text",
      secret: !0,
      cli: !1
    }
  },
  outputs: {
    status: STATUS_OUTPUT,
    results: { description: "JSON array of results, one per workflow: `status`, `severity`, `summary`, `evidence` (state, last run, its URL, conclusion and event, how long silent, max silence), `runbook`." },
    silent: { description: "Number of workflows that are silent, disabled or missing." }
  }
};

export {
  inputNames,
  shownDefault,
  BACKUP_VERIFY,
  CERT_CHECK,
  DEPLOY,
  REPORT,
  ROLLBACK,
  SMOKE_TEST,
  STATUS_CHECK,
  WATCHDOG
};
