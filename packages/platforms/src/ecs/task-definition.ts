import type { ContainerDefinition, RegisterTaskDefinitionCommandInput, Tag, TaskDefinition } from '@aws-sdk/client-ecs';
import type { Parsed } from '@runbook/core';
import { withTag, type ImageChange } from './images.ts';

/**
 * Fields ECS sets itself: DescribeTaskDefinition returns them, RegisterTaskDefinition must not get
 * them. Everything else is copied as is, so fields added to ECS later (runtimePlatform,
 * enableFaultInjection, …) survive a deploy instead of being dropped by a list of known keys.
 */
const READ_ONLY_FIELDS: ReadonlySet<string> = new Set([
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt',
  'deleteRequestedAt',
]);

export function registrableInput(definition: TaskDefinition | Record<string, unknown>, tags: readonly Tag[] = []): RegisterTaskDefinitionCommandInput {
  const input = Object.fromEntries(Object.entries(definition).filter(([key, value]) => !READ_ONLY_FIELDS.has(key) && value !== undefined));
  return { ...input, ...(tags.length ? { tags: [...tags] } : {}) } as RegisterTaskDefinitionCommandInput;
}

export interface TaskDefinitionRef {
  family: string;
  revision?: number;
}

const FAMILY = /^[A-Za-z0-9_-]{1,255}$/;

/** `family`, `family:12` or `arn:aws:ecs:<region>:<account>:task-definition/family:12`. */
export function parseTaskDefinitionRef(text: string): TaskDefinitionRef | undefined {
  const arn = /^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/(.+)$/.exec(text.trim());
  const name = arn ? (arn[1] as string) : text.trim();
  const [family = '', revision, ...rest] = name.split(':');
  if (!FAMILY.test(family) || rest.length > 0) return undefined;
  if (revision === undefined) return arn ? undefined : { family };
  return /^[1-9]\d*$/.test(revision) ? { family, revision: Number(revision) } : undefined;
}

/** `backend:12` for an ARN, for people. */
export function revisionLabel(arn: string | undefined): string {
  if (!arn) return '–';
  const ref = parseTaskDefinitionRef(arn);
  return ref?.revision ? `${ref.family}:${ref.revision}` : arn;
}

export interface ContainerChange {
  container: string;
  from: string;
  to: string;
}

export type ImageChangeResult =
  | { ok: true; containerDefinitions: ContainerDefinition[]; changes: ContainerChange[] }
  /** `field` is the input the problem comes from: image, images, image-tag or containers. */
  | { ok: false; field: 'image' | 'images' | 'image-tag' | 'containers'; expected: string };

/**
 * Applies a new image (one container), images (by container), or a tag (keeping each container's
 * repository) to a task definition's containers. `selected` limits `image` and `image-tag` to
 * some containers, so sidecars keep their images.
 */
export function applyImageChange(
  containers: readonly ContainerDefinition[],
  change: ImageChange,
  label: string,
  selected?: readonly string[],
): ImageChangeResult {
  const names = containers.map((c) => c.name ?? '');
  const known = `containers: ${names.join(', ')}`;
  const missing = (selected ?? []).find((name) => !names.includes(name));
  if (missing !== undefined) return { ok: false, field: 'containers', expected: `container "${missing}" is not in ${label} (${known})` };

  let target: Record<string, string> = {};
  if (change.kind === 'images') {
    const unknown = Object.keys(change.images).find((name) => !names.includes(name));
    if (unknown !== undefined) return { ok: false, field: 'images', expected: `container "${unknown}" is not in ${label} (${known})` };
    target = change.images;
  } else if (change.kind === 'image') {
    const chosen = selected ?? names;
    if (chosen.length !== 1) {
      return { ok: false, field: 'image', expected: `${label} has ${chosen.length} containers (${chosen.join(', ')}): name the one to change with containers, or use images` };
    }
    target = { [chosen[0] as string]: change.image };
  } else if (change.kind === 'tag') {
    for (const c of containers) if (!selected || selected.includes(c.name ?? '')) target[c.name ?? ''] = withTag(c.image ?? '', change.tag);
  }

  const changes: ContainerChange[] = [];
  const containerDefinitions = containers.map((c) => {
    const image = target[c.name ?? ''];
    if (image === undefined) return c;
    changes.push({ container: c.name ?? '', from: c.image ?? '', to: image });
    return { ...c, image };
  });
  return { ok: true, containerDefinitions, changes };
}

/**
 * A task definition from a file: the body of RegisterTaskDefinition, or what
 * `aws ecs describe-task-definition` prints (`{"taskDefinition": …, "tags": …}`).
 */
export function taskDefinitionFileValue(text: string): Parsed<RegisterTaskDefinitionCommandInput> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, expected: `expected task definition JSON (${(error as Error).message})` };
  }
  const record = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  if (!record(data)) return { ok: false, expected: 'expected a JSON object with family and containerDefinitions' };
  const wrapped = record(data.taskDefinition) ? data.taskDefinition : data;
  const tags = Array.isArray(data.tags) ? (data.tags as Tag[]) : [];
  if (typeof wrapped.family !== 'string' || !FAMILY.test(wrapped.family)) return { ok: false, expected: 'expected a "family" of letters, digits, _ and -' };
  const defs = wrapped.containerDefinitions;
  if (!Array.isArray(defs) || defs.length === 0 || !defs.every((c) => record(c) && typeof c.name === 'string' && typeof c.image === 'string')) {
    return { ok: false, expected: 'expected "containerDefinitions" with a name and an image for each container' };
  }
  return { ok: true, value: registrableInput(wrapped, tags) };
}
