import { checkActionInputs, SHARD_INPUT, STATUS_OUTPUT } from './common.ts';
import type { ActionDefinition } from './definition.ts';

export const CERT_CHECK: ActionDefinition = {
  name: 'cert-check',
  title: 'runbook cert-check',
  description: 'Check TLS certificates concurrently for expiry, host name, trust chain, weak keys and signatures, and old TLS versions.',
  branding: { icon: 'lock', color: 'green' },
  inputs: {
    hosts: {
      description:
        'Hosts to check, one per line, as `host`, `host:port` (default port 443) or an `https://` URL. Leave empty to take the `certs:` of `environment` from `config`.',
      type: 'lines',
      cli: { alias: 'host' },
    },
    'warn-days': { description: 'A certificate with this many days left or fewer is a warning (P4).', default: '30', type: 'integer' },
    'critical-days': { description: 'A certificate with this many days left or fewer fails (P2). Must not be above `warn-days`.', default: '7', type: 'integer' },
    servername: {
      description:
        'The name sent as SNI and checked against the certificate, for inline `hosts` given as addresses or load balancer names. Defaults to each host.',
      shownDefault: 'each host',
      type: 'text',
    },
    'ca-file': { description: 'Path to PEM certificates to trust in addition to the default roots (an internal CA).', type: 'path' },
    'min-key-bits': {
      description: 'Smallest acceptable key, e.g. `2048` (RSA; EC stays 256) or `rsa:3072,ec:384`. Smaller keys fail (P3).',
      default: '2048',
      type: 'text',
    },
    timeout: { description: 'Time limit for connect and TLS handshake per attempt (e.g. `5s`).', default: '10s', type: 'duration' },
    retries: {
      description: 'How many times a host that cannot be reached (refused, reset, timeout) is retried before it counts as failing (0-10).',
      default: '2',
      type: 'integer',
    },
    'retry-delay': { description: 'First delay between retries; it doubles each time, with jitter.', default: '2s', type: 'duration' },
    concurrency: { description: 'How many hosts are checked at once.', default: '16', type: 'integer' },
    runbook: {
      description:
        "What the on-call engineer should do when a check fails (text or a link), shown in its incident issue. Defaults to runbook 001's certbot renewal steps for the host.",
      type: 'text',
    },
    config: { description: 'Path to the runbook config file. With `environment`, its `certs:` entries are checked too.', type: 'path' },
    environment: {
      description: 'Environment in the config file whose `certs:` to check (e.g. `production`); also the middle part of result ids.',
      type: 'text',
    },
    ...SHARD_INPUT,
    ...checkActionInputs('When the step fails, `fail` (a check failed), `warn` (a check failed or warned) or `never`.'),
  },
  outputs: {
    status: STATUS_OUTPUT,
    results: {
      description:
        'JSON array of results, one per host; the evidence holds host, port, days left, not before/after, subject, issuer, SANs, chain, key type and bits, signature algorithm, protocol, cipher and the finding codes.',
    },
    'min-days-left': { description: 'The fewest days left of any certificate checked (empty when none could be read); negative when one has expired.' },
  },
};
