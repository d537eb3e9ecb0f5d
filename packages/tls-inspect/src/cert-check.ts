import { errorMessage, mapLimit, type CheckResult, type Evidence, type Severity } from '@runbook/core';
import { classify, type Finding } from './classify.ts';
import { datedPhrase, daysUntil } from './dates.ts';
import { formatHostPort } from './host-spec.ts';
import { inspectWithRetries, type Inspection, type RetryPolicy } from './inspect.ts';
import type { Thresholds } from './thresholds.ts';

/** One host to check, with everything decided: the engine reads no inputs. */
export interface CertTarget {
  id: string;
  environment: string;
  host: string;
  port: number;
  servername?: string;
  /** Extra trusted CA certificates (PEM). */
  ca?: string;
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
  thresholds: Thresholds;
  /** Replaces the computed severity of a failing result. */
  severity?: Severity;
  /** What to do when it fails; without it, the incident shows runbook 001's renewal steps in its locale. */
  runbook?: string;
}

export interface CertCheckRequest {
  targets: CertTarget[];
  concurrency: number;
  onProgress?: (result: CheckResult, done: number, total: number) => void;
}

/** `tls:production/example.com:443`, or `tls:production/example.com@10.0.0.5:443` when SNI names another host. */
export function certId(environment: string, host: string, port: number, servername?: string): string {
  const sni = servername && servername !== host ? `${servername}@` : '';
  return `tls:${environment}/${sni}${formatHostPort({ host, port })}`;
}

function evidenceOf(target: CertTarget, inspection: Inspection, attempts: number, findings: readonly Finding[], now: Date): Evidence {
  const base: Evidence = { host: target.host, port: target.port, servername: target.servername ?? null, attempts };
  if (!inspection.ok) return { ...base, 'days left': null, error: inspection.reason };
  const { tls } = inspection;
  const [leaf] = tls.chain;
  return {
    ...base,
    'days left': daysUntil(leaf.notAfter, now),
    'not before': leaf.notBefore.toISOString(),
    'not after': leaf.notAfter.toISOString(),
    subject: leaf.subject,
    issuer: leaf.issuer,
    SANs: leaf.sans.join(', '),
    chain: tls.chain.map((c) => c.name).join(' ← '),
    'key type': leaf.keyType,
    'key bits': leaf.keyBits ?? null,
    'signature algorithm': leaf.signatureAlgorithm,
    protocol: tls.protocol,
    cipher: tls.cipher,
    trusted: tls.trusted,
    'name matches': tls.nameMatches,
    findings: findings.map((f) => f.code).join(', '),
  };
}

type Verdict = Pick<CheckResult, 'status' | 'summary'> & { severity?: Severity };

/** The most severe finding decides; P4 alone is a warning; a host that could not be read is P2. */
function verdict(inspection: Inspection, findings: readonly Finding[], attempts: number, now: Date): Verdict {
  if (!inspection.ok) {
    return { status: 'fail', severity: 'P2', summary: `could not check the certificate: ${inspection.reason}${attempts > 1 ? ` (${attempts} attempts)` : ''}` };
  }
  const [worst] = findings;
  if (worst) return { status: worst.severity === 'P4' ? 'warn' : 'fail', severity: worst.severity, summary: findings.map((f) => f.message).join('; ') };
  const [leaf] = inspection.tls.chain;
  const key = `${leaf.keyType}${leaf.keyBits === undefined ? '' : ` ${leaf.keyBits}`}`;
  return { status: 'pass', summary: `valid until ${datedPhrase(leaf.notAfter, now)}; ${inspection.tls.protocol}, ${key}, trusted` };
}

export function toResult(target: CertTarget, inspection: Inspection, attempts: number, now: Date, durationMs: number): CheckResult {
  const findings = inspection.ok ? classify(inspection.tls, now, target.thresholds) : [];
  const { status, summary, severity: computed } = verdict(inspection, findings, attempts, now);
  const severity = status === 'fail' && target.severity ? target.severity : computed;
  return {
    id: target.id,
    kind: 'cert-check',
    subject: target.servername ?? target.host,
    target: formatHostPort(target),
    status,
    ...(severity ? { severity } : {}),
    summary,
    evidence: evidenceOf(target, inspection, attempts, findings, now),
    ...(target.runbook ? { runbook: target.runbook } : {}),
    startedAt: now.toISOString(),
    durationMs,
  };
}

/** An inspection that threw (a bug, an error nobody foresaw) fails its own host, never the others. */
const unexpected = (error: unknown): Inspection => ({ ok: false, reason: `the check failed unexpectedly: ${errorMessage(error)}`, retryable: false });

/** Checks every target, `concurrency` at a time; results keep the targets' order. */
export async function certCheck(request: CertCheckRequest, options: Pick<RetryPolicy, 'sleep' | 'random'> = {}): Promise<CheckResult[]> {
  let done = 0;
  return mapLimit(request.targets, request.concurrency, async (target) => {
    const now = new Date();
    const started = performance.now();
    const { inspection, attempts } = await inspectWithRetries(
      { host: target.host, port: target.port, timeoutMs: target.timeoutMs, ...(target.servername ? { servername: target.servername } : {}), ...(target.ca ? { ca: target.ca } : {}) },
      { retries: target.retries, retryDelayMs: target.retryDelayMs, ...options },
    ).catch((error: unknown) => ({ inspection: unexpected(error), attempts: 1 }));
    const result = toResult(target, inspection, attempts, now, Math.round(performance.now() - started));
    request.onProgress?.(result, ++done, request.targets.length);
    return result;
  });
}
