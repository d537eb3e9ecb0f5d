import type { Clock, Evidence } from '@runbook/core';
import type { ProbeSpec } from '@runbook/http-probe';
import type { SmokeOutcome } from './smoke.ts';
import type { Timeline } from './timeline.ts';

// The orchestrators (deploy/, rollback/) run the stages, the all-or-nothing rule, the verdicts and
// the report; a driver per platform (ecs/driver.ts) reads and writes the platform. Everything here
// is platform-neutral: a revision is an opaque string the driver labels.

/** The platforms deploy and rollback can drive. */
export const PLATFORMS = ['ecs', 'cloud-run'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** What every platform's service has. */
export interface ServiceTarget {
  /** The name people use and result ids carry: the config key (`backend`) or the platform's service name. */
  key: string;
  platform: Platform;
  /** The service's health checks from the config, run after its rollout. */
  probes: ProbeSpec[];
  runbook?: string;
}

/** What deploy and rollback share: where, how long to wait, how to verify. */
export interface Operation<T extends ServiceTarget = ServiceTarget> {
  environment: string;
  targets: T[];
  waitTimeoutMs: number;
  pollIntervalMs: number;
  /** `smoke-urls`: checked after every service's rollout. */
  smokeProbes: ProbeSpec[];
  dryRun: boolean;
  /** Values to mask everywhere. */
  secrets: string[];
  /** How an input is named to the user (`input "images"`, `--images`). */
  inputLabel: (name: string) => string;
  /** Time for every wait and deadline (the system's when absent); tests inject their own. */
  clock?: Clock;
}

export interface DeployOperation<T extends ServiceTarget = ServiceTarget> extends Operation<T> {
  rollbackOnFailure: boolean;
}

/** What a driver is given: the run's clock and timeline. */
export interface DriverContext {
  clock: Clock;
  timeline: Timeline;
}

export type DeployStage = 'register' | 'migrate' | 'update' | 'rollout' | 'smoke' | 'promote';

/** How a step that must succeed before traffic moves (a migration) ended. */
export interface StepOutcome {
  ok: boolean;
  summary: string;
  durationMs: number;
}

export type FollowOutcome =
  | { state: 'completed'; durationMs: number }
  /** `rolledBackByPlatform`: the platform itself takes the service back (ECS's circuit breaker). */
  | { state: 'failed'; reason: string; rolledBackByPlatform?: boolean; durationMs: number }
  | { state: 'timed-out'; reason: string; durationMs: number }
  /** Still in progress when another service failed. */
  | { state: 'interrupted'; durationMs: number };

/** A driver's move of a service back to a revision, before the smoke checks. */
export interface RestoreMove {
  /** The service is verified back on the revision. */
  back: boolean;
  /** `rolled back to backend:12 by ECS's circuit breaker`, or why not and what to do by hand. */
  summary: string;
}

export interface RestoreOutcome extends RestoreMove {
  /** Back, and the smoke checks pass. */
  ok: boolean;
  smoke?: SmokeOutcome;
}

/** One service's deploy, from what was captured before it to how it ended. */
export interface ServiceDeploy<S = unknown, T extends ServiceTarget = ServiceTarget> {
  target: T;
  /** The driver's own record of what it read and wrote for this service. */
  state: S;
  /** The revision serving before the deploy: where a failure goes back to. */
  previous: string;
  /** The revision being deployed, once it exists (the previous one again for a restart). */
  revision?: string;
  /** The service runs a step (a migration) before it is updated. */
  migrates: boolean;
  /** The new revision gets its traffic in a `promote` stage, after its own smoke checks; `promoted` once it has. */
  promotes?: boolean;
  promoted?: boolean;
  /** The update went out (`sent`: its answer may be lost, so it may have been carried out) or was accepted. */
  update?: 'sent' | 'done';
  migration?: StepOutcome;
  rollout?: FollowOutcome;
  smoke?: SmokeOutcome;
  /** This service's own failure; a sibling's failure rolls it back too. */
  failure?: { stage: DeployStage; reason: string };
  restore?: RestoreOutcome;
  notes: string[];
}

/** What the driver read before any write. */
export interface Prepared<S> {
  state: S;
  previous: string;
  migrates: boolean;
  promotes?: boolean;
}

/** How the platform names things in the results and the summary. */
export interface PlatformWords<T extends ServiceTarget> {
  /** A revision as people read it (`backend:12`). */
  label: (revision: string | undefined) => string;
  /** Where the service may be when a move could not be verified, and how to finish it by hand. */
  unverifiedAdvice: (target: T, to: string, from: string | undefined) => string;
  /** The result's `target` (`ecs:ap-northeast-1/cluster/service`). */
  targetId: (target: T) => string;
  /** Heading and cell of the summary table's column that names the platform's service. */
  where: { heading: string; cell: (target: T) => string };
  /** The steps a failed result points to; absent: the incidents' own steps for the kind, in the run's locale. */
  defaultRunbook?: string;
}

export interface StageWords {
  title: string;
  failure: string;
}

export interface DeployDriver<S, T extends ServiceTarget> {
  words: PlatformWords<T>;
  prepareTitle: string;
  /** Each stage's log group title, and what its throw reads as; a stage without a title is not run. */
  stages: { [K in 'register' | 'migrate' | 'promote']?: StageWords | undefined } & { [K in 'update' | 'rollout' | 'smoke']: StageWords };
  /** Reads only: the running state and the change. A UsageError refuses the deploy before anything is written. */
  prepare(target: T): Promise<Prepared<S>>;
  /** Creates the new revision without moving the service; sets `revision`. */
  register?(d: ServiceDeploy<S, T>): Promise<void>;
  /** Runs the service's migration with the new revision; only when `migrates`. */
  migrate?(d: ServiceDeploy<S, T>): Promise<StepOutcome>;
  /** Moves the service to the new revision; sets `revision` when `register` did not. */
  update(d: ServiceDeploy<S, T>): Promise<void>;
  /** The probes of the smoke stage, before any promotion (a revision without traffic is checked on its own URL); all of them when absent. */
  smokeProbes?(deploys: readonly ServiceDeploy<S, T>[], probes: readonly ProbeSpec[]): ProbeSpec[];
  /** Gives a new revision that passed its own smoke checks its traffic; only for `promotes`. The smoke checks then run again. */
  promote?(d: ServiceDeploy<S, T>): Promise<void>;
  /** Whether a failed update definitely changed nothing (a refusal, not a lost answer). */
  refused(error: unknown): boolean;
  /** Follows every update to its end; with `stopOnFailure`, returns once one fails. */
  follow(deploys: readonly ServiceDeploy<S, T>[]): Promise<Map<ServiceDeploy<S, T>, FollowOutcome>>;
  /** Reads why a service's rollout or checks failed (stopped tasks, events) into its state. */
  diagnose(d: ServiceDeploy<S, T>): Promise<void>;
  /** Moves services back to `previous` together and waits for it. */
  restore(deploys: readonly ServiceDeploy<S, T>[]): Promise<Map<ServiceDeploy<S, T>, RestoreMove>>;
  /** After the recovery: tidies what the failed deploy left (a revision that never worked). */
  recovered?(deploys: readonly ServiceDeploy<S, T>[]): Promise<void>;
  /** After a successful deploy, its own log group. */
  cleanup?: { title: string; run(deploys: readonly ServiceDeploy<S, T>[]): Promise<void> };
  /** The new revision in a dry run, after `→` (`a new revision of backend`). */
  planned(d: ServiceDeploy<S, T>): string;
  evidence(d: ServiceDeploy<S, T>): Evidence;
  /** The summary table's `to` and change cells, under the `change` heading. */
  table: { change: string; to: (d: ServiceDeploy<S, T>) => string; changes: (d: ServiceDeploy<S, T>) => string };
  /** A dry run's plan for one service, as markdown. */
  planBlock(d: ServiceDeploy<S, T>): string;
  /** Lines under a failed service in "Why it failed". */
  failureLines(d: ServiceDeploy<S, T>): string[];
  /** Sections after the timeline (the API calls made). */
  sections(): { heading: string; body: string }[];
  /** The platform's own outputs (`task-definition-arn`…), beside the neutral ones. */
  outputs(deploys: readonly ServiceDeploy<S, T>[]): Record<string, string>;
}

/** One service's rollback. */
export interface ServiceRollback<S = unknown, T extends ServiceTarget = ServiceTarget> {
  target: T;
  state: S;
  /** The revision serving before. */
  from: string;
  /** The revision to go to; absent until a driver creates it (an `image-tag:` rollback). */
  to?: string;
  /** What the revision to be created changes (`app: backend:main-b → main-a`). */
  changes: string;
  restore?: RestoreOutcome;
  problem?: string;
}

export interface RollbackDriver<S, T extends ServiceTarget> {
  words: PlatformWords<T>;
  titles: { resolve: string; register?: string; rollback: string };
  /** Reads only: where the service is and the revision to go to. A UsageError refuses it before anything is written. */
  resolve(target: T): Promise<Omit<ServiceRollback<S, T>, 'target'>>;
  /** Creates the revisions that do not exist yet; a failure is that service's `problem`. */
  register?(rollbacks: readonly ServiceRollback<S, T>[]): Promise<void>;
  restore(rollbacks: readonly ServiceRollback<S, T>[]): Promise<Map<ServiceRollback<S, T>, RestoreMove>>;
  evidence(r: ServiceRollback<S, T>): Evidence;
  sections(): { heading: string; body: string }[];
}
