import { UsageError } from '@runbook/core';
import type { Platform, ServiceTarget } from './driver.ts';

/**
 * The one platform of a deploy's or rollback's services. Services of two platforms cannot be
 * all-or-nothing together (one cannot wait for, or undo, the other), so that is refused, naming
 * which service runs where.
 */
export function onePlatform(targets: readonly ServiceTarget[], servicesLabel: string): Platform {
  const byPlatform = new Map<Platform, string[]>();
  for (const t of targets) byPlatform.set(t.platform, [...(byPlatform.get(t.platform) ?? []), t.key]);
  const [first, ...others] = byPlatform.keys();
  if (!first) throw new UsageError(servicesLabel, 'expected one or more services');
  if (others.length) {
    const groups = [...byPlatform].map(([platform, keys]) => `${platform} (${keys.join(', ')})`).join(' and ');
    throw new UsageError(servicesLabel, `expected services of one platform, got ${groups}: deploy each platform in a step of its own`);
  }
  return first;
}

/**
 * Refuses an input given for a service whose platform does not take it
 * (`input "task-definition": does not apply to cloud-run service sagebase`). `only` names the
 * inputs that only some platforms take.
 */
export function refuseInputsOfOtherPlatforms(given: (input: string) => boolean, only: Readonly<Record<string, readonly Platform[]>>, targets: readonly ServiceTarget[], label: (input: string) => string): void {
  for (const [input, platforms] of Object.entries(only)) {
    if (!given(input)) continue;
    const other = targets.find((t) => !platforms.includes(t.platform));
    if (other) throw new UsageError(label(input), `does not apply to ${other.platform} service ${other.key}`);
  }
}
