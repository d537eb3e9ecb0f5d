import { describe, expect, it } from 'vitest';
import { renderCodeSpan } from './table.ts';

describe('renderCodeSpan', () => {
  it('puts outside text on one line in a code span no backtick inside can close', () => {
    expect(renderCodeSpan('container failed\n::error::x\n**bold** [link](https://e.x)')).toBe('`container failed ::error::x **bold** [link](https://e.x)`');
    expect(renderCodeSpan('a `b` c')).toBe('``a `b` c``');
    expect(renderCodeSpan('``x')).toBe('``` ``x ```');
  });

  it('cuts long text', () => {
    expect(renderCodeSpan('x'.repeat(20), 10)).toBe(`\`${'x'.repeat(9)}…\``);
  });
});
