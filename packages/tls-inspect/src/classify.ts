import type { Severity } from '@runbook/core';
import type { CertificateFacts } from './certificate.ts';
import { datedPhrase, daysUntil } from './dates.ts';
import type { TlsFacts } from './inspect.ts';
import type { Thresholds } from './thresholds.ts';

export type FindingCode =
  | 'expired'
  | 'not-yet-valid'
  | 'name-mismatch'
  | 'untrusted'
  | 'critical-days'
  | 'weak-key'
  | 'weak-signature'
  | 'old-protocol'
  | 'warn-days';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Plain words with the date where there is one: `expires 2026-12-01, in 6 days`. */
  message: string;
}

/** Browsers refuse these outright; the severity table puts them all at P3. */
const OLD_PROTOCOLS = new Set(['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1']);
const WEAK_DIGEST = /md[245]|sha-?1(?!\d)/i;
/** Verification codes that say nothing the dates and the anchor do not already say, better. */
const EXPLAINED_ELSEWHERE = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
]);
const severityRank: Record<Severity, number> = { P1: 1, P2: 2, P3: 3, P4: 4 };

const quoted = (cert: CertificateFacts): string => `"${cert.name}"`;

/** `localhost, 127.0.0.1, and 3 more` */
function namesOf(cert: CertificateFacts): string {
  const names = cert.sans.map((san) => san.replace(/^(DNS|IP Address):/, ''));
  if (names.length === 0) return `no subject alternative names (browsers ignore the common name ${quoted(cert)})`;
  return names.length > 4 ? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more` : names.join(', ');
}

/** The critical-days or warn-days finding for a certificate that expires at `notAfter`, if any. */
function expiry(notAfter: Date, now: Date, thresholds: Thresholds, whose = ''): Finding[] {
  const days = daysUntil(notAfter, now);
  if (days <= thresholds.criticalDays) {
    return [{ code: 'critical-days', severity: 'P2', message: `${whose}expires ${datedPhrase(notAfter, now)} (renew within ${thresholds.criticalDays} days)` }];
  }
  if (days <= thresholds.warnDays) return [{ code: 'warn-days', severity: 'P4', message: `${whose}expires ${datedPhrase(notAfter, now)} (within ${thresholds.warnDays} days)` }];
  return [];
}

function validity(leaf: CertificateFacts, now: Date, thresholds: Thresholds): Finding[] {
  if (leaf.notAfter < now) return [{ code: 'expired', severity: 'P1', message: `expired ${datedPhrase(leaf.notAfter, now)}` }];
  if (leaf.notBefore > now) return [{ code: 'not-yet-valid', severity: 'P1', message: `not valid until ${datedPhrase(leaf.notBefore, now)}` }];
  return expiry(leaf.notAfter, now, thresholds);
}

/** An intermediate the server sends that runs out before the leaf breaks the chain on that day. */
function issuerValidity(chain: readonly CertificateFacts[], now: Date, thresholds: Thresholds): Finding[] {
  const [leaf, ...issuers] = chain;
  if (!leaf) return [];
  return issuers
    .filter((issuer) => !issuer.selfSigned && issuer.notAfter >= now && issuer.notAfter < leaf.notAfter)
    .flatMap((issuer) => expiry(issuer.notAfter, now, thresholds, `the intermediate ${quoted(issuer)} the server sends `));
}

function trust(tls: TlsFacts, now: Date): Finding[] {
  if (tls.trusted) return [];
  const untrusted = (message: string): Finding => ({ code: 'untrusted', severity: 'P2', message });
  const { chain } = tls;
  const last = chain.at(-1) ?? chain[0];
  const findings: Finding[] = [];
  if (tls.anchor === 'missing') {
    findings.push(
      untrusted(
        chain.length === 1
          ? `missing intermediate: the server sends only its own certificate, and its issuer "${last.issuerName}" is not a trusted root (serve the full chain)`
          : `not trusted: ${quoted(last)} is issued by "${last.issuerName}", which is not a trusted root and not sent by the server (an internal CA needs ca-file)`,
      ),
    );
  } else if (tls.anchor === 'untrusted') {
    findings.push(untrusted(chain.length === 1 ? 'self-signed certificate: no browser trusts it' : `the chain ends in the root ${quoted(last)}, which is not trusted`));
  }
  // The leaf's own dates are findings of their own; an issuer out of its dates breaks the chain.
  for (const issuer of chain.slice(1)) {
    if (issuer.notAfter < now) findings.push(untrusted(`the issuer ${quoted(issuer)} expired ${datedPhrase(issuer.notAfter, now)}`));
    else if (issuer.notBefore > now) findings.push(untrusted(`the issuer ${quoted(issuer)} is not valid until ${datedPhrase(issuer.notBefore, now)}`));
  }
  if (findings.length === 0 && tls.trustError && !EXPLAINED_ELSEWHERE.has(tls.trustError)) findings.push(untrusted(`the chain is not trusted (${tls.trustError})`));
  return findings;
}

/** Keys and signatures of the leaf and the intermediates; a root's own signature is never checked by clients. */
function strength(chain: readonly CertificateFacts[], thresholds: Thresholds): Finding[] {
  const findings: Finding[] = [];
  chain.forEach((cert, i) => {
    if (i > 0 && cert.selfSigned) return;
    const whose = i === 0 ? '' : ` of the issuer ${quoted(cert)}`;
    const family = /^(RSA|RSA-PSS|DSA)$/.test(cert.keyType) ? 'rsa' : cert.keyType === 'EC' ? 'ec' : undefined;
    const min = family ? thresholds.minKeyBits[family] : undefined;
    if (min !== undefined && cert.keyBits !== undefined && cert.keyBits < min) {
      findings.push({ code: 'weak-key', severity: 'P3', message: `weak key${whose}: ${cert.keyType} ${cert.keyBits} bits, at least ${min} expected` });
    }
    if (WEAK_DIGEST.test(cert.signatureAlgorithm)) {
      findings.push({ code: 'weak-signature', severity: 'P3', message: `weak signature${whose}: ${cert.signatureAlgorithm} (browsers reject SHA-1 and MD5)` });
    }
  });
  return findings;
}

/**
 * Everything wrong with what one handshake showed, most severe first. Pure: the same facts, time
 * and thresholds always give the same findings.
 */
export function classify(tls: TlsFacts, now: Date, thresholds: Thresholds): Finding[] {
  const [leaf] = tls.chain;
  const findings = [...validity(leaf, now, thresholds), ...issuerValidity(tls.chain, now, thresholds), ...trust(tls, now), ...strength(tls.chain, thresholds)];
  if (!tls.nameMatches) findings.push({ code: 'name-mismatch', severity: 'P1', message: `the certificate is not valid for ${tls.checkedName}: it names ${namesOf(leaf)}` });
  if (OLD_PROTOCOLS.has(tls.protocol)) findings.push({ code: 'old-protocol', severity: 'P3', message: `negotiated ${tls.protocol}: browsers require TLS 1.2 or later` });
  return findings.sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
}
