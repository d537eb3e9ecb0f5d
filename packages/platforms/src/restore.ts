import type { ProbeSpec } from '@runbook/http-probe';
import type { RestoreMove, RestoreOutcome, ServiceTarget } from './driver.ts';
import { smokeCheckServices } from './smoke.ts';
import type { Timeline } from './timeline.ts';

/**
 * Moves services back through their driver together, then smoke-checks the ones that are back
 * (with the shared checks), as after a deploy: back and checked is a rollback that worked.
 */
export async function restoreAndCheck<I extends { target: ServiceTarget }>(
  items: readonly I[],
  move: (items: readonly I[]) => Promise<Map<I, RestoreMove>>,
  probes: readonly ProbeSpec[],
  timeline: Timeline,
): Promise<Map<I, RestoreOutcome>> {
  // Nothing moved, nothing to check: a refused update left every service where it was.
  if (items.length === 0) return new Map();
  const moves = await move(items);
  const back = [...moves].filter(([, m]) => m.back).map(([item]) => item.target.key);
  const smoke = await smokeCheckServices(back, probes.filter((p) => back.includes(p.service) || !items.some((i) => i.target.key === p.service)), timeline);
  const outcomes = new Map<I, RestoreOutcome>();
  for (const [item, m] of moves) {
    const checked = m.back ? smoke.get(item.target.key) : undefined;
    outcomes.set(item, {
      back: m.back,
      ok: m.back && (checked?.ok ?? true),
      summary: `${m.summary}${checked ? `; ${checked.summary}` : ''}`,
      ...(checked ? { smoke: checked } : {}),
    });
  }
  return outcomes;
}
