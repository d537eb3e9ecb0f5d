import { describe, expect, it } from 'vitest';
import { TerminalEmitter } from './terminal-emitter.ts';

// As GitHub's runner reads a line: `::` after leading whitespace (U+0085 included), or `##[` anywhere.
const commandLines = (text: string): string[] => text.split(/\r\n|\r|\n/).filter((line) => /^[\s\u0085]*::/.test(line) || line.includes('##['));

describe('TerminalEmitter inside a job', () => {
  it('prints no line the runner would take for a workflow command', async () => {
    let printed = '';
    const emitter = new TerminalEmitter(undefined, (t) => (printed += t), (t) => (printed += t));
    const evil = '::error::pwned\n  ::add-mask::x\n##[error]x\n::stop-commands::x';
    emitter.progress(evil);
    emitter.warning(evil);
    emitter.untrusted(evil.split('\n'));
    await emitter.group(evil, async () => undefined);
    await emitter.report({ action: 'smoke-test', headline: evil, results: [], table: { columns: ['a'], rows: [[evil]] }, sections: [{ heading: evil, body: evil }], outputs: {} });
    expect(printed).toContain('pwned');
    expect(commandLines(printed)).toEqual([]);
  });
});
