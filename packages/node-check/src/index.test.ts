import { describe, expect, it } from 'vitest';
import { nodeTooOld } from './index.js';

describe('nodeTooOld', () => {
  it('accepts Node 24 and newer', () => {
    for (const version of ['v24.0.0', 'v24.21.0', 'v25.1.0', 'v100.0.0']) expect(nodeTooOld('x', version, 'hint')).toBeUndefined();
  });

  it('names what it needs, what it found and what to do for anything older or unreadable', () => {
    expect(nodeTooOld('cert-check', 'v23.11.1', 'install Node 24')).toBe('cert-check needs Node.js 24 or newer (found v23.11.1): install Node 24');
    expect(nodeTooOld('cert-check', 'v20.20.2', 'h')).toBe('cert-check needs Node.js 24 or newer (found v20.20.2): h');
    expect(nodeTooOld('runbook', 'unknown', 'h')).toBe('runbook needs Node.js 24 or newer (found unknown): h');
  });
});
