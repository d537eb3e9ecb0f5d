import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  external_exports
} from "./chunk-7OELHKR5.js";
import {
  CHECK_KINDS,
  FAIL_ON,
  SEVERITIES,
  STATUSES
} from "./chunk-YSQWLAFH.js";

// packages/core/src/schemas/result.ts
var Status = external_exports.enum(STATUSES), Severity = external_exports.enum(SEVERITIES), CheckKind = external_exports.enum(CHECK_KINDS), FailOn = external_exports.enum(FAIL_ON), Evidence = external_exports.record(external_exports.string(), external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean(), external_exports.null()])), CheckResult = external_exports.object({
  /** Stable across runs; incidents are keyed by it. */
  id: external_exports.string().min(1),
  kind: CheckKind,
  /** The service or host the check belongs to, for titles and grouping. */
  subject: external_exports.string(),
  target: external_exports.string(),
  status: Status,
  severity: Severity.optional(),
  summary: external_exports.string(),
  evidence: Evidence,
  /** Where the on-call engineer should look first: a runbook link or steps. */
  runbook: external_exports.string().optional(),
  startedAt: external_exports.string(),
  durationMs: external_exports.number().nonnegative()
}), CheckResults = external_exports.array(CheckResult);

export {
  Severity,
  CheckResults
};
