import { checkActionInputs, SHARD_INPUT, STATUS_OUTPUT } from './common.ts';
import type { ActionDefinition } from './definition.ts';

export const SMOKE_TEST: ActionDefinition = {
  name: 'smoke-test',
  title: 'runbook smoke-test',
  description: 'Check health endpoints concurrently with retries, JSON and body expectations, basic auth, and p95 / error-rate SLOs.',
  branding: { icon: 'activity', color: 'green' },
  inputs: {
    urls: {
      description: "URLs to check, one per line. Leave empty to take every service's health checks from `config` for `environment`.",
      type: 'lines',
      cli: { alias: 'url' },
    },
    method: { description: 'HTTP method, GET, HEAD or POST.', default: 'GET', type: 'choice', values: ['GET', 'HEAD', 'POST'] },
    headers: {
      description: 'Request headers, one `Name: value` per line. Values of headers named like auth, token, key, secret or cookie are masked.',
      type: 'lines',
      cli: { alias: 'header' },
    },
    'basic-auth': { description: 'Basic authentication as `user:password` (pass a secret). Masked everywhere.', type: 'text', secret: true },
    'expect-status': { description: 'Accepted status codes, e.g. `200`, `200,204`, `200-299` or `2xx`.', default: '200', type: 'text' },
    'expect-json': { description: 'A JSON object that must be a subset of the response body, e.g. `{"status":"healthy"}`.', type: 'json' },
    'expect-body': { description: 'A regular expression the response body must match.', type: 'regex' },
    timeout: { description: 'Time limit per request, redirects included (e.g. `500ms`, `10s`).', default: '10s', type: 'duration' },
    retries: { description: 'How many times a failing URL is retried before it counts as failing (0-10).', default: '2', type: 'integer' },
    'retry-delay': {
      description: 'First delay between retries; it doubles each time, with jitter. A Retry-After header on 429/503 wins.',
      default: '2s',
      type: 'duration',
    },
    samples: {
      description: 'Requests per URL for the latency and error-rate figures (the first one is retried, the rest are single requests).',
      default: '1',
      type: 'integer',
    },
    'max-p95': { description: 'Fail (P3) when the p95 latency of the samples is over this, e.g. `5s`.', type: 'duration' },
    'max-error-rate': { description: 'Fail (P3) when more than this share of samples fail, e.g. `1%`.', type: 'text' },
    concurrency: { description: 'How many URLs are checked at once.', default: '16', type: 'integer' },
    'follow-redirects': { description: 'Follow redirects (at most 5 hops; a loop fails). When false a 3xx is the answer.', default: 'true', type: 'boolean' },
    'ca-file': { description: 'Path to PEM certificates to trust in addition to the system roots (an internal CA).', type: 'path' },
    service: {
      description: "Service name for the inline `urls` (titles, ids and severity grouping). Defaults to each URL's own host.",
      shownDefault: "each URL's host",
      type: 'text',
    },
    runbook: {
      description: "What the on-call engineer should do when a check fails (text or a link); the steps of its incident issue instead of runbook 001's.",
      type: 'text',
    },
    config: { description: "Path to the runbook config file. With `environment`, its services' health checks are checked too.", type: 'path' },
    environment: { description: 'Environment in the config file whose health checks to run (e.g. `production`).', type: 'text' },
    ...SHARD_INPUT,
    ...checkActionInputs(
      'When the step fails, `fail` (a check failed), `warn` (a check failed or warned) or `never`. smoke-test results are pass or fail (a missed SLO is a P3 failure), so `warn` acts as `fail` here.',
    ),
  },
  outputs: {
    status: STATUS_OUTPUT,
    results: {
      description:
        'JSON array of results: `id`, `kind`, `subject`, `target`, `status`, `severity`, `summary`, `evidence` (method, url, status, attempts, samples, p50/p95/max ms, error rate, reason), `runbook`, `startedAt`, `durationMs`.',
    },
    failed: { description: 'Number of URLs that failed.' },
    'p95-ms': { description: "The 95th percentile of the URLs' p95 latencies, in milliseconds." },
  },
};
