import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  require_promises
} from "./chunk-RUYBUS3B.js";
import {
  require_node_path
} from "./chunk-EJSVMXJL.js";
import {
  __toESM
} from "./chunk-KBV2H3VL.js";

// packages/backups/src/findings.ts
var FINDINGS = {
  NO_BACKUPS: "fail",
  TOO_FEW_BACKUPS: "fail",
  EMPTY_FILE: "fail",
  STALE: "fail",
  WINDOW_GAP: "fail",
  SIZE_DROP: "fail",
  SIZE_SPIKE: "warn",
  IDENTICAL_TO_PREVIOUS: "warn",
  MISSING_COMPANION: "fail",
  ENV_KEY_MISSING: "fail",
  SQLITE_BAD_MAGIC: "fail",
  SQLITE_TRUNCATED: "fail",
  SQLITE_CORRUPT: "fail",
  SQLITE_FOREIGN_KEY: "fail",
  SQLITE_WAL_SIDECAR: "warn",
  GZIP_BAD_MAGIC: "fail",
  GZIP_TRUNCATED: "fail",
  GZIP_CRC: "fail",
  PGDUMP_BAD_HEADER: "fail",
  PGDUMP_INCOMPLETE: "fail",
  PGDMP_BAD_MAGIC: "fail",
  RESTORE_SQL_ERROR: "fail",
  ROWCOUNT_MISMATCH: "fail",
  SCRATCH_NOT_DROPPED: "warn",
  RUN_FAILED: "fail",
  RUN_OVERDUE: "fail",
  PITR_DISABLED: "fail",
  AUTOMATED_BACKUPS_OFF: "fail",
  RESTORE_LAG: "fail",
  PG_RESTORE_TOO_OLD: "undecided",
  TOOL_MISSING: "undecided",
  NO_PERMISSION: "undecided",
  TIMED_OUT: "undecided",
  CHECK_ERROR: "undecided"
}, finding = (code, message) => ({ code, message }), rank = { warn: 1, undecided: 2, fail: 3 }, worstFirst = (findings) => [...findings].sort((a, b) => rank[FINDINGS[b.code]] - rank[FINDINGS[a.code]]), stops = (f) => FINDINGS[f.code] !== "warn";

// packages/backups/src/sources/source.ts
var SourceError = class extends Error {
  constructor(finding2) {
    super(finding2.message);
    this.finding = finding2;
    this.name = "SourceError";
  }
  finding;
};

// packages/backups/src/list-local.ts
var import_promises = __toESM(require_promises(), 1), import_node_path = __toESM(require_node_path(), 1), MAX_ENTRIES = 1e4, MAX_FILES_PER_BACKUP = 2e5, ListingError = class extends Error {
};
async function directorySize(dir, budget = { files: MAX_FILES_PER_BACKUP }) {
  let total = 0;
  for await (let entry of await (0, import_promises.opendir)(dir)) {
    if (--budget.files < 0) throw new ListingError(`${dir} holds more than ${MAX_FILES_PER_BACKUP} files`);
    let path = (0, import_node_path.join)(dir, entry.name);
    entry.isDirectory() ? total += await directorySize(path, budget) : entry.isFile() && (total += (await (0, import_promises.lstat)(path)).size);
  }
  return total;
}
async function listLocal(dir, pattern) {
  let entries = [], seen = 0;
  for await (let dirent of await (0, import_promises.opendir)(dir)) {
    if (++seen > MAX_ENTRIES) throw new ListingError(`${dir} holds more than ${MAX_ENTRIES} entries`);
    let dated = pattern.match(dirent.name);
    if (dated === void 0) continue;
    let path = (0, import_node_path.join)(dir, dirent.name), info = await (0, import_promises.stat)(path);
    if (!info.isFile() && !info.isDirectory()) continue;
    let directory = info.isDirectory();
    entries.push({ name: dirent.name, path, directory, size: directory ? await directorySize(path) : info.size, time: dated ?? info.mtime });
  }
  return newestFirst(entries);
}
var newestFirst = (entries) => entries.sort((a, b) => b.time.getTime() - a.time.getTime() || (a.name < b.name ? 1 : -1));

export {
  FINDINGS,
  finding,
  worstFirst,
  stops,
  MAX_ENTRIES,
  listLocal,
  newestFirst,
  SourceError
};
