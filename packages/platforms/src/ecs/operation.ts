import { systemClock, type Clock, type Emitter } from '@runbook/core';
import { backoffFor } from '../calls.ts';
import { EcsClients } from './client.ts';
import type { EcsOperation } from './plan.ts';
import { Timeline } from './timeline.ts';

/** What a deploy or a rollback starts with: its clock, start time, timeline and API clients. */
export function startOperation(plan: EcsOperation, emitter: Emitter): { clock: Clock; startedAt: string; timeline: Timeline; clients: EcsClients } {
  const clock = plan.clock ?? systemClock;
  return { clock, startedAt: new Date().toISOString(), timeline: new Timeline(emitter), clients: new EcsClients(clock, backoffFor(plan.pollIntervalMs)) };
}
