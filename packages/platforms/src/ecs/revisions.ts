import type { Service, TaskDefinition } from '@aws-sdk/client-ecs';
import { parseTaskDefinitionRef, revisionLabel } from './task-definition.ts';

/**
 * `keep-revisions`: the ACTIVE revisions (newest first) beyond the newest `keep`, minus the
 * protected ones (what runs anywhere in the cluster, the new revision and the rollback target).
 */
export function revisionsToDeregister(activeNewestFirst: readonly string[], keep: number, protectedArns: ReadonlySet<string>): string[] {
  return activeNewestFirst.slice(keep).filter((arn) => !protectedArns.has(arn));
}

/**
 * `to: previous`: the revision that ran before the current one. While an older deployment is still
 * on the service, that is it; otherwise the newest ACTIVE revision of the family below the current.
 */
export function previousRevision(service: Service, activeNewestFirst: readonly string[]): string | undefined {
  const current = service.taskDefinition;
  const older = (service.deployments ?? []).find((d) => d.status !== 'PRIMARY' && d.taskDefinition && d.taskDefinition !== current);
  if (older?.taskDefinition) return older.taskDefinition;
  const ref = current ? parseTaskDefinitionRef(current) : undefined;
  if (!ref?.revision) return undefined;
  return activeNewestFirst.find((arn) => {
    const other = parseTaskDefinitionRef(arn);
    return other?.family === ref.family && (other.revision ?? 0) < (ref.revision ?? 0);
  });
}

/** Why ECS must not be moved to `target`, or undefined when it can be. */
export function rollbackTargetProblem(currentArn: string | undefined, target: TaskDefinition): string | undefined {
  const current = currentArn ? parseTaskDefinitionRef(currentArn) : undefined;
  const label = revisionLabel(target.taskDefinitionArn);
  if (current && target.family !== current.family) {
    return `${label} is of family ${target.family}, but the service runs family ${current.family}; roll back within the family`;
  }
  if (target.status !== 'ACTIVE') return `${label} is ${target.status ?? 'not ACTIVE'} (deregistered): ECS cannot start it; choose an ACTIVE revision`;
  return undefined;
}
