import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import tls from 'node:tls';
import { formatDuration, retryWhile } from '@runbook/core';
import { certificateFacts, matchesName, type CertificateFacts } from './certificate.ts';

export interface InspectRequest {
  host: string;
  port: number;
  /** The name sent as SNI and checked against the certificate; defaults to `host`. */
  servername?: string;
  /** Extra trusted CA certificates (PEM), added to Node's default roots. */
  ca?: string;
  /** Budget for connect and handshake together. */
  timeoutMs: number;
}

/** What the handshake showed, as plain data. */
export interface TlsFacts {
  /** `TLSv1.3`, `TLSv1.2`, `TLSv1`… */
  protocol: string;
  cipher: string;
  /** The chain as the client built it: the leaf first, then each issuer it found (sent or trusted). */
  chain: [leaf: CertificateFacts, ...issuers: CertificateFacts[]];
  /** OpenSSL verified the chain up to a trusted root (the host name is judged separately). */
  trusted: boolean;
  /** OpenSSL's verification code when not trusted, e.g. `CERT_HAS_EXPIRED`. */
  trustError?: string;
  /**
   * Where the chain ends: at a trusted root, at a self-signed certificate nobody trusts, or at a
   * certificate whose issuer was neither sent by the server nor found among the trusted roots.
   */
  anchor: Anchor;
  /** The name the certificate was checked against. */
  checkedName: string;
  nameMatches: boolean;
}

export type Anchor = 'trusted' | 'untrusted' | 'missing';

export type Inspection = { ok: true; tls: TlsFacts } | { ok: false; reason: string; retryable: boolean };

const networkReasons: Record<string, [reason: string, retryable: boolean]> = {
  ECONNREFUSED: ['connection refused', true],
  ECONNRESET: ['connection reset by the server during the TLS handshake', true],
  EPIPE: ['connection closed by the server during the TLS handshake', true],
  ENOTFOUND: ['host not found', false],
  EAI_AGAIN: ['host name lookup failed (temporary DNS failure)', true],
  EHOSTUNREACH: ['host unreachable', true],
  ENETUNREACH: ['network unreachable', true],
  ETIMEDOUT: ['connection timed out', true],
  ERR_SSL_WRONG_VERSION_NUMBER: ['the server did not answer with TLS (plain HTTP on this port?)', false],
  ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION: ['the server accepts no TLS version we offer (TLS 1.0 to 1.3)', false],
  ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE: ['the server refused the TLS handshake (no shared cipher or protocol)', false],
  // OpenSSL 3.2+ (Node 22+) names the same alert this way.
  'ERR_SSL_SSL/TLS_ALERT_HANDSHAKE_FAILURE': ['the server refused the TLS handshake (no shared cipher or protocol)', false],
  ERR_SSL_TLSV1_UNRECOGNIZED_NAME: ['the server has no certificate for this name (SNI)', false],
};

function describeError(error: unknown): { reason: string; retryable: boolean } {
  const code = (error as NodeJS.ErrnoException).code;
  const known = code ? networkReasons[code] : undefined;
  if (known) return { reason: known[0], retryable: known[1] };
  // OpenSSL messages carry a second line of library internals; the first says what happened.
  const message = (error as Error).message.trim().split('\n')[0] ?? '';
  return { reason: code && !message.includes(code) ? `${code}: ${message}` : message, retryable: false };
}

const contexts = new Map<string, tls.SecureContext>();

/**
 * One context per set of roots, shared by every connection: Node's default roots (bundled,
 * NODE_EXTRA_CA_CERTS, system when enabled) plus `extra`. Building a context with ~270 roots
 * costs ~20 ms of CPU, which 100 hosts must not pay 100 times. Security level 0 and TLS 1.0 are
 * allowed on purpose: a weak key, a SHA-1 signature or an old protocol is a finding, not a failed
 * handshake.
 */
function secureContext(extra: string | undefined): tls.SecureContext {
  const key = extra ?? '';
  let context = contexts.get(key);
  if (!context) {
    context = tls.createSecureContext({ minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0', ...(extra ? { ca: [...tls.getCACertificates('default'), extra] } : {}) });
    contexts.set(key, context);
  }
  return context;
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g;
let defaultAnchors: Set<string> | undefined;
const extraAnchors = new Map<string, Set<string>>();

const fingerprints = (pems: readonly string[]): Set<string> => new Set(pems.map((pem) => new X509Certificate(pem).fingerprint256));

/**
 * Is this self-signed certificate one of the trusted roots? Only asked about chains OpenSSL did
 * not verify, because its one error code hides the others (an expired self-signed certificate
 * reports only the expiry); fingerprinting the roots costs ~30 ms, once per run.
 */
function isTrustedRoot(fingerprint256: string, extra: string | undefined): boolean {
  defaultAnchors ??= fingerprints(tls.getCACertificates('default'));
  if (defaultAnchors.has(fingerprint256)) return true;
  if (!extra) return false;
  let anchors = extraAnchors.get(extra);
  if (!anchors) extraAnchors.set(extra, (anchors = fingerprints(extra.match(PEM_CERTIFICATE) ?? [])));
  return anchors.has(fingerprint256);
}

function anchorOf(chain: TlsFacts['chain'], authorized: boolean, extra: string | undefined): Anchor {
  if (authorized) return 'trusted';
  const last = chain.at(-1) ?? chain[0];
  if (!last.selfSigned) return 'missing';
  return isTrustedRoot(last.fingerprint256, extra) ? 'trusted' : 'untrusted';
}

/** The leaf and its issuers as Node resolved them, each once, in order. */
function peerChain(socket: tls.TLSSocket): X509Certificate[] {
  const chain: X509Certificate[] = [];
  const seen = new Set<string>();
  for (let cert: tls.DetailedPeerCertificate | undefined = socket.getPeerCertificate(true); cert?.raw && !seen.has(cert.fingerprint256); cert = cert.issuerCertificate) {
    seen.add(cert.fingerprint256);
    chain.push(new X509Certificate(cert.raw));
  }
  return chain;
}

function describeHandshake(socket: tls.TLSSocket, checkedName: string, extra: string | undefined): Inspection {
  const [leaf, ...issuers] = peerChain(socket);
  if (!leaf) return { ok: false, reason: 'the server sent no certificate', retryable: false };
  const chain: TlsFacts['chain'] = [certificateFacts(leaf), ...issuers.map(certificateFacts)];
  return {
    ok: true,
    tls: {
      protocol: socket.getProtocol() ?? 'unknown',
      cipher: socket.getCipher().name,
      chain,
      trusted: socket.authorized,
      ...(socket.authorized ? {} : { trustError: String(socket.authorizationError) }),
      anchor: anchorOf(chain, socket.authorized, extra),
      checkedName,
      nameMatches: matchesName(leaf, checkedName),
    },
  };
}

/**
 * One TLS handshake: SNI, every certificate the chain holds, the negotiated protocol. Trust and
 * the host name are not enforced here (`rejectUnauthorized: false`) but reported, so an expired
 * or mismatched certificate can still be described.
 */
export function inspect(request: InspectRequest): Promise<Inspection> {
  const checkedName = request.servername ?? request.host;
  return new Promise((resolve) => {
    const socket = tls.connect({
      host: request.host,
      port: request.port,
      // RFC 6066 forbids an IP address as SNI; a certificate for an IP is checked without it.
      ...(isIP(checkedName) ? {} : { servername: checkedName }),
      secureContext: secureContext(request.ca),
      rejectUnauthorized: false,
      checkServerIdentity: () => undefined,
    });
    const finish = (inspection: Inspection): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(inspection);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: `no TLS handshake within ${formatDuration(request.timeoutMs)}`, retryable: true }), request.timeoutMs);
    socket.once('secureConnect', () => {
      try {
        finish(describeHandshake(socket, checkedName, request.ca));
      } catch (error) {
        finish({ ok: false, reason: `could not read the certificate: ${(error as Error).message}`, retryable: false });
      }
    });
    socket.on('error', (error) => finish({ ok: false, ...describeError(error) }));
  });
}

export interface RetryPolicy {
  retries: number;
  retryDelayMs: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** Inspects, retrying connection failures that another attempt can cure, with backoff and jitter. */
export async function inspectWithRetries(request: InspectRequest, policy: RetryPolicy): Promise<{ inspection: Inspection; attempts: number }> {
  const { result, attempts } = await retryWhile(
    () => inspect(request),
    (inspection) => !inspection.ok && inspection.retryable,
    { retries: policy.retries, baseMs: policy.retryDelayMs, ...(policy.sleep ? { sleep: policy.sleep } : {}), ...(policy.random ? { random: policy.random } : {}) },
  );
  return { inspection: result, attempts };
}
