import { UsageError } from '@runbook/core';
import { describe, expect, it } from 'vitest';
import type { Platform, ServiceTarget } from './driver.ts';
import { onePlatform, refuseInputsOfOtherPlatforms } from './platform.ts';

// Only ECS exists today: a service of another platform is made up, as the next platform's will be.
const on = (platform: string, key: string): ServiceTarget => ({ key, platform: platform as Platform, probes: [] });
const label = (input: string) => `input "${input}"`;
const messageOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  return 'no error';
};

describe('the platform of a deploy', () => {
  it('is the one its services run on', () => {
    expect(onePlatform([on('ecs', 'backend'), on('ecs', 'frontend')], label('services'))).toBe('ecs');
  });

  it('refuses services of two platforms, naming which runs where', () => {
    expect(messageOf(() => onePlatform([on('ecs', 'backend'), on('cloud-run', 'web'), on('ecs', 'frontend')], label('services')))).toBe(
      'input "services": expected services of one platform, got ecs (backend, frontend) and cloud-run (web): deploy each platform in a step of its own',
    );
  });
});

describe('an input that only some platforms take', () => {
  const only = { 'task-definition': ['ecs'] as const };

  it('is refused for a service of another platform, naming the input, the platform and the service', () => {
    const given = (input: string) => input === 'task-definition';
    expect(messageOf(() => refuseInputsOfOtherPlatforms(given, only, [on('cloud-run', 'sagebase')], label))).toBe('input "task-definition": does not apply to cloud-run service sagebase');
  });

  it('is taken by its own platform, and not given is no problem anywhere', () => {
    expect(messageOf(() => refuseInputsOfOtherPlatforms(() => true, only, [on('ecs', 'backend')], label))).toBe('no error');
    expect(messageOf(() => refuseInputsOfOtherPlatforms(() => false, only, [on('cloud-run', 'sagebase')], label))).toBe('no error');
  });
});
