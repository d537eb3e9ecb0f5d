import { hostname } from 'node:os';
import { errorMessage, type CheckResult, type Severity } from '@runbook/core';
import { toResult, undecided, type CheckSpec, type Verdict } from '../verdict.ts';
import { checkAccessLog } from './access-log.ts';
import { containerVerdict, listCompose } from './compose.ts';
import { checkDisk } from './disk.ts';
import { checkErrorLines } from './error-lines.ts';
import { checkJournal, JOURNAL_PREFIX } from './journal.ts';
import { checkLogSize, logFilesOf } from './log-size.ts';
import { checkMemory } from './memory.ts';
import { hostSteps, type HostCheck, type Locale } from './steps.ts';
import { checkUnits } from './systemd.ts';

/** One host with everything decided: the engine reads no inputs. */
export interface HostTarget {
  environment: string;
  /** The host's name in the config, or the machine's own; the middle of the result ids. */
  name: string;
  /** The machine's own host name, when the config gives it: on any other runner nothing of it is read. */
  hostname?: string;
  diskPaths: string[];
  disk: { warn: number; critical: number };
  memory?: { warn: number; critical: number };
  systemdUnits: string[];
  composeFile?: string;
  logFiles: string[];
  maxLogBytes: number;
  errorLogs: string[];
  maxErrors: number;
  accessLog?: string;
  windowMs: number;
  maxErrorRate: number;
  maxP95Ms: number;
  toolTimeoutMs: number;
  severity?: Severity;
  runbook?: string;
  locale: Locale;
}

/** A host's checks all run in one shard (on the runner that is that host): by this prefix of their ids. */
export const hostShardKey = (t: Pick<HostTarget, 'environment' | 'name'>): string => `status:${t.environment}/${t.name}`;

/** `status:production/vm1/disk:/`: stable across runs, so incidents follow it. */
export const hostCheckId = (t: Pick<HostTarget, 'environment' | 'name'>, check: HostCheck, what?: string): string =>
  `status:${t.environment}/${t.name}/${check}${what === undefined ? '' : `:${what}`}`;

type Produce = () => Promise<Verdict>;
interface Planned {
  check: HostCheck;
  /** The id's last part. */
  what: string;
  target: string;
  /** The path, unit or service the next steps name; `what` when not given. */
  about?: string;
  produce: Produce;
}

/**
 * Runs the host's checks one after another, handing each result to `onResult` as it comes. A
 * check that throws fails that check only; the others still run.
 */
export async function checkHost(t: HostTarget, onResult: (r: CheckResult) => void): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const emit = async ({ check, what, target, about, produce }: Planned): Promise<void> => {
    const startedAt = new Date();
    const started = performance.now();
    const verdict = await produce().catch((error: unknown) => undecided(`the check failed unexpectedly: ${errorMessage(error)}`));
    const spec: CheckSpec = {
      id: hostCheckId(t, check, what || undefined),
      subject: t.name,
      target,
      ...(t.severity ? { severity: t.severity } : {}),
      runbook: t.runbook ?? hostSteps(check, about ?? (what || target), t.locale, verdict.outcome !== 'undecided'),
    };
    const result = toResult(spec, verdict, startedAt, Math.round(performance.now() - started));
    results.push(result);
    onResult(result);
  };

  const here = hostname();
  const expected = t.hostname;
  if (expected && expected !== here) {
    const reason = `this runner is ${here}, not ${expected}: run this job on a self-hosted runner on ${t.name}`;
    await emit({ check: 'runner', what: '', target: 'runner', about: t.name, produce: async () => undecided(reason, { expected, runner: here }) });
    return results;
  }
  for (const path of t.diskPaths) await emit({ check: 'disk', what: path, target: `disk ${path}`, produce: () => checkDisk(path, t.disk.warn, t.disk.critical) });
  if (t.memory) {
    const { warn, critical } = t.memory;
    await emit({ check: 'memory', what: '', target: 'memory', produce: () => checkMemory(warn, critical) });
  }
  if (t.systemdUnits.length > 0) {
    const verdicts = checkUnits(t.systemdUnits, t.toolTimeoutMs);
    for (const [i, unit] of t.systemdUnits.entries()) {
      await emit({ check: 'systemd', what: unit, target: `systemd ${unit}`, produce: async () => (await verdicts)[i] ?? undecided(`no state for ${unit}`) });
    }
  }
  if (t.composeFile) await composeChecks(t.composeFile, t.toolTimeoutMs, emit);
  for (const entry of t.logFiles) {
    const listed = await logFilesOf(entry);
    if ('error' in listed) await emit({ check: 'log-size', what: entry, target: entry, produce: async () => undecided(listed.error, { file: entry }) });
    else for (const file of listed.files) await emit({ check: 'log-size', what: file, target: file, produce: () => checkLogSize(file, t.maxLogBytes) });
  }
  for (const entry of t.errorLogs) {
    if (entry.startsWith(JOURNAL_PREFIX)) {
      const unit = entry.slice(JOURNAL_PREFIX.length);
      await emit({ check: 'journal', what: unit, target: `journal ${unit}`, produce: () => checkJournal(unit, t.windowMs, t.maxErrors, t.toolTimeoutMs) });
    } else await emit({ check: 'errors', what: entry, target: entry, produce: () => checkErrorLines(entry, t.windowMs, t.maxErrors) });
  }
  if (t.accessLog) {
    const file = t.accessLog;
    await emit({ check: 'access-log', what: file, target: file, produce: () => checkAccessLog(file, t) });
  }
  return results;
}

/** One result per compose service; when they cannot be listed, one for the compose file. */
async function composeChecks(file: string, timeoutMs: number, emit: (p: Planned) => Promise<void>): Promise<void> {
  const listed = await listCompose(file, timeoutMs).catch((error: unknown) => ({ ok: false as const, verdict: undecided(`the check failed unexpectedly: ${errorMessage(error)}`) }));
  if (!listed.ok) return emit({ check: 'compose', what: file, target: `compose ${file}`, produce: async () => listed.verdict });
  for (const c of listed.containers) {
    const service = c.Service ?? c.Name ?? 'container';
    await emit({ check: 'compose', what: `${file}#${c.Name ?? service}`, target: `compose ${service}`, about: service, produce: async () => containerVerdict(c) });
  }
}
