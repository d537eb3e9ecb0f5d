import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { UsageError } from '../errors.ts';
import { quote } from '../values.ts';
import { RunbookConfig, type EnvironmentConfig } from './schema.ts';

export const DEFAULT_CONFIG_PATH = '.github/runbook.yml';

/** `environments.production.services.api.health[0].url` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${typeof value === 'string' ? quote(value) : String(value)}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** One line per problem, each naming the path: the first problem is what the user sees first. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.code === 'unrecognized_keys') {
    return `${formatPath([...issue.path, issue.keys[0] ?? ''])}: unknown key`;
  }
  const at = formatPath(issue.path) || '(top level)';
  if (issue.code === 'invalid_type') {
    const got = valueAt(data, issue.path);
    return got === undefined ? `${at}: required (${issue.expected})` : `${at}: expected ${issue.expected}, got ${describe(got)}`;
  }
  if (issue.code === 'invalid_value') {
    return `${at}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(valueAt(data, issue.path))}`;
  }
  return `${at}: ${issue.message}`;
}

const MAX_ALIAS_COUNT = 100;

export function parseConfig(text: string, source: string): RunbookConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const at = lines.linePos(yamlError.pos[0]);
    throw new UsageError(`${source}:${at.line}:${at.col}`, `not valid YAML: ${yamlError.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    // yaml refuses a document whose aliases expand too much (a "billion laughs" file).
    throw new UsageError(source, `not valid YAML: its aliases (*name) expand too much (more than ${MAX_ALIAS_COUNT} uses; a resource exhaustion attack?)`);
  }
  const result = RunbookConfig.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new UsageError(source, first ? describeIssue(first, data) : 'invalid');
  }
  return result.data;
}

export function loadConfig(path = DEFAULT_CONFIG_PATH): RunbookConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(path, code === 'ENOENT' ? 'config file not found' : `cannot read config file (${code ?? 'error'})`);
  }
  return parseConfig(text, path);
}

export function selectEnvironment(config: RunbookConfig, name: string, source = DEFAULT_CONFIG_PATH): EnvironmentConfig {
  const env = config.environments[name];
  if (!env) {
    const known = Object.keys(config.environments).join(', ') || 'none';
    throw new UsageError('environment', `"${name}" is not in ${source} (environments: ${known})`);
  }
  return env;
}

/** Loads the config file and returns one environment of it. */
export function loadEnvironment(path: string, environment: string): EnvironmentConfig {
  return selectEnvironment(loadConfig(path), environment, path);
}
