import { firstLine, runTool } from './tool.ts';
import { undecided, type Verdict } from '../verdict.ts';

export interface UnitState {
  Id?: string;
  LoadState?: string;
  ActiveState?: string;
  SubState?: string;
  Result?: string;
}

export const SYSTEMCTL_ARGS = ['show', '--property=Id,LoadState,ActiveState,SubState,Result', '--'];

/** `systemctl show` output: one block of `Key=value` lines per unit, in the order asked, blank lines between. */
export function parseSystemctlShow(text: string): UnitState[] {
  return text
    .split(/\n\s*\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const unit: Record<string, string> = {};
      for (const line of block.split('\n')) {
        const eq = line.indexOf('=');
        if (eq > 0) unit[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
      }
      return unit as UnitState;
    });
}

/** `estimator` → `estimator.service`, as systemctl names it. */
export const unitName = (name: string): string => (/\.(service|socket|timer|target|mount|path|scope|slice|device|swap|automount)$/.test(name) ? name : `${name}.service`);

/** active (or reloading) passes; a unit restarting after a crash or not active is down: P1. */
export function unitVerdict(name: string, unit: UnitState | undefined): Verdict {
  if (!unit) return undecided(`systemctl said nothing about ${name}`);
  const evidence = { unit: unit.Id ?? unitName(name), load: unit.LoadState ?? null, active: unit.ActiveState ?? null, sub: unit.SubState ?? null, result: unit.Result ?? null };
  const state = `${unit.ActiveState}${unit.SubState ? ` (${unit.SubState})` : ''}`;
  if (unit.LoadState === 'not-found') return { outcome: 'fail', severity: 'P1', summary: `${evidence.unit} is not installed (LoadState not-found)`, evidence };
  if (unit.ActiveState === 'active' || unit.ActiveState === 'reloading') return { outcome: 'pass', summary: `${evidence.unit} is ${state}`, evidence };
  if (unit.ActiveState === 'activating' && unit.SubState !== 'auto-restart') return { outcome: 'warn', severity: 'P4', summary: `${evidence.unit} is still starting: ${state}`, evidence };
  const why = unit.Result && unit.Result !== 'success' ? `, result ${unit.Result}` : '';
  return { outcome: 'fail', severity: 'P1', summary: `${evidence.unit} is ${state}${why}`, evidence };
}

/** One `systemctl show` for every unit; without systemd each unit is undecided with systemctl's own reason. */
export async function checkUnits(units: readonly string[], timeoutMs: number): Promise<Verdict[]> {
  const run = await runTool('systemctl', [...SYSTEMCTL_ARGS, ...units.map(unitName)], timeoutMs);
  if (!run.ran) return units.map(() => undecided(run.reason));
  if (run.code !== 0) return units.map(() => undecided(`systemctl show failed: ${firstLine(run)}`));
  const states = parseSystemctlShow(run.stdout);
  return units.map((name, i) => unitVerdict(name, states.find((s) => s.Id === unitName(name)) ?? states[i]));
}
