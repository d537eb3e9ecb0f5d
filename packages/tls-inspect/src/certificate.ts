import { isIP } from 'node:net';
import type { X509Certificate } from 'node:crypto';

/** What one certificate says about itself, as plain data (the classification works on this). */
export interface CertificateFacts {
  /** The common name, or the whole subject when it has none. */
  name: string;
  subject: string;
  issuer: string;
  /** The issuer's common name, or its whole name when it has none. */
  issuerName: string;
  /** `DNS:example.com`, `IP Address:127.0.0.1`. */
  sans: string[];
  notBefore: Date;
  notAfter: Date;
  /** `RSA`, `EC`, `Ed25519`, `RSA-PSS`, `DSA`… */
  keyType: string;
  /** Modulus length for RSA and DSA, field size for EC; absent for fixed-size keys (Ed25519). */
  keyBits?: number;
  signatureAlgorithm: string;
  /** Issued by itself: a root, or a self-signed leaf. */
  selfSigned: boolean;
  fingerprint256: string;
}

const CURVE_BITS: Record<string, number> = {
  prime192v1: 192,
  secp224r1: 224,
  prime256v1: 256,
  secp256k1: 256,
  secp384r1: 384,
  secp521r1: 521,
  brainpoolP256r1: 256,
  brainpoolP384r1: 384,
  brainpoolP512r1: 512,
};

const KEY_TYPE_NAMES: Record<string, string> = { rsa: 'RSA', 'rsa-pss': 'RSA-PSS', dsa: 'DSA', ec: 'EC', ed25519: 'Ed25519', ed448: 'Ed448' };

/** `CN=example.com` → `example.com`; `O=Acme, OU=Ops` when there is no CN. */
export function displayName(distinguishedName: string): string {
  const parts = distinguishedName.split('\n').filter(Boolean);
  const cn = parts.find((p) => p.startsWith('CN='));
  return cn ? cn.slice(3) : parts.join(', ');
}

export function certificateFacts(x509: X509Certificate): CertificateFacts {
  const key = x509.publicKey;
  const type = key.asymmetricKeyType ?? 'unknown';
  const details = key.asymmetricKeyDetails ?? {};
  const keyBits = details.modulusLength ?? (details.namedCurve ? CURVE_BITS[details.namedCurve] : undefined);
  return {
    name: displayName(x509.subject),
    subject: x509.subject.split('\n').join(', '),
    issuer: x509.issuer.split('\n').join(', '),
    issuerName: displayName(x509.issuer),
    sans: x509.subjectAltName ? x509.subjectAltName.split(/,\s*/) : [],
    notBefore: x509.validFromDate,
    notAfter: x509.validToDate,
    keyType: KEY_TYPE_NAMES[type] ?? type,
    ...(keyBits === undefined ? {} : { keyBits }),
    signatureAlgorithm: x509.signatureAlgorithm ?? 'unknown',
    selfSigned: x509.subject === x509.issuer && x509.verify(key),
    fingerprint256: x509.fingerprint256,
  };
}

/**
 * Whether the certificate is valid for the name the client asked for, the way browsers decide:
 * subject alternative names only (the common name is ignored), wildcards in the left-most label.
 */
export function matchesName(x509: X509Certificate, name: string): boolean {
  return isIP(name) ? x509.checkIP(name) !== undefined : x509.checkHost(name, { subject: 'never' }) !== undefined;
}
