import { describe, expect, it } from 'vitest';
import { commandValue } from './command-line.ts';

describe('migration commands', () => {
  it('splits words with quotes, or takes a JSON array', () => {
    expect(commandValue('alembic upgrade head')).toEqual({ ok: true, value: ['alembic', 'upgrade', 'head'] });
    expect(commandValue(`sh -c "alembic upgrade head && echo 'done'"`)).toEqual({ ok: true, value: ['sh', '-c', "alembic upgrade head && echo 'done'"] });
    expect(commandValue(`run ''`)).toEqual({ ok: true, value: ['run', ''] });
    expect(commandValue('["python", "-m", "app.migrate"]')).toEqual({ ok: true, value: ['python', '-m', 'app.migrate'] });
  });

  it('says what is wrong', () => {
    expect(commandValue('alembic "upgrade')).toEqual({ ok: false, expected: 'expected a closing " in "alembic "upgrade"' });
    expect(commandValue('[1, 2]').ok).toBe(false);
    expect(commandValue('   ').ok).toBe(false);
  });
});
