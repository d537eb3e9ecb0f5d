// The Admin API v2 wire format the Cloud Run double speaks: proto3 JSON (camelCase, int64 as
// strings, enums as names or numbers), Google's error shape, resource names and timestamps.
// Enum tables come from the protos @google-cloud/run ships, so names and numbers cannot drift.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Json = Record<string, unknown>;

// No parameter properties here or below: the benchmark may import the double with node's type stripping.
export class ApiError extends Error {
  readonly httpStatus: number;
  readonly status: string;
  readonly headers: Record<string, string>;

  constructor(httpStatus: number, status: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.httpStatus = httpStatus;
    this.status = status;
    this.headers = headers;
  }

  body(): Json {
    return { error: { code: this.httpStatus, message: this.message, status: this.status } };
  }
}

export const invalid = (message: string): ApiError => new ApiError(400, 'INVALID_ARGUMENT', message);

type EnumTable = Record<string, number>;
interface ProtoNode {
  nested?: Record<string, ProtoNode>;
  values?: EnumTable;
}

function loadEnums(): Record<string, EnumTable> {
  const require = createRequire(import.meta.url);
  const protos = JSON.parse(readFileSync(join(dirname(require.resolve('@google-cloud/run')), '..', 'protos', 'protos.json'), 'utf8')) as ProtoNode;
  const google = protos.nested?.google?.nested ?? {};
  const v2 = google.cloud?.nested?.run?.nested?.v2?.nested ?? {};
  const condition = v2.Condition?.nested ?? {};
  const values = (node: ProtoNode | undefined): EnumTable => {
    if (!node?.values) throw new Error('the Cloud Run double: an enum is missing from @google-cloud/run protos.json');
    return node.values;
  };
  return {
    type: values(v2.TrafficTargetAllocationType),
    state: values(condition.State),
    severity: values(condition.Severity),
    reason: values(condition.CommonReason),
    revisionReason: values(condition.RevisionReason),
    executionReason: values(condition.ExecutionReason),
    ingress: values(v2.IngressTraffic),
    launchStage: values(google.api?.nested?.LaunchStage),
    executionEnvironment: values(v2.ExecutionEnvironment),
    completionStatus: values(v2.ExecutionReference?.nested?.CompletionStatus),
    encryptionKeyRevocationAction: values(v2.EncryptionKeyRevocationAction),
  };
}

/** Enum fields by JSON key. A key's value is converted only when it is one of its enum's values. */
const ENUMS = loadEnums();

export const enumValues = (key: string): string[] => Object.keys(ENUMS[key] ?? {});

function mapEnums(value: unknown, convert: (key: string, v: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => mapEnums(v, convert));
  if (value === null || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [key, v] of Object.entries(value)) {
    const mapped = key in ENUMS && (typeof v === 'string' || typeof v === 'number') ? convert(key, v) : mapEnums(v, convert);
    if (mapped !== undefined) out[key] = mapped;
  }
  return out;
}

/** Request bodies: enum numbers (what the client sends) become names; names stay; 0 (UNSPECIFIED) is left out, as proto3 JSON does. */
export const enumsToNames = (value: unknown): unknown =>
  mapEnums(value, (key, v) => {
    if (v === 0 || (typeof v === 'string' && v.endsWith('_UNSPECIFIED'))) return undefined;
    if (typeof v !== 'number') return v;
    for (const [name, n] of Object.entries(ENUMS[key] ?? {})) if (n === v) return name;
    throw invalid(`Invalid value at '${key}' (${v}): not a value of its enum`);
  });

/** Answers to `$alt=json;enum-encoding=int`: enum names become numbers. */
export const enumsToInts = (value: unknown): unknown =>
  mapEnums(value, (key, v) => {
    const table = ENUMS[key] ?? {};
    return typeof v === 'string' && v in table ? table[v] : v;
  });

/** `HealthCheckContainerError` or `HEALTH_CHECK_CONTAINER_ERROR` → the proto enum name. */
export const enumName = (text: string): string => (/^[A-Z0-9_]+$/.test(text) ? text : text.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase());

export const isoTime = (ms = Date.now()): string => new Date(ms).toISOString();
export const lastSegment = (name: string): string => name.split('/').pop() as string;
export const uid = (): string => {
  const h = randomBytes(16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
export const etag = (): string => `"${randomBytes(12).toString('base64url')}"`;
/** Lowercase letters, as Cloud Run's revision and execution name suffixes. */
export const suffix = (n: number): string =>
  Array.from(randomBytes(n), (b) => String.fromCharCode(97 + (b % 26))).join('');

export const anyOf = (kind: 'Service' | 'Job' | 'Execution', value: Json): Json => ({ '@type': `type.googleapis.com/google.cloud.run.v2.${kind}`, ...value });

/** Drops what proto3 JSON leaves out (empty strings, lists and maps, false, zero), so templates compare by meaning. */
export function pruned(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pruned);
  if (value === null || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [key, v] of Object.entries(value)) {
    const p = pruned(v);
    if (p === '' || p === false || p === 0 || p === null || p === undefined) continue;
    if (Array.isArray(p) && p.length === 0) continue;
    if (typeof p === 'object' && !Array.isArray(p) && Object.keys(p as Json).length === 0) continue;
    out[key] = p;
  }
  return out;
}

export const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(sorted(pruned(a))) === JSON.stringify(sorted(pruned(b)));

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sorted(v)]));
}

/** An opaque page token, as Google's are. */
export const pageToken = (offset: number): string => Buffer.from(`offset:${offset}`).toString('base64url');

export function pageOf<T>(items: T[], query: URLSearchParams): { items: T[]; nextPageToken?: string } {
  const size = Number(query.get('pageSize') || 100);
  if (!Number.isInteger(size) || size < 0) throw invalid(`Invalid value at 'page_size' (${query.get('pageSize')})`);
  const token = query.get('pageToken');
  let offset = 0;
  if (token) {
    const m = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
    if (!m) throw invalid('Invalid page token.');
    offset = Number(m[1]);
  }
  const end = offset + (size || 100);
  return { items: items.slice(offset, end), ...(end < items.length ? { nextPageToken: pageToken(end) } : {}) };
}

export const notFound = (kind: string, name: string, project: string, region: string): ApiError =>
  new ApiError(404, 'NOT_FOUND', `Resource '${name}' of kind '${kind}' in region '${region}' in project '${project}' does not exist.`);

export function condition(type: string, state: string, extra: Json = {}): Json {
  return { type, state, lastTransitionTime: isoTime(), ...extra };
}

/** A failure reason in the Condition oneof it belongs to (revisionReason or reason). */
export function reasonField(reason: string): Json {
  const name = enumName(reason);
  if (enumValues('revisionReason').includes(name)) return { revisionReason: name };
  if (enumValues('reason').includes(name)) return { reason: name };
  throw new Error(`the Cloud Run double: '${reason}' is neither a Condition.RevisionReason nor a Condition.CommonReason`);
}
