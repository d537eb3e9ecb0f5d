import type { ContainerDefinition } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { applyImageChange, parseTaskDefinitionRef, registrableInput, revisionLabel, taskDefinitionFileValue } from './task-definition.ts';

const ARN = 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/keiba-backend:12';
const containers: ContainerDefinition[] = [
  { name: 'app', image: 'repo/keiba-backend:main-aaa', essential: true },
  { name: 'log-router', image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0', essential: false },
];

describe('task definitions', () => {
  it('drops only the fields ECS sets, keeping fields it does not know yet', () => {
    const described = {
      taskDefinitionArn: ARN, family: 'keiba-backend', revision: 12, status: 'ACTIVE', requiresAttributes: [], compatibilities: ['EC2', 'FARGATE'],
      registeredAt: new Date(), registeredBy: 'arn:aws:sts::1:assumed-role/x', deregisteredAt: undefined, containerDefinitions: containers,
      runtimePlatform: { cpuArchitecture: 'ARM64' }, enableFaultInjection: true, someFutureField: { on: true },
    };
    expect(registrableInput(described, [{ key: 'team', value: 'keiba' }])).toEqual({
      family: 'keiba-backend', containerDefinitions: containers, runtimePlatform: { cpuArchitecture: 'ARM64' }, enableFaultInjection: true,
      someFutureField: { on: true }, tags: [{ key: 'team', value: 'keiba' }],
    });
    expect(registrableInput({ family: 'f', containerDefinitions: containers })).not.toHaveProperty('tags');
  });

  it('parses family, family:revision and ARNs', () => {
    expect(parseTaskDefinitionRef('keiba-backend')).toEqual({ family: 'keiba-backend' });
    expect(parseTaskDefinitionRef('keiba-backend:7')).toEqual({ family: 'keiba-backend', revision: 7 });
    expect(parseTaskDefinitionRef(ARN)).toEqual({ family: 'keiba-backend', revision: 12 });
    expect(parseTaskDefinitionRef('keiba-backend:0')).toBeUndefined();
    expect(parseTaskDefinitionRef('keiba backend:1')).toBeUndefined();
    expect(parseTaskDefinitionRef('arn:aws:ecs:ap-northeast-1:123456789012:task-definition/keiba-backend')).toBeUndefined();
    expect(revisionLabel(ARN)).toBe('keiba-backend:12');
  });

  it('applies a tag to every container, or only to the selected ones', () => {
    const all = applyImageChange(containers, { kind: 'tag', tag: 'main-bbb' }, 'keiba-backend:12');
    expect(all.ok && all.changes.map((c) => c.to)).toEqual(['repo/keiba-backend:main-bbb', 'public.ecr.aws/aws-observability/aws-for-fluent-bit:main-bbb']);
    const app = applyImageChange(containers, { kind: 'tag', tag: 'main-bbb' }, 'keiba-backend:12', ['app']);
    expect(app).toEqual({
      ok: true,
      containerDefinitions: [{ ...containers[0], image: 'repo/keiba-backend:main-bbb' }, containers[1]],
      changes: [{ container: 'app', from: 'repo/keiba-backend:main-aaa', to: 'repo/keiba-backend:main-bbb' }],
    });
  });

  it('applies one image only when one container is meant', () => {
    expect(applyImageChange(containers, { kind: 'image', image: 'repo/x:1' }, 'keiba-backend:12')).toEqual({
      ok: false, field: 'image', expected: 'keiba-backend:12 has 2 containers (app, log-router): name the one to change with containers, or use images',
    });
    const one = applyImageChange(containers, { kind: 'image', image: 'repo/x:1' }, 'keiba-backend:12', ['app']);
    expect(one.ok && one.changes).toEqual([{ container: 'app', from: 'repo/keiba-backend:main-aaa', to: 'repo/x:1' }]);
  });

  it('applies images by container and names unknown containers', () => {
    const both = applyImageChange(containers, { kind: 'images', images: { 'log-router': 'fluent:3', app: 'repo/app:2' } }, 'td');
    expect(both.ok && both.containerDefinitions.map((c) => c.image)).toEqual(['repo/app:2', 'fluent:3']);
    expect(applyImageChange(containers, { kind: 'images', images: { worker: 'w:1' } }, 'td')).toEqual({ ok: false, field: 'images', expected: 'container "worker" is not in td (containers: app, log-router)' });
    expect(applyImageChange(containers, { kind: 'tag', tag: 't' }, 'td', ['api'])).toMatchObject({ ok: false, field: 'containers' });
    expect(applyImageChange(containers, { kind: 'none' }, 'td')).toEqual({ ok: true, containerDefinitions: containers, changes: [] });
  });

  it('reads a task definition file, plain or as describe-task-definition prints it', () => {
    const plain = taskDefinitionFileValue(JSON.stringify({ family: 'web', containerDefinitions: [{ name: 'web', image: 'web:1' }] }));
    expect(plain).toEqual({ ok: true, value: { family: 'web', containerDefinitions: [{ name: 'web', image: 'web:1' }] } });
    const wrapped = taskDefinitionFileValue(JSON.stringify({ taskDefinition: { taskDefinitionArn: ARN, revision: 3, status: 'ACTIVE', family: 'web', containerDefinitions: [{ name: 'web', image: 'web:1' }] }, tags: [{ key: 'a', value: 'b' }] }));
    expect(wrapped).toEqual({ ok: true, value: { family: 'web', containerDefinitions: [{ name: 'web', image: 'web:1' }], tags: [{ key: 'a', value: 'b' }] } });
    expect(taskDefinitionFileValue('{').ok).toBe(false);
    expect(taskDefinitionFileValue('{"family":"web"}')).toEqual({ ok: false, expected: 'expected "containerDefinitions" with a name and an image for each container' });
  });
});
