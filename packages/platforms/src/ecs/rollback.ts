import type { RegisterTaskDefinitionCommandInput, Service } from '@aws-sdk/client-ecs';
import { UsageError } from '@runbook/core';
import { backoffFor } from '../calls.ts';
import type { DriverContext, RestoreMove, RollbackDriver, ServiceRollback } from '../driver.ts';
import { bestEffort } from '../stages.ts';
import { captureService } from './capture.ts';
import { EcsClients, EcsError, type Ecs } from './client.ts';
import type { EcsServiceTarget, RollbackPlan } from './plan.ts';
import { apiCallsSection, describeChange, ecsWords } from './report.ts';
import { restoreServices } from './restore.ts';
import { previousRevision, rollbackTargetProblem } from './revisions.ts';
import { eventIds } from './service-state.ts';
import { applyImageChange, parseTaskDefinitionRef, registrableInput, revisionLabel, type ContainerChange } from './task-definition.ts';

const DEFAULT_ROLLBACK_RUNBOOK =
  'The service may be running a broken revision: check its events and stopped tasks in the ECS console, then roll back by hand with aws ecs update-service --task-definition <family:revision>.';

/** What the ECS driver reads and writes for one service's rollback. */
interface EcsRollbackState {
  ecs: Ecs;
  before: Service;
  /** For `image-tag:`, the revision to register. */
  register?: RegisterTaskDefinitionCommandInput;
  changes: ContainerChange[];
  seen: Set<string>;
  deploymentId?: string;
}

type EcsRollback = ServiceRollback<EcsRollbackState, EcsServiceTarget>;

/** Resolves `to` for one service with reads only: the target must be an ACTIVE revision of the service's family. */
async function resolve(plan: RollbackPlan, target: EcsServiceTarget, clients: EcsClients): Promise<Omit<EcsRollback, 'target'>> {
  const ecs = clients.for(target.region);
  const before = await captureService(target, ecs);
  const from = before.taskDefinition as string;
  const family = parseTaskDefinitionRef(from)?.family ?? '';
  const base = { from, changes: '', state: { ecs, before, changes: [], seen: eventIds(before) } };
  const label = plan.inputLabel('to');
  const { to } = plan;
  if (to.kind === 'image-tag') {
    const current = await ecs.describeTaskDefinition(from);
    const applied = applyImageChange(current.taskDefinition.containerDefinitions ?? [], { kind: 'tag', tag: to.tag }, revisionLabel(from), target.containers?.names);
    if (!applied.ok) throw new UsageError(target.containers?.origin ?? label, applied.expected);
    const register = registrableInput({ ...current.taskDefinition, containerDefinitions: applied.containerDefinitions }, current.tags);
    return { from, changes: applied.changes.map(describeChange).join(', '), state: { ...base.state, register, changes: applied.changes } };
  }
  let arn: string | undefined;
  if (to.kind === 'previous') {
    arn = previousRevision(before, await ecs.listActiveRevisions(family));
    if (!arn) throw new UsageError(label, `${target.key}: no ACTIVE revision of ${family} older than ${revisionLabel(from)} to roll back to`);
  } else {
    arn = to.text;
  }
  let definition;
  try {
    definition = (await ecs.describeTaskDefinition(arn)).taskDefinition;
  } catch (error) {
    if (error instanceof EcsError && error.code === 'ClientException') throw new UsageError(label, `${to.kind === 'previous' ? revisionLabel(arn) : arn}: no such task definition`);
    throw error;
  }
  const problem = rollbackTargetProblem(from, definition);
  if (problem) throw new UsageError(label, problem);
  return { ...base, to: definition.taskDefinitionArn as string };
}

/** The ECS rollback: UpdateService back to an ACTIVE revision of the family (registered first for `image-tag:`). */
export function ecsRollbackDriver(plan: RollbackPlan, { clock, timeline }: DriverContext): RollbackDriver<EcsRollbackState, EcsServiceTarget> {
  const clients = new EcsClients(clock, backoffFor(plan.pollIntervalMs));
  return {
    words: { ...ecsWords, defaultRunbook: DEFAULT_ROLLBACK_RUNBOOK },
    titles: { resolve: 'resolve: read the services and the target revisions', register: 'register: new task definition revisions', rollback: 'rollback: update, wait, smoke-check' },
    resolve: (target) => resolve(plan, target, clients),
    async register(rollbacks) {
      for (const r of rollbacks) {
        const input = r.state.register;
        if (!input) continue;
        await bestEffort(
          async () => {
            r.to = (await r.state.ecs.registerTaskDefinition(input)).taskDefinitionArn as string;
            timeline.add(r.target.key, `registered ${revisionLabel(r.to)}`);
          },
          (reason) => (r.problem = `could not register the task definition: ${reason}`),
        );
      }
    },
    async restore(rollbacks) {
      const items = rollbacks.map((r) => ({ target: r.target, ecs: r.state.ecs, to: r.to as string, from: r.from, seen: r.state.seen, rollback: r }));
      const moves = await restoreServices(items, { timeoutMs: plan.waitTimeoutMs, pollIntervalMs: plan.pollIntervalMs, timeline, clock });
      return new Map<EcsRollback, RestoreMove>(
        [...moves].map(([item, move]) => {
          if (move.deploymentId) item.rollback.state.deploymentId = move.deploymentId;
          return [item.rollback, move];
        }),
      );
    },
    evidence: (r) => ({
      cluster: r.target.cluster,
      service: r.target.service,
      region: r.target.region,
      from: revisionLabel(r.from),
      to: r.to ? revisionLabel(r.to) : null,
      deployment: r.state.deploymentId ?? null,
      images: r.state.changes.map(describeChange).join('; ') || null,
      'smoke checks': r.restore?.smoke?.summary ?? null,
    }),
    sections: () => [apiCallsSection(clients.log)],
  };
}
