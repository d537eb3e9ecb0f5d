import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// packages/action-inputs/src/definition.ts
var inputNames = (action) => new Set(Object.keys(action.inputs));
function shownDefault(input) {
  return input.required ? "required" : input.shownDefault ? input.shownDefault : input.default === void 0 ? "" : `\`${input.default}\``;
}

// packages/action-inputs/src/common.ts
var FAIL_ON_VALUES = ["fail", "warn", "never"];
function checkActionInputs(failOn) {
  return {
    "fail-on": { description: failOn, default: "fail", type: "choice", values: FAIL_ON_VALUES },
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
    services: {
      description: `Services to ${together}, one per line (or separated by commas or spaces) - config service keys like \`backend\`, or ECS service names with \`cluster\`.${operation === "deploy" ? " If one fails, all roll back." : ""}`,
      required: !0,
      type: "lines"
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
    region: { description: "AWS region, when the config does not give one. Defaults to `AWS_REGION`.", shownDefault: "`AWS_REGION`", type: "text" }
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
  description: "Deploy to AWS ECS/Fargate and verify it - register the new revision, run migrations, follow the deployment, smoke-check, and roll back on failure.",
  branding: { icon: "upload-cloud", color: "blue" },
  inputs: {
    ...ecsTargetInputs("deploy", "deploy together"),
    image: { description: "New image for a task definition with one container (or the one named by `containers`).", type: "text" },
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
      description: "A one-off command run with the new revision before the service is updated, e.g. `alembic upgrade head` or a JSON array; it must exit 0 or nothing is updated. One service only; for several, use `migrate` in the config.",
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
    "task-definition-arn": { description: "The new task definition ARN; a JSON map by service when several were deployed. Empty in a dry run." },
    "previous-task-definition-arn": { description: "The task definition ARN that ran before (the rollback target); a JSON map by service when several." },
    "deployment-id": { description: "The ECS deployment id that was followed (`ecs-svc/…`); a JSON map by service when several." },
    "rolled-back": {
      description: "`true` when the services are verified back on their previous revision (rolled back by this action or by ECS's circuit breaker); `false` when a rollback could not start or failed."
    }
  }
};

// packages/action-inputs/src/rollback.ts
var ROLLBACK = {
  name: "rollback",
  title: "runbook rollback",
  description: "Roll AWS ECS/Fargate services back to the previous revision, a given revision, or an older image tag, then wait for it and smoke-check it.",
  branding: { icon: "rotate-ccw", color: "orange" },
  inputs: {
    ...ecsTargetInputs("rollback", "roll back together"),
    to: {
      description: "`previous` (the revision that ran before the current one), a revision (`backend:12` or its ARN), or `image-tag:<tag>` (a new revision with that tag, e.g. `image-tag:main-abc1234`).",
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
    from: { description: "The task definition ARN that ran before the rollback; a JSON map by service when several." },
    to: { description: "The task definition ARN rolled back to; a JSON map by service when several." }
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

export {
  inputNames,
  shownDefault,
  CERT_CHECK,
  DEPLOY,
  ROLLBACK,
  SMOKE_TEST
};
