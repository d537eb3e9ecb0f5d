import { describe, expect, it } from 'vitest';
import { fitSummary } from './summary.ts';

describe('fitSummary', () => {
  it('keeps text that fits as it is', () => {
    expect(fitSummary('| 障害 |\n', 100, 'x')).toBe('| 障害 |\n');
  });

  it('cuts by UTF-8 bytes at a line end, and says how much was left out and where it is', () => {
    const text = `${'| 障害が発生しました |\n'.repeat(2000)}`;
    const out = fitSummary(text, 10_000, 'See `results`.');
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(10_000);
    expect(out).toMatch(/^(\| 障害が発生しました \|\n)+\n> ✂️ Cut: \d+ KB of \d+ KB not shown; GitHub limits a job summary to 1 MiB\. See `results`\.\n$/);
  });

  it('never cuts a character in half on one long line', () => {
    const out = fitSummary('障'.repeat(5000), 1000, '');
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(1000);
    expect(out).not.toContain('\ufffd');
    expect(out.startsWith('障障障')).toBe(true);
  });
});
