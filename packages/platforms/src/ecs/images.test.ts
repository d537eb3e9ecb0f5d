import { describe, expect, it } from 'vitest';
import { imagesValue, imageTagValue, imageValue, parseImageRef, withTag } from './images.ts';

const ECR = '123456789012.dkr.ecr.ap-northeast-1.amazonaws.com';

describe('image references', () => {
  it('splits repository, tag and digest, not mistaking a registry port for a tag', () => {
    expect(parseImageRef(`${ECR}/keiba-backend:main-abc1234`)).toEqual({ repository: `${ECR}/keiba-backend`, tag: 'main-abc1234' });
    expect(parseImageRef('registry.local:5000/app')).toEqual({ repository: 'registry.local:5000/app' });
    expect(parseImageRef('registry.local:5000/app:v2')).toEqual({ repository: 'registry.local:5000/app', tag: 'v2' });
    expect(parseImageRef(`nginx:1.27@sha256:${'a'.repeat(64)}`)).toEqual({ repository: 'nginx', tag: '1.27', digest: `sha256:${'a'.repeat(64)}` });
  });

  it('changes only the tag and drops a digest pin', () => {
    expect(withTag(`${ECR}/keiba-backend:main-abc1234`, 'main-def5678')).toBe(`${ECR}/keiba-backend:main-def5678`);
    expect(withTag(`registry.local:5000/app@sha256:${'b'.repeat(64)}`, 'v3')).toBe('registry.local:5000/app:v3');
    expect(withTag('nginx', 'stable')).toBe('nginx:stable');
  });

  it('validates images and tags', () => {
    expect(imageValue(` ${ECR}/app:v1 `)).toEqual({ ok: true, value: `${ECR}/app:v1` });
    expect(imageValue('my app:v1').ok).toBe(false);
    expect(imageValue('app:bad tag').ok).toBe(false);
    expect(imageTagValue('main-abc1234')).toEqual({ ok: true, value: 'main-abc1234' });
    expect(imageTagValue('-leading-dash').ok).toBe(false);
    expect(imageTagValue('x'.repeat(129)).ok).toBe(false);
  });

  it('reads container=image lines', () => {
    expect(imagesValue([`app=${ECR}/app:v2`, 'nginx = nginx:1.27'])).toEqual({ ok: true, value: { app: `${ECR}/app:v2`, nginx: 'nginx:1.27' } });
    expect(imagesValue(['app'])).toEqual({ ok: false, expected: 'line 1 is not "container=image"' });
    expect(imagesValue(['app=a:1', 'app=a:2'])).toEqual({ ok: false, expected: 'container "app" is given twice' });
    expect(imagesValue(['app=a b'])).toMatchObject({ ok: false, expected: expect.stringMatching(/^line 1: expected an image like/) });
  });
});
