import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// packages/core/src/result.ts
var STATUSES = ["pass", "warn", "fail"], SEVERITIES = ["P1", "P2", "P3", "P4"], CHECK_KINDS = ["smoke-test", "cert-check", "backup-verify", "deploy", "rollback"], FAIL_ON = ["fail", "warn", "never"], statusRank = { pass: 0, warn: 1, fail: 2 }, severityRank = { P1: 1, P2: 2, P3: 3, P4: 4 };
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
  constructor(path, expected) {
    super(`${path}: ${expected}`);
    this.path = path;
    this.expected = expected;
    this.name = "UsageError";
  }
  path;
  expected;
};
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
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
  errorMessage
};
