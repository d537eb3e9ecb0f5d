import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  bytesOf,
  quote
} from "./chunk-ZC7J5IS5.js";

// packages/core/src/result.ts
var STATUSES = ["pass", "warn", "fail"], SEVERITIES = ["P1", "P2", "P3", "P4"], CHECK_KINDS = ["smoke-test", "cert-check", "backup-verify", "deploy", "rollback", "status-check", "watchdog"], FAIL_ON = ["fail", "warn", "never"], statusRank = { pass: 0, warn: 1, fail: 2 }, severityRank = { P1: 1, P2: 2, P3: 3, P4: 4 };
function worstStatus(results) {
  return results.reduce((worst, r) => statusRank[r.status] > statusRank[worst] ? r.status : worst, "pass");
}
function atLeastAsSevere(a, b) {
  return severityRank[a] <= severityRank[b];
}
function shouldFail(results, failOn) {
  let worst = worstStatus(results);
  return failOn === "never" ? !1 : failOn === "warn" ? worst !== "pass" : worst === "fail";
}
function headline(results, noun = "checks") {
  let failed = results.filter((r) => r.status === "fail").length, warned = results.filter((r) => r.status === "warn").length;
  return failed + warned === 0 ? `all ${results.length} ${noun} passed` : [failed ? `${failed} of ${results.length} ${noun} failing` : "", warned ? `${warned} with warnings` : ""].filter(Boolean).join(", ");
}

// packages/core/src/errors.ts
var UsageError = class extends Error {
  constructor(path, expected3) {
    super(`${path}: ${expected3}`);
    this.path = path;
    this.expected = expected3;
    this.name = "UsageError";
  }
  path;
  expected;
};
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

// packages/core/src/backup-values.ts
var ok = (value) => ({ ok: !0, value }), expected = (text) => ({ ok: !1, expected: text }), isManaged = (s) => s.kind === "cloudsql" || s.kind === "rds" || s.kind === "rds-cluster";
function sourceLabel(s) {
  switch (s.kind) {
    case "local":
      return s.path;
    case "s3":
      return `s3://${s.bucket}/${s.prefix}`;
    case "gcs":
      return `gs://${s.bucket}/${s.prefix}`;
    case "cloudsql":
      return `cloudsql:${s.project}/${s.instance}`;
    default:
      return `${s.kind}:${s.id}`;
  }
}
function sourceName(s) {
  return s.kind === "cloudsql" ? s.instance : s.kind === "rds" || s.kind === "rds-cluster" ? s.id : (s.kind === "local" ? s.path : `${s.bucket}/${s.prefix}`).replace(/\/+$/, "").split("/").pop() || "backups";
}
var SOURCE_FORMS = "a local directory like /backups/estimator, s3://bucket/prefix/, gs://bucket/prefix/, cloudsql:PROJECT/INSTANCE, rds:INSTANCE or rds-cluster:CLUSTER", BUCKET = /^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$/, GCP_PROJECT = /^(?:[a-z][a-z0-9.:-]{0,62}[a-z0-9]|[a-z][a-z0-9-]{4,28}[a-z0-9])$/, GCP_INSTANCE = /^[a-z][a-z0-9-]{0,96}$/, RDS_ID = /^[A-Za-z][A-Za-z0-9-]{0,62}$/;
function objectStore(kind, rest, text) {
  let slash = rest.indexOf("/"), bucket = slash < 0 ? rest : rest.slice(0, slash), prefix = slash < 0 ? "" : rest.slice(slash + 1);
  return BUCKET.test(bucket) ? prefix.split("/").includes("..") ? expected(`expected a prefix without .. segments, got ${quote(text)}`) : ok(kind === "s3" ? { kind: "s3", bucket, prefix } : { kind: "gcs", bucket, prefix }) : expected(`expected a bucket name after ${kind === "s3" ? "s3" : "gs"}:// (lower-case letters, digits, dots, dashes), got ${quote(text)}`);
}
function backupSourceValue(text) {
  let t = text.trim(), local = t.startsWith("local:") ? t.slice(6) : t;
  if (local.startsWith("/") || local.startsWith("./") || local.startsWith("../")) return ok({ kind: "local", path: local });
  if (t.startsWith("s3://")) return objectStore("s3", t.slice(5), t);
  if (t.startsWith("gs://")) return objectStore("gcs", t.slice(5), t);
  let managed = /^(cloudsql|rds|rds-cluster):(.*)$/.exec(t);
  if (managed?.[1] === "cloudsql") {
    let [project = "", instance = "", extra] = (managed[2] ?? "").split("/");
    return extra === void 0 && GCP_PROJECT.test(project) && GCP_INSTANCE.test(instance) ? ok({ kind: "cloudsql", project, instance }) : expected(`expected cloudsql:PROJECT/INSTANCE like cloudsql:my-project/app-db, got ${quote(t)}`);
  }
  if (managed?.[1] === "rds" || managed?.[1] === "rds-cluster")
    return RDS_ID.test(managed[2] ?? "") ? ok({ kind: managed[1] === "rds" ? "rds" : "rds-cluster", id: managed[2] ?? "" }) : expected(`expected ${managed[1]}:IDENTIFIER like ${managed[1]}:app-db, got ${quote(t)}`);
  let scheme = /^([a-z][a-z0-9+.-]*):/i.exec(t)?.[1];
  return expected(`${scheme ? `unknown source scheme ${quote(`${scheme}:`)}: ` : ""}expected ${SOURCE_FORMS}, got ${quote(t)}`);
}
function percentValue(text, max = 100) {
  let m = /^(\d+(?:\.\d+)?)%$/.exec(text.trim()), n = m ? Number(m[1]) : Number.NaN;
  return !Number.isFinite(n) || n > max ? expected(`expected a percentage from 0% to ${max}% like 30%, got ${quote(text)}`) : ok(n / 100);
}
function byteSizeValue(text) {
  let bytes = bytesOf(text);
  return bytes === void 0 ? expected(`expected a size like 0, 512KiB, 1MiB or 10MB, got ${quote(text)}`) : ok(bytes);
}
var VERIFY_KINDS = ["gzip", "sqlite", "pgdump"];
function innerPathValue(text) {
  let t = text.trim();
  return t === "" || t.startsWith("/") || t.split("/").includes("..") ? expected(`expected a path inside the backup like app.db or uploads/, got ${quote(t)}`) : ok(t);
}
function verifyLineValue(text) {
  let m = /^([a-z]+)\s*(?::\s*(.*))?$/.exec(text.trim()), kind = m?.[1];
  if (!m || !kind || !VERIFY_KINDS.includes(kind)) return expected(`expected gzip, sqlite or pgdump, optionally with a path inside the backup (sqlite: app.db), got ${quote(text)}`);
  if (m[2] === void 0 || m[2].trim() === "") return ok({ kind });
  let path = innerPathValue(m[2]);
  return path.ok ? ok({ kind, path: path.value }) : path;
}
function expectTableValue(text) {
  let m = /^([A-Za-z_][A-Za-z0-9_$]*(?:\.[A-Za-z_][A-Za-z0-9_$]*)?)\s*(?:>=\s*(\d+))?$/.exec(text.trim());
  return m?.[1] ? ok({ table: m[1], min: m[2] === void 0 ? 1 : Number(m[2]) }) : expected(`expected a table and a minimum row count like users>=1, got ${quote(text)}`);
}
function postgresUrlValue(text) {
  try {
    let url = new URL(text.trim());
    if ((url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname) return ok(url);
  } catch {
  }
  return expected("expected a postgres:// or postgresql:// URL naming the scratch server's host (the value is not shown: it may hold a password)");
}

// packages/core/src/status-values.ts
var ok2 = (value) => ({ ok: !0, value }), expected2 = (text) => ({ ok: !1, expected: text });
function usagePercentValue(text) {
  let m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(text.trim()), n = m ? Number(m[1]) : Number.NaN;
  return !Number.isFinite(n) || n <= 0 || n > 100 ? expected2(`expected a percentage above 0 and at most 100 like 80 or 80%, got ${quote(text)}`) : ok2(n);
}
function logSizeValue(text) {
  let bytes = bytesOf(text) ?? 0;
  return bytes <= 0 ? expected2(`expected a size like 100MB, 100M, 512KiB or 1GiB, got ${quote(text)}`) : ok2(bytes);
}
function thresholdPairProblem(warn, critical, warnName, criticalName) {
  return warn > critical ? `${warnName} (${warn}) must not be above ${criticalName} (${critical})` : void 0;
}

export {
  STATUSES,
  SEVERITIES,
  CHECK_KINDS,
  FAIL_ON,
  worstStatus,
  atLeastAsSevere,
  shouldFail,
  headline,
  UsageError,
  errorMessage,
  isManaged,
  sourceLabel,
  sourceName,
  backupSourceValue,
  percentValue,
  byteSizeValue,
  VERIFY_KINDS,
  innerPathValue,
  verifyLineValue,
  expectTableValue,
  postgresUrlValue,
  usagePercentValue,
  logSizeValue,
  thresholdPairProblem
};
