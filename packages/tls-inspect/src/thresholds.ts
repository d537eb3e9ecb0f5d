import { quote, type Parsed } from '@runbook/core';

/** Smallest acceptable public keys, in bits, per key family. */
export interface MinKeyBits {
  /** RSA and DSA moduli. */
  rsa: number;
  /** Elliptic-curve field sizes (P-256 is 256). */
  ec: number;
}

export interface Thresholds {
  /** A certificate with this many days left or fewer is a warning (P4). */
  warnDays: number;
  /** A certificate with this many days left or fewer needs action now (P2). */
  criticalDays: number;
  minKeyBits: MinKeyBits;
}

/** What browsers and the CA/Browser Forum baseline accept today. */
export const DEFAULT_MIN_KEY_BITS: MinKeyBits = { rsa: 2048, ec: 256 };

const EXPECTED = 'expected RSA bits like 2048, or per family like rsa:3072,ec:384';

/** `2048` (RSA; EC keeps its default of 256) or `rsa:3072,ec:384` (either or both). */
export function minKeyBitsValue(text: string): Parsed<MinKeyBits> {
  const source = text.trim();
  if (/^\d+$/.test(source)) return bitsIn(Number(source), source, { ...DEFAULT_MIN_KEY_BITS, rsa: Number(source) });
  const value = { ...DEFAULT_MIN_KEY_BITS };
  const parts = source.split(/[\s,]+/).filter(Boolean);
  for (const part of parts) {
    const match = /^(rsa|ec)[:=](\d+)$/i.exec(part);
    if (!match) return { ok: false, expected: `${EXPECTED}, got ${quote(source)}` };
    value[(match[1] as string).toLowerCase() as keyof MinKeyBits] = Number(match[2]);
  }
  if (parts.length === 0) return { ok: false, expected: `${EXPECTED}, got ${quote(source)}` };
  return bitsIn(Math.min(value.rsa, value.ec), source, value);
}

function bitsIn(smallest: number, source: string, value: MinKeyBits): Parsed<MinKeyBits> {
  if (smallest < 128 || Math.max(value.rsa, value.ec) > 16384) return { ok: false, expected: `expected key sizes from 128 to 16384 bits, got ${quote(source)}` };
  return { ok: true, value };
}
