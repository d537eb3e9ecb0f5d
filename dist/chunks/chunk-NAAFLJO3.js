import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  runTool
} from "./chunk-OLUXQLH6.js";
import {
  FINDINGS,
  SourceError,
  finding,
  listLocal,
  stops,
  worstFirst
} from "./chunk-EDEOZ2BF.js";
import {
  require_promises as require_promises2
} from "./chunk-H4C6EQAC.js";
import {
  UNDECIDED_PREFIX,
  resultCell,
  statusOutput,
  systemClock,
  undecidedMark,
  withoutUndecidedPrefix
} from "./chunk-VSBUBHW6.js";
import {
  SEVERITIES,
  UsageError,
  backupSourceValue,
  byteSizeValue,
  errorMessage,
  expectTableValue,
  headline,
  innerPathValue,
  isManaged,
  percentValue,
  postgresUrlValue,
  sourceLabel,
  sourceName,
  verifyLineValue
} from "./chunk-YSQWLAFH.js";
import {
  require_promises
} from "./chunk-RUYBUS3B.js";
import {
  require_node_path
} from "./chunk-EJSVMXJL.js";
import {
  require_node_fs
} from "./chunk-LWETLIYH.js";
import {
  require_node_url
} from "./chunk-36L2EZAT.js";
import {
  require_node_zlib
} from "./chunk-3RSG6H7J.js";
import {
  require_node_stream
} from "./chunk-BDZWO5TC.js";
import {
  require_node_crypto
} from "./chunk-ZKYF5O3L.js";
import {
  DURATION_MAX,
  durationValue,
  formatDuration,
  integerValue,
  quote
} from "./chunk-ZC7J5IS5.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-KBV2H3VL.js";

// builtin:node:sqlite
var require_node_sqlite = __commonJS({
  "builtin:node:sqlite"(exports, module) {
    module.exports = __require("node:sqlite");
  }
});

// packages/backups/src/backup-set.ts
var backupId = (environment, name) => `backup:${environment}/${name}`, targetOf = (set) => isManaged(set.source) ? set.where : `${set.where.replace(/\/+$/, "")}/${set.pattern.source}`;

// packages/backups/src/pattern.ts
var DATE = String.raw`(\d{4})-?(\d{2})-?(\d{2})(?:[T_ -]?(\d{2})[:-]?(\d{2})(?:[:-]?(\d{2}))?)?`, SIDECAR = /-(wal|shm|journal)$/;
function toDate(parts) {
  let [y, mo, d, h = "0", mi = "0", s = "0"] = parts.map((p) => p === void 0 ? void 0 : Number(p));
  if (y === void 0 || mo === void 0 || d === void 0) return;
  let date = new Date(Date.UTC(y, mo - 1, d, Number(h), Number(mi), Number(s)));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && Number(h) < 24 && Number(mi) < 60 && Number(s) < 60 ? date : void 0;
}
function compile(source, dated) {
  let body = source.split("{date}").map((part) => part.replace(/[.+^$()|[\]\\{}]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")).join(DATE), regex = new RegExp(`^${body}$`);
  return {
    source,
    match(name) {
      if (name.startsWith(".") || SIDECAR.test(name)) return;
      let m = regex.exec(name);
      if (m)
        return dated ? toDate(m.slice(1, 7)) ?? void 0 : null;
    }
  };
}
var ANY_ENTRY = compile("*", !1);
function entryPatternValue(text2) {
  let source = text2.trim();
  if (source === "" || source.includes("/")) return { ok: !1, expected: `expected a pattern for the names in the source directory (no /), like db_{date}.sql.gz, got ${quote(source)}` };
  let dates = source.split("{date}").length - 1;
  return dates > 1 ? { ok: !1, expected: `expected at most one {date} in the pattern, got ${quote(source)}` } : { ok: !0, value: source === ANY_ENTRY.source ? ANY_ENTRY : compile(source, dates === 1) };
}

// packages/backups/src/options.ts
var DEFAULTS = { history: 7, maxShrink: 0.3, maxGrowth: 3, minDeltaBytes: 1024 * 1024, timeoutMs: 30 * 6e4, maxRestoreLagMs: 15 * 6e4 }, httpUrlValue = (text2) => {
  let url = URL.canParse(text2.trim()) ? new URL(text2.trim()) : void 0;
  return url && (url.protocol === "https:" || url.protocol === "http:") ? { ok: !0, value: url.href } : { ok: !1, expected: `expected an http(s) URL like https://sqladmin.googleapis.com/, got ${JSON.stringify(text2)}` };
}, ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/, envKeyValue = (text2) => ENV_NAME.test(text2) ? { ok: !0, value: text2 } : { ok: !1, expected: `expected a variable name like DATABASE_URL, got ${JSON.stringify(text2)}` };
function misfit(set) {
  let kind = set.source.kind;
  if (kind !== "local") {
    if (set.require.length) return { key: "require", expected: `expected no require for a ${kind} source: companions are checked in local backup directories only` };
    if (set.envKeys.length) return { key: "env-keys", expected: `expected no env-keys for a ${kind} source: .env files are read in local backup directories only` };
  }
  if (isManaged(set.source)) {
    let what = `a ${kind} source's backups are the provider's snapshots, with no file to read`;
    if (set.verify.length) return { key: "verify", expected: `expected no verify: ${what}` };
    if (set.restore) return { key: "restore", expected: `expected no restore: ${what}` };
    if (set.pattern !== ANY_ENTRY) return { key: "pattern", expected: `expected no pattern: ${what}` };
  }
}
function lines(reader, name, parse) {
  return reader.list(name).map((line, i) => {
    let parsed = parse(line);
    return parsed.ok ? parsed.value : reader.fail(name, `line ${i + 1}: ${parsed.expected}`);
  });
}
function inlineSet(reader, environment, shared) {
  let source = reader.parse("source", backupSourceValue);
  if (!source) return reader.fail("source", "expected a local directory like /backups/estimator, or config and environment to take the backups from");
  let name = reader.text("name") || sourceName(source), expectTables = lines(reader, "expect-tables", expectTableValue);
  expectTables.length > 0 && !shared.databaseUrl && !shared.skipRestores && reader.fail("expect-tables", "expected restore-database-url too: the row counts are checked after a restore");
  let verify = lines(reader, "verify", verifyLineValue), maxAgeMs = reader.parse("max-age", (t) => durationValue(t)), windowMs = reader.parse("window", (t) => durationValue(t)), runbook = reader.text("runbook"), set = {
    id: backupId(environment, name),
    environment,
    name,
    source,
    where: sourceLabel(source),
    pattern: reader.parse("pattern", entryPatternValue, ANY_ENTRY),
    ...maxAgeMs === void 0 ? {} : { maxAgeMs },
    ...windowMs === void 0 ? {} : { windowMs },
    minCount: reader.parse("min-count", (t) => integerValue(t, 0, 1e5), 1),
    history: reader.parse("history", (t) => integerValue(t, 1, 1e3), DEFAULTS.history),
    maxShrink: reader.parse("max-shrink", (t) => percentValue(t, 100), DEFAULTS.maxShrink),
    maxGrowth: reader.parse("max-growth", (t) => percentValue(t, 1e5), DEFAULTS.maxGrowth),
    minDeltaBytes: reader.parse("min-delta", byteSizeValue, DEFAULTS.minDeltaBytes),
    require: lines(reader, "require", innerPathValue),
    envKeys: lines(reader, "env-keys", envKeyValue),
    envFile: ".env",
    verify,
    sqliteCheck: reader.choice("sqlite-check", ["quick", "integrity"], "integrity"),
    timeoutMs: shared.timeoutMs,
    maxRestoreLagMs: shared.maxRestoreLagMs,
    cloud: shared.cloud,
    ...shared.databaseUrl ? { restore: { databaseUrl: shared.databaseUrl, expectTables } } : {},
    severity: reader.choice("severity", SEVERITIES, "P2"),
    ...runbook ? { runbook } : {}
  }, bad = misfit(set);
  return bad && reader.fail(bad.key === "restore" ? "restore-database-url" : bad.key, bad.expected), set;
}
function setsFromConfig(entries, environment, shared) {
  return entries.map((entry, i) => {
    let at = `environments.${environment}.backups[${i}]`, pattern = entry.pattern === void 0 ? { ok: !0, value: ANY_ENTRY } : entryPatternValue(entry.pattern);
    if (!pattern.ok) throw new UsageError(`${at}.pattern`, pattern.expected);
    let name = entry.name ?? sourceName(entry.source), restore = !shared.skipRestores && (entry.restore ?? (entry["expect-tables"] ?? []).length > 0);
    if (restore && !shared.databaseUrl) throw new UsageError(`${at}.restore`, "expected the restore-database-url input too: the scratch server to restore into");
    let set = {
      id: backupId(environment, name),
      environment,
      name,
      source: entry.source,
      where: sourceLabel(entry.source),
      pattern: pattern.value,
      ...entry["max-age"] === void 0 ? {} : { maxAgeMs: entry["max-age"] },
      ...entry.window === void 0 ? {} : { windowMs: entry.window },
      minCount: entry["min-count"] ?? 1,
      history: entry.history ?? DEFAULTS.history,
      maxShrink: entry["max-shrink"] ?? DEFAULTS.maxShrink,
      maxGrowth: entry["max-growth"] ?? DEFAULTS.maxGrowth,
      minDeltaBytes: entry["min-delta"] ?? DEFAULTS.minDeltaBytes,
      require: entry.require ?? [],
      envKeys: entry["env-keys"] ?? [],
      envFile: ".env",
      verify: entry.verify ?? [],
      sqliteCheck: entry["sqlite-check"] ?? "integrity",
      timeoutMs: shared.timeoutMs,
      maxRestoreLagMs: entry["max-restore-lag"] ?? shared.maxRestoreLagMs,
      cloud: shared.cloud,
      ...restore && shared.databaseUrl ? { restore: { databaseUrl: shared.databaseUrl, expectTables: entry["expect-tables"] ?? [] } } : {},
      severity: entry.severity ?? "P2",
      ...entry.runbook ? { runbook: entry.runbook } : {}
    }, bad = misfit(set);
    if (bad) throw new UsageError(`${at}.${bad.key}`, bad.expected);
    return set;
  });
}
async function planBackupVerify(reader, secret) {
  let skipRestores = reader.boolean("skip-restores", !1), urlText = skipRestores ? "" : reader.text("restore-database-url");
  secret(urlText);
  let databaseUrl = urlText ? reader.parse("restore-database-url", postgresUrlValue) : void 0;
  databaseUrl?.password && secret(decodeURIComponent(databaseUrl.password));
  let sqladminRootUrl = reader.parse("sqladmin-root-url", httpUrlValue), shared = {
    timeoutMs: reader.parse("timeout", (t) => durationValue(t, { max: DURATION_MAX.waitTimeout }), DEFAULTS.timeoutMs),
    maxRestoreLagMs: reader.parse("max-restore-lag", (t) => durationValue(t), DEFAULTS.maxRestoreLagMs),
    cloud: { forcePathStyle: reader.boolean("force-path-style", !1), ...sqladminRootUrl ? { sqladminRootUrl } : {} },
    ...databaseUrl ? { databaseUrl } : {},
    ...skipRestores ? { skipRestores } : {}
  }, dryRun = reader.boolean("dry-run", !1), configPath = reader.text("config"), environment = reader.text("environment"), inline = reader.text("source") ? [inlineSet(reader, environment || "default", shared)] : [];
  if (!configPath && inline.length > 0) return { sets: regionChecked(inline), dryRun };
  environment === "" && (inline.length > 0 && reader.fail("environment", "expected the environment to read from the config"), reader.fail("source", "expected a local directory like /backups/estimator, or config and environment to take the backups from"));
  let { DEFAULT_CONFIG_PATH, loadEnvironment } = await import("./config-QMXRFQLW.js"), path = configPath || DEFAULT_CONFIG_PATH, fromConfig = setsFromConfig(loadEnvironment(path, environment).backups, environment, shared);
  fromConfig.length === 0 && inline.length === 0 && reader.fail("environment", `no backups are configured for "${environment}" in ${path}`);
  let byId = new Map([...inline, ...fromConfig].map((s) => [s.id, s]));
  if (byId.size < inline.length + fromConfig.length) {
    let seen = /* @__PURE__ */ new Set(), dup = [...inline, ...fromConfig].find((s) => seen.has(s.id) ? !0 : (seen.add(s.id), !1));
    throw new UsageError(`environments.${environment}.backups`, `two backup sets are named ${JSON.stringify(dup?.name)}: give each a distinct name`);
  }
  return { sets: regionChecked([...byId.values()]), dryRun };
}
function regionChecked(sets) {
  let rds = sets.find((s) => s.source.kind === "rds" || s.source.kind === "rds-cluster");
  if (rds && !(process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION)) throw new UsageError("AWS_REGION", `expected the region of ${rds.where} in AWS_REGION (aws-actions/configure-aws-credentials sets it)`);
  return sets;
}

// packages/backups/src/sources/local.ts
function localSource(dir, pattern) {
  return {
    hashable: !0,
    async list() {
      try {
        return { entries: await listLocal(dir, pattern), findings: [] };
      } catch (error) {
        let code = error.code;
        throw code === "ENOENT" ? new SourceError(finding("NO_BACKUPS", `${dir} does not exist`)) : code === "ENOTDIR" ? new SourceError(finding("NO_BACKUPS", `${dir} is not a directory`)) : error;
      }
    },
    async open(entry) {
      return { path: entry.path, release: async () => {
      } };
    }
  };
}

// packages/backups/src/sources/index.ts
var WEEK_MS = 7 * 864e5, lookback = (set) => Math.max(set.windowMs ?? 0, set.maxAgeMs ?? 0) || WEEK_MS;
async function sourceOf(set, clock, notify) {
  let budget = { clock, timeoutMs: set.timeoutMs, ...notify ? { notify } : {} }, s = set.source;
  switch (s.kind) {
    case "local":
      return localSource(s.path, set.pattern);
    case "s3":
      return (await import("./s3-XD4MHRDH.js")).s3Source(s.bucket, s.prefix, set.pattern, budget, { forcePathStyle: set.cloud.forcePathStyle });
    case "gcs":
      return (await import("./gcs-J4XSBTG3.js")).gcsSource(s.bucket, s.prefix, set.pattern, budget);
    case "cloudsql":
      return (await import("./cloudsql-E4LRDDDP.js")).cloudSqlSource(s.project, s.instance, budget, {
        lookbackMs: lookback(set),
        ...set.cloud.sqladminRootUrl ? { rootUrl: set.cloud.sqladminRootUrl } : {}
      });
    case "rds":
    case "rds-cluster":
      return (await import("./rds-RTFGDJDO.js")).rdsSource(s.kind, s.id, budget, { maxRestoreLagMs: set.maxRestoreLagMs });
  }
}

// packages/backups/src/check-backup.ts
var import_node_path2 = __toESM(require_node_path(), 1);

// packages/backups/src/companions.ts
var import_node_crypto = __toESM(require_node_crypto(), 1), import_node_fs = __toESM(require_node_fs(), 1), import_promises = __toESM(require_promises(), 1), import_node_path = __toESM(require_node_path(), 1);

// packages/backups/src/line-scanner.ts
var LineScanner = class {
  constructor(onLine) {
    this.onLine = onLine;
  }
  onLine;
  parts = [];
  kept = 0;
  push(chunk) {
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl >= 0; nl = chunk.indexOf(10, start))
      this.keep(chunk.subarray(start, nl)), this.flush(), start = nl + 1;
    start < chunk.length && this.keep(chunk.subarray(start));
  }
  end() {
    this.kept > 0 && this.flush();
  }
  keep(part) {
    let room = 512 - this.kept;
    if (room <= 0 || part.length === 0) return;
    let kept = part.subarray(0, room);
    this.parts.push(kept), this.kept += kept.length;
  }
  flush() {
    let line = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts);
    this.parts = [], this.kept = 0, this.onLine(line.length > 0 && line[line.length - 1] === 13 ? line.subarray(0, -1) : line);
  }
}, text = (line) => line.toString("utf8");

// packages/backups/src/companions.ts
async function companionFindings(entry, required) {
  let missing = [];
  for (let item of required) {
    let wantDirectory = item.endsWith("/"), info = entry.directory ? await (0, import_promises.stat)((0, import_node_path.join)(entry.path, item)).catch(() => {
    }) : void 0;
    (!info || (wantDirectory ? !info.isDirectory() : !info.isFile())) && missing.push(item);
  }
  if (missing.length === 0) return [];
  let where = entry.directory ? `${entry.name}/` : `${entry.name} (a file, not a directory)`;
  return [finding("MISSING_COMPANION", `${where} lacks ${missing.join(", ")}`)];
}
var KEY = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=/;
async function envKeys(path) {
  let keys = /* @__PURE__ */ new Set(), scanner = new LineScanner((bytes) => {
    let line = text(bytes), name = KEY.exec(line.slice(0, line.indexOf("=") + 1))?.[1];
    name && keys.add(name);
  });
  for await (let chunk of (0, import_node_fs.createReadStream)(path)) scanner.push(chunk);
  return scanner.end(), keys;
}
async function envKeyFindings(entry, file, wanted) {
  if (wanted.length === 0) return [];
  let keys = await envKeys((0, import_node_path.join)(entry.path, file)).catch(() => {
  });
  if (!keys) return [finding("MISSING_COMPANION", `${entry.name}/ lacks ${file}, which env-keys reads`)];
  let missing = wanted.filter((k) => !keys.has(k));
  return missing.length ? [finding("ENV_KEY_MISSING", `${entry.name}/${file} does not set ${missing.join(", ")}`)] : [];
}
async function contentHash(entry) {
  let hash = (0, import_node_crypto.createHash)("sha256"), addFile = async (path) => {
    for await (let chunk of (0, import_node_fs.createReadStream)(path)) hash.update(chunk);
  }, walk = async (dir, prefix) => {
    let names = [];
    for await (let d of await (0, import_promises.opendir)(dir)) (d.isFile() || d.isDirectory()) && names.push({ name: d.name, directory: d.isDirectory() });
    names.sort((a, b) => a.name < b.name ? -1 : 1);
    for (let { name, directory } of names)
      hash.update(`\0${prefix}${name}${directory ? "/" : ""}\0`), directory ? await walk((0, import_node_path.join)(dir, name), `${prefix}${name}/`) : await addFile((0, import_node_path.join)(dir, name));
  };
  return entry.directory ? await walk(entry.path, "") : await addFile(entry.path), hash.digest("hex");
}
async function identicalFinding(newest, previous, hashable) {
  if (!previous || previous.size !== newest.size || previous.directory !== newest.directory || !hashable && !(newest.digest && previous.digest)) return;
  let [a, b] = hashable ? await Promise.all([contentHash(newest), contentHash(previous)]) : [newest.digest, previous.digest];
  return a === b ? finding("IDENTICAL_TO_PREVIOUS", `${newest.name} is byte-identical to ${previous.name}: the backup may be copying a source that stopped changing`) : void 0;
}

// packages/backups/src/dump-format.ts
var import_node_fs2 = __toESM(require_node_fs(), 1), import_promises2 = __toESM(require_promises(), 1), import_node_zlib = __toESM(require_node_zlib(), 1);
async function dumpFormat(path) {
  let handle = await (0, import_promises2.open)(path, "r");
  try {
    let head = Buffer.alloc(5), { bytesRead } = await handle.read(head, 0, 5, 0);
    return bytesRead >= 2 && head[0] === 31 && head[1] === 139 ? "plain-gzip" : head.subarray(0, bytesRead).toString("latin1") === "PGDMP" ? "custom" : "plain";
  } finally {
    await handle.close();
  }
}
function plainDumpStream(path, format) {
  let file = (0, import_node_fs2.createReadStream)(path);
  if (format !== "plain-gzip") return file;
  let gunzip = (0, import_node_zlib.createGunzip)();
  return file.on("error", (error) => gunzip.destroy(error)), file.pipe(gunzip);
}
var CUSTOM_NAME = /\.(dump|pgdump|backup|custom)$/i;

// packages/backups/src/history.ts
var DAY_MS = 864e5;
function median(values) {
  let sorted = [...values].sort((a, b) => a - b), mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] ?? 0 : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
function formatBytes(bytes) {
  let units = ["B", "KiB", "MiB", "GiB", "TiB"], value = bytes, unit = 0;
  for (; Math.abs(value) >= 1024 && unit < units.length - 1; )
    value /= 1024, unit++;
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}
var percent = (fraction) => `${Math.round(fraction * 100)}%`;
function sizeFindings(newest, previous, rule) {
  let past = previous.slice(0, rule.history).map((e) => e.size);
  if (past.length === 0) return { findings: [] };
  let m = median(past), delta = newest.size - m, findings = [], of = `the median of the ${past.length} before it (${formatBytes(m)})`;
  return Math.abs(delta) >= rule.minDeltaBytes && m > 0 && (delta < 0 && -delta / m > rule.maxShrink ? findings.push(finding("SIZE_DROP", `${newest.name} is ${formatBytes(newest.size)}, ${percent(-delta / m)} smaller than ${of}; at most ${percent(rule.maxShrink)} is expected`)) : delta > 0 && delta / m > rule.maxGrowth && findings.push(finding("SIZE_SPIKE", `${newest.name} is ${formatBytes(newest.size)}, ${percent(delta / m)} larger than ${of}; at most ${percent(rule.maxGrowth)} is expected`))), { findings, median: m };
}
var utcDay = (t) => new Date(t).toISOString().slice(0, 10);
function windowGaps(entries, windowMs, now, counts = (e) => e.size > 0) {
  let days = Math.max(1, Math.round(windowMs / DAY_MS)), covered = new Set(entries.filter(counts).map((e) => utcDay(e.time.getTime()))), today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()), gaps = [];
  for (let i = days; i >= 1; i--) {
    let day = utcDay(today - i * DAY_MS);
    covered.has(day) || gaps.push(day);
  }
  return gaps;
}
function windowFinding(entries, windowMs, now, counts) {
  let gaps = windowGaps(entries, windowMs, now, counts);
  if (gaps.length === 0) return;
  let shown = gaps.length > 5 ? `${gaps.slice(0, 5).join(", ")} and ${gaps.length - 5} more` : gaps.join(", ");
  return finding("WINDOW_GAP", `no backup on ${gaps.length} UTC day(s) of the last ${formatDuration(windowMs)}: ${shown}`);
}
function staleFinding(name, time, maxAgeMs, now, good2) {
  let age = now.getTime() - time.getTime();
  if (!(age <= maxAgeMs))
    return finding("STALE", `the newest ${good2 ? "good " : ""}backup, ${name}, is ${formatDuration(age)} old; at most ${formatDuration(maxAgeMs)} is expected`);
}

// packages/backups/src/restore.ts
var import_node_crypto2 = __toESM(require_node_crypto(), 1);

// packages/backups/src/verify-gzip.ts
var import_node_fs3 = __toESM(require_node_fs(), 1), import_node_stream = __toESM(require_node_stream(), 1), import_promises3 = __toESM(require_promises2(), 1), import_node_zlib2 = __toESM(require_node_zlib(), 1);
function gzipFinding(name, error) {
  let message = error.message;
  return error.code === "Z_BUF_ERROR" || /unexpected end of file/.test(message) ? finding("GZIP_TRUNCATED", `${name} ends before its gzip stream does: the file is truncated`) : /incorrect header check/.test(message) ? finding("GZIP_BAD_MAGIC", `${name} is not gzip data (no gzip header)`) : /incorrect (data|length) check/.test(message) ? finding("GZIP_CRC", `${name} fails its gzip ${/length/.test(message) ? "length" : "CRC-32"} check: the data is corrupt`) : finding("GZIP_CRC", `${name} is corrupt: the gzip stream cannot be decoded (${message})`);
}
async function verifyGzip(path, name) {
  let bytes = 0, sink = new import_node_stream.Writable({
    write(chunk, _encoding, done) {
      bytes += chunk.length, done();
    }
  });
  try {
    return await (0, import_promises3.pipeline)((0, import_node_fs3.createReadStream)(path), (0, import_node_zlib2.createGunzip)(), sink), { findings: [], bytes };
  } catch (error) {
    if (error.syscall) throw error;
    return { findings: [gzipFinding(name, error)], bytes };
  }
}

// packages/backups/src/verify-pgdump.ts
var COPY = /^COPY ([^ ]+) .*FROM stdin;$/;
async function scanPlainDump(stream) {
  let facts = { header: !1, complete: !1, rows: {} }, lineNo = 0, copying, scanner = new LineScanner((bytes) => {
    if (lineNo++, copying !== void 0) {
      bytes.length === 2 && bytes[0] === 92 && bytes[1] === 46 ? copying = void 0 : facts.rows[copying] = (facts.rows[copying] ?? 0) + 1;
      return;
    }
    let line = text(bytes);
    if (lineNo <= 10 && line === "-- PostgreSQL database dump") facts.header = !0;
    else if (line === "-- PostgreSQL database dump complete") facts.complete = !0;
    else if (line.startsWith("\\restrict ") && facts.restrictKey === void 0) facts.restrictKey = line.slice(10).trim();
    else if (line.startsWith("\\unrestrict ")) facts.unrestrictKey = line.slice(12).trim();
    else if (line.startsWith("-- Dumped from database version ")) facts.serverVersion = line.slice(32).trim();
    else if (line.startsWith("-- Dumped by pg_dump version ")) facts.dumpVersion = line.slice(29).trim();
    else {
      let copy = COPY.exec(line);
      copy?.[1] && (copying = copy[1], facts.rows[copying] ??= 0);
    }
  });
  for await (let chunk of stream) scanner.push(chunk);
  return scanner.end(), facts;
}
function plainDumpFindings(name, facts) {
  if (!facts.header) return [finding("PGDUMP_BAD_HEADER", `${name} does not begin like a pg_dump plain dump ("-- PostgreSQL database dump")`)];
  if (!facts.complete) return [finding("PGDUMP_INCOMPLETE", `${name} has no "-- PostgreSQL database dump complete" trailer: the dump stopped before it finished`)];
  if (facts.restrictKey !== facts.unrestrictKey) {
    let what = facts.unrestrictKey === void 0 ? "no \\unrestrict line" : facts.restrictKey === void 0 ? "an \\unrestrict line without \\restrict" : "an \\unrestrict key that differs from its \\restrict key";
    return [finding("PGDUMP_INCOMPLETE", `${name} has ${what}: the dump is cut or was pieced together`)];
  }
  return [];
}
function undecided(tool, run, timeoutMs) {
  if (!run.ran) return finding("TOOL_MISSING", `${UNDECIDED_PREFIX}${run.reason}`);
  if (run.timedOut) return finding("TIMED_OUT", `${UNDECIDED_PREFIX}${tool} did not finish within ${formatDuration(timeoutMs)}`);
}
var firstLine = (text2) => text2.split(`
`).find((l) => l.trim() !== "")?.trim() ?? "";
async function verifyCustom(path, name, timeoutMs) {
  let list2 = await runTool("pg_restore", ["--list", path], { timeoutMs }), notRun = undecided("pg_restore --list", list2, timeoutMs);
  if (notRun || !list2.ran) return notRun ? [notRun] : [];
  let message = firstLine(list2.stderr.replace(/^pg_restore: (error: )?/gm, ""));
  if (/unsupported version/.test(list2.stderr)) return [finding("PG_RESTORE_TOO_OLD", `${UNDECIDED_PREFIX}${name} was written by a newer pg_dump than this pg_restore reads (${message})`)];
  if (/did not find magic string/.test(list2.stderr)) return [finding("PGDMP_BAD_MAGIC", `${name} is not a pg_dump custom archive (${message})`)];
  if (list2.code !== 0) return [finding("PGDUMP_INCOMPLETE", `pg_restore cannot read the table of contents of ${name}: ${message || `exit code ${list2.code}`}`)];
  if (!/^; Archive created at /m.test(list2.stdout)) return [finding("CHECK_ERROR", `${UNDECIDED_PREFIX}pg_restore --list printed no table of contents for ${name}${message ? ` (${message})` : ""}`)];
  let read = await runTool("pg_restore", ["--file", "/dev/null", path], { timeoutMs }), notRead = undecided("pg_restore", read, timeoutMs);
  return notRead || !read.ran ? notRead ? [notRead] : [] : read.code !== 0 || /error:/.test(read.stderr) ? [finding("PGDUMP_INCOMPLETE", `pg_restore cannot read every data block of ${name}: ${firstLine(read.stderr.replace(/^pg_restore: (error: )?/gm, "")) || `exit code ${read.code}`}`)] : [];
}
async function verifyPgDump(path, name, timeoutMs) {
  let format = await dumpFormat(path);
  if (format === "custom") return { format, findings: await verifyCustom(path, name, timeoutMs) };
  if (format === "plain" && CUSTOM_NAME.test(path)) return { format, findings: [finding("PGDMP_BAD_MAGIC", `${name} is named like a pg_dump custom archive but does not begin with PGDMP`)] };
  try {
    let facts = await scanPlainDump(plainDumpStream(path, format));
    return { format, findings: plainDumpFindings(name, facts), facts };
  } catch (error) {
    if (error.syscall) throw error;
    return { format, findings: [gzipFinding(name, error)] };
  }
}

// packages/backups/src/restore.ts
function libpqEnv(url, database) {
  let env = {
    PGHOST: url.hostname.replace(/^\[|\]$/g, ""),
    PGPORT: url.port || "5432",
    PGDATABASE: database,
    PGCONNECT_TIMEOUT: "10",
    PGAPPNAME: "runbook-backup-verify"
  };
  url.username && (env.PGUSER = decodeURIComponent(url.username)), url.password && (env.PGPASSWORD = decodeURIComponent(url.password));
  let sslmode = url.searchParams.get("sslmode");
  return sslmode && (env.PGSSLMODE = sslmode), env;
}
var quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`, qualified = (table) => table.split(".").map(quoteIdent).join(".");
function scratchName(set) {
  return `runbook_restore_${set.toLowerCase().replace(/[^a-z0-9_]/g, "_").slice(0, 30)}_${(0, import_node_crypto2.randomBytes)(6).toString("hex")}`;
}
function firstError(stderr) {
  return stderr.split(`
`).find((l) => /\bERROR:|error:/.test(l))?.trim();
}
async function restoreDump(path, format, set, request) {
  let { databaseUrl, timeoutMs } = request, admin = decodeURIComponent(databaseUrl.pathname.slice(1)) || "postgres", psql = (database2, args, stdin) => runTool("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", ...args], { timeoutMs, env: libpqEnv(databaseUrl, database2), ...stdin ? { stdin } : {} }), database = scratchName(set), outcome = { findings: [], counts: {}, restored: !1 }, failed = (run, what) => {
    let notRun = undecided(what, run, timeoutMs);
    return notRun || (run.ran && run.code !== 0 ? finding("CHECK_ERROR", `${UNDECIDED_PREFIX}${what} failed: ${firstError(run.stderr) ?? run.stderr.trim().split(`
`)[0] ?? `exit code ${run.code}`}`) : void 0);
  }, created = await psql(admin, ["-c", `CREATE DATABASE ${quoteIdent(database)}`]), notCreated = failed(created, `creating the scratch database ${database}`);
  if (notCreated) return { ...outcome, findings: [notCreated] };
  outcome.database = database;
  let restored;
  try {
    restored = await load(path, format, database, request, psql, outcome);
  } finally {
    let dropped = await psql(admin, ["-c", `DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`]), notDropped = failed(dropped, `dropping ${database}`);
    notDropped && restored && restored.findings.push(finding("SCRATCH_NOT_DROPPED", `the scratch database ${database} could not be dropped (${withoutUndecidedPrefix(notDropped.message)}): drop it by hand`));
  }
  return restored;
}
async function load(path, format, database, request, psql, outcome) {
  let { databaseUrl, timeoutMs } = request, run = format === "custom" ? await runTool("pg_restore", ["--exit-on-error", "--single-transaction", "--no-owner", "--no-acl", "--dbname", database, path], { timeoutMs, env: libpqEnv(databaseUrl, database) }) : format === "plain" ? await psql(database, ["--single-transaction", "-f", path]) : await psql(database, ["--single-transaction", "-f", "-"], plainDumpStream(path, format)), notRun = undecided("the restore", run, timeoutMs);
  if (notRun) return { ...outcome, findings: [notRun] };
  let error = run.ran ? firstError(run.stderr) : void 0;
  if (run.ran && (run.code !== 0 || error))
    return { ...outcome, findings: [finding("RESTORE_SQL_ERROR", `the restore of the dump stopped: ${error ?? `exit code ${run.code}`}`)] };
  outcome.restored = !0;
  let short = [];
  for (let { table, min } of request.expectTables) {
    let count = await psql(database, ["-A", "-t", "-c", `SELECT count(*) FROM ${qualified(table)}`]), notCounted = undecided(`counting ${table}`, count, timeoutMs);
    if (notCounted) return { ...outcome, findings: [notCounted] };
    let rows = count.ran && count.code === 0 ? Number(count.stdout.trim()) : Number.NaN;
    Number.isInteger(rows) && (outcome.counts[table] = rows), Number.isInteger(rows) ? rows < min && short.push(`${table} has ${rows} row(s), at least ${min} expected`) : short.push(`${table} cannot be counted (${count.ran ? firstError(count.stderr) ?? "no count" : ""})`);
  }
  return short.length && outcome.findings.push(finding("ROWCOUNT_MISMATCH", `after the restore, ${short.join("; ")}`)), outcome;
}

// packages/backups/src/verify-sqlite.ts
var import_node_fs4 = __toESM(require_node_fs(), 1), import_promises4 = __toESM(require_promises(), 1), import_node_url = __toESM(require_node_url(), 1), import_node_sqlite = __toESM(require_node_sqlite(), 1);
var MAGIC = Buffer.from("SQLite format 3\0", "latin1"), MAX_MESSAGES = 10;
function readSqliteHeader(header) {
  if (header.length < 100 || !header.subarray(0, 16).equals(MAGIC)) return;
  let raw = header.readUInt16BE(16), pageSize = raw === 1 ? 65536 : raw;
  return header.readUInt32BE(24) === header.readUInt32BE(92) ? { pageSize, pageCount: header.readUInt32BE(28) } : { pageSize };
}
async function structure(path, name) {
  let handle = await (0, import_promises4.open)(path, "r");
  try {
    let buffer = Buffer.alloc(100), { bytesRead } = await handle.read(buffer, 0, 100, 0), header = readSqliteHeader(buffer.subarray(0, bytesRead));
    if (!header) return finding("SQLITE_BAD_MAGIC", `${name} is not an SQLite database (its header is not "SQLite format 3")`);
    let { size } = await handle.stat(), expected = header.pageCount === void 0 ? Math.ceil(size / header.pageSize) * header.pageSize : header.pageCount * header.pageSize;
    return size < expected ? finding("SQLITE_TRUNCATED", `${name} is truncated: ${size} bytes, where its header says ${expected} (${header.pageCount} pages of ${header.pageSize})`) : void 0;
  } finally {
    await handle.close();
  }
}
var rowsOf = (db, sql) => db.prepare(sql).all();
function engineChecks(path, name, check) {
  let url = (0, import_node_url.pathToFileURL)(path);
  url.searchParams.set("immutable", "1");
  let db;
  try {
    db = new import_node_sqlite.DatabaseSync(url, { readOnly: !0 });
    let pragma = check === "quick" ? `quick_check(${MAX_MESSAGES})` : `integrity_check(${MAX_MESSAGES})`, rows = rowsOf(db, `PRAGMA ${pragma}`).map((row) => String(Object.values(row)[0]));
    if (rows.length !== 1 || rows[0] !== "ok") {
      let messages = rows.flatMap((row) => row.split(`
`)).filter((line) => line.trim() !== "" && !/^\*\*\* in database \w+ \*\*\*$/.test(line));
      return [finding("SQLITE_CORRUPT", `${name} fails PRAGMA ${check}_check: ${messages.slice(0, MAX_MESSAGES).join("; ")}`)];
    }
    let violations = rowsOf(db, "PRAGMA foreign_key_check");
    if (violations.length > 0) {
      let tables = [...new Set(violations.map((v) => `${String(v.table)} → ${String(v.parent)}`))].slice(0, MAX_MESSAGES);
      return [finding("SQLITE_FOREIGN_KEY", `${name} has ${violations.length} row(s) whose foreign key points at nothing: ${tables.join(", ")}`)];
    }
    return [];
  } catch (error) {
    return [finding("SQLITE_CORRUPT", `${name} cannot be read by SQLite: ${error.message}`)];
  } finally {
    db?.close();
  }
}
async function verifySqlite(path, name, check) {
  await (0, import_promises4.stat)(path);
  let bad = await structure(path, name);
  if (bad) return [bad];
  let findings = engineChecks(path, name, check);
  return (0, import_node_fs4.existsSync)(`${path}-wal`) && findings.push(finding("SQLITE_WAL_SIDECAR", `${name}-wal lies beside the copy: the copy was probably taken from a live database with cp, and may miss its latest writes (use .backup or VACUUM INTO)`)), findings;
}

// packages/backups/src/check-backup.ts
function unexpected(what, error) {
  if (error instanceof SourceError) return error.finding;
  let e = error;
  return e.code === "EACCES" || e.code === "EPERM" ? finding("NO_PERMISSION", `${UNDECIDED_PREFIX}no permission to read ${e.path ?? what} (${e.code})`) : e.code === "ENOENT" ? finding("MISSING_COMPANION", `${what}: ${e.path ?? "a file"} does not exist`) : finding("CHECK_ERROR", `${UNDECIDED_PREFIX}${what} failed unexpectedly: ${e.message ?? String(error)}`);
}
var stepName = (step) => step.path ? `${step.kind}: ${step.path}` : step.kind;
function fileOf(local, entry, step) {
  if (step.path) return (0, import_node_path2.join)(local, step.path);
  if (entry.directory) throw Object.assign(new Error(`${entry.name} is a directory: say which file to check, like ${step.kind}: app.db`), { code: "EISDIR" });
  return local;
}
async function runStep(set, local, entry, step) {
  let path = fileOf(local, entry, step), label = step.path ? `${entry.name}/${step.path}` : entry.name;
  return step.kind === "gzip" ? (await verifyGzip(path, label)).findings : step.kind === "sqlite" ? verifySqlite(path, label, set.sqliteCheck) : (await verifyPgDump(path, label, set.timeoutMs)).findings;
}
async function checkBackup(set, source, entry, previous, options) {
  let check = { entry, findings: [], ran: [] }, opened, local = async () => {
    if (!source.open) throw new Error(`${set.where} has no files to read`);
    return opened ??= source.open(entry), (await opened).path;
  };
  try {
    await runStages(set, source, entry, previous, options, check, local);
  } finally {
    opened && await opened.then((o) => o.release()).catch(() => {
    });
  }
  return check;
}
async function runStages(set, source, entry, previous, options, check, local) {
  let stages = [["size", async () => entry.size === 0 ? [finding("EMPTY_FILE", `${entry.name} is empty (0 bytes)`)] : []]];
  if ((set.require.length > 0 || set.envKeys.length > 0) && stages.push(["require", async () => [...await companionFindings(entry, set.require), ...await envKeyFindings(entry, set.envFile, set.envKeys)]]), previous.length > 0 && stages.push([
    "history",
    async () => {
      let sizes = sizeFindings(entry, previous, set);
      sizes.median !== void 0 && (check.medianSize = sizes.median);
      let identical = await identicalFinding(entry, previous[0], source.hashable);
      return identical ? [...sizes.findings, identical] : sizes.findings;
    }
  ]), stages.push(...set.verify.map((step) => [stepName(step), async () => runStep(set, await local(), entry, step)])), set.restore && options.restore) {
    let restore = set.restore;
    stages.push([
      "restore",
      async () => {
        let path = fileOf(await local(), entry, set.verify.find((s) => s.kind === "pgdump") ?? { kind: "pgdump" });
        return check.restore = await restoreDump(path, await dumpFormat(path), set.name, { ...restore, timeoutMs: set.timeoutMs }), check.restore.findings;
      }
    ]);
  }
  for (let [name, stage] of stages) {
    let found = await stage().catch((error) => [unexpected(`${name} of ${entry.name}`, error)]);
    if (check.ran.push(name), check.findings.push(...found), found.some(stops)) break;
  }
}
var good = (check) => !check.findings.some(stops);

// packages/backups/src/verify-set.ts
var MAX_FALLBACK = 2, seconds = (ms) => Math.max(0, Math.round(ms / 1e3));
async function list(set, source, now) {
  try {
    return { listing: await source.list(now) };
  } catch (error) {
    return { finding: error instanceof SourceError ? error.finding : unexpected(`listing ${set.where}`, error) };
  }
}
function statusOf(findings) {
  let verdicts = new Set(findings.map((f) => FINDINGS[f.code]));
  return verdicts.has("fail") ? { status: "fail", undecided: !1 } : verdicts.has("undecided") ? { status: "fail", undecided: !0 } : { status: verdicts.has("warn") ? "warn" : "pass", undecided: !1 };
}
function severityOf(set, status, undecided2) {
  if (status !== "pass")
    return status === "warn" ? "P4" : undecided2 ? "P3" : set.severity;
}
function passSummary(check, now, managed) {
  let { entry, restore } = check, counts = Object.entries(restore?.counts ?? {}).map(([t, n]) => `${t}=${n}`), restored = restore?.restored ? `; restored${counts.length ? ` (${counts.join(", ")})` : ""}` : "";
  return `newest backup ${entry.name}, ${formatDuration(now.getTime() - entry.time.getTime())} old${managed ? "" : `, ${formatBytes(entry.size)}`}; checked ${check.ran.join(", ")}${restored}`;
}
function olderNote(checks, goodCheck) {
  let older = checks.length - 1;
  return older <= 0 ? "" : goodCheck ? `; the newest good backup is ${goodCheck.entry.name}` : `; the ${older} backup(s) before it are not good either`;
}
async function verifySet(set, now = () => /* @__PURE__ */ new Date(), clock = systemClock, notify) {
  let startedAt = now(), started = performance.now(), source = await sourceOf(set, clock, notify), listed = await list(set, source, startedAt), entries = "listing" in listed ? listed.listing.entries : [], findings = "finding" in listed ? [listed.finding] : [...listed.listing.findings], managed = !source.open, what = managed ? "available backups" : `backups in ${set.where} match ${set.pattern.source}`;
  if ("listing" in listed && entries.length === 0 && findings.push(finding("NO_BACKUPS", managed ? `${set.where} has no successful or available backups in the last ${formatDuration(lookback(set))}` : `no ${what}`)), entries.length > 0 && entries.length < set.minCount && findings.push(finding("TOO_FEW_BACKUPS", `${entries.length} backup(s) in ${set.where}, at least ${set.minCount} expected`)), set.windowMs !== void 0 && entries.length > 0) {
    let gap = windowFinding(entries, set.windowMs, startedAt, managed ? () => !0 : void 0);
    gap && findings.push(gap);
  }
  let checks = managed ? entries.slice(0, 1).map((entry) => ({ entry, findings: [], ran: ["status"] })) : [];
  for (let i = 0; !managed && i < entries.length && i <= MAX_FALLBACK; i++) {
    let entry = entries[i], check = await checkBackup(set, source, entry, entries.slice(i + 1), { restore: !0 });
    if (checks.push(check), good(check)) break;
  }
  let [newestCheck] = checks, goodCheck = checks.find(good);
  if (newestCheck && findings.push(...newestCheck.findings), set.maxAgeMs !== void 0 && entries[0]) {
    let stale = goodCheck ? staleFinding(goodCheck.entry.name, goodCheck.entry.time, set.maxAgeMs, startedAt, goodCheck !== newestCheck) : void 0;
    stale && findings.push(stale);
  }
  let ordered = worstFirst(findings), { status, undecided: undecided2 } = statusOf(ordered), severity = severityOf(set, status, undecided2), newest = entries[0], restorePoint = "listing" in listed ? listed.listing.restorePoint : void 0, goodEntry = restorePoint && (!goodCheck || restorePoint > goodCheck.entry.time) ? { name: `latest restorable time of ${set.where}`, path: set.where, directory: !1, size: 0, time: restorePoint } : goodCheck?.entry, evidence = {
    code: ordered[0]?.code ?? null,
    codes: ordered.map((f) => f.code).join(", "),
    ...undecidedMark(undecided2),
    source: set.where,
    ...managed ? {} : { pattern: set.pattern.source },
    backups: entries.length,
    newest: newest?.name ?? null,
    "newest time": newest?.time.toISOString() ?? null,
    "newest age seconds": newest ? seconds(startedAt.getTime() - newest.time.getTime()) : null,
    "newest size bytes": managed ? null : newest?.size ?? null,
    "median size bytes": newestCheck?.medianSize ?? null,
    checks: newestCheck?.ran.join(", ") ?? "",
    "newest good": goodEntry?.name ?? null,
    "rpo seconds": goodEntry ? seconds(startedAt.getTime() - goodEntry.time.getTime()) : null,
    restored: goodCheck?.restore?.restored ?? !1,
    rows: Object.entries(goodCheck?.restore?.counts ?? newestCheck?.restore?.counts ?? {}).map(([t, n]) => `${t}=${n}`).join(", ")
  }, prefix = undecided2 ? UNDECIDED_PREFIX : "", summary = status === "pass" && newestCheck ? passSummary(newestCheck, startedAt, managed) : ordered.map((f) => `${f.code}: ${withoutUndecidedPrefix(f.message)}`).join("; ") + olderNote(checks, goodCheck);
  return { result: {
    id: set.id,
    kind: "backup-verify",
    subject: set.name,
    target: targetOf(set),
    status,
    ...severity ? { severity } : {},
    summary: `${prefix}${summary}`,
    evidence,
    ...set.runbook ? { runbook: set.runbook } : {},
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started)
  }, ...goodEntry ? { newestGood: goodEntry } : {}, ...newest ? { newest } : {}, undecided: undecided2 };
}
function crashedSet(set, error, now) {
  return {
    undecided: !0,
    result: {
      id: set.id || backupId(set.environment, set.name),
      kind: "backup-verify",
      subject: set.name,
      target: targetOf(set),
      status: "fail",
      severity: "P3",
      summary: `${UNDECIDED_PREFIX}CHECK_ERROR: the check failed unexpectedly: ${errorMessage(error)}`,
      evidence: { code: "CHECK_ERROR", codes: "CHECK_ERROR", ...undecidedMark(!0), source: set.where },
      startedAt: now.toISOString(),
      durationMs: 0
    }
  };
}

// packages/backups/src/report.ts
var resultCell2 = (v) => resultCell(v.result), cell = (value) => value == null || value === "" ? "–" : String(value);
function backupTable(verdicts) {
  return {
    columns: ["backup set", "source", "result", "code", "newest", "age", "checks", "reason"],
    rows: verdicts.map((v) => {
      let age = v.result.evidence["newest age seconds"];
      return [
        v.result.subject,
        v.result.target,
        resultCell2(v),
        cell(v.result.evidence.code),
        cell(v.result.evidence.newest),
        typeof age == "number" ? formatDuration(age * 1e3) : "–",
        cell(v.result.evidence.checks),
        v.result.status === "pass" ? "" : v.result.summary
      ];
    })
  };
}
function outputsOf(verdicts, now) {
  let worst = verdicts.map((v) => ({ v, rpo: v.newestGood ? now.getTime() - v.newestGood.time.getTime() : 1 / 0 })).sort((a, b) => b.rpo - a.rpo)[0]?.v, secondsSince = (t) => t ? String(Math.max(0, Math.round((now.getTime() - t.getTime()) / 1e3))) : "";
  return {
    status: statusOutput(verdicts.map((v) => v.result)),
    "newest-backup": worst?.newest?.path ?? "",
    "newest-age-seconds": secondsSince(worst?.newest?.time),
    "rpo-seconds": secondsSince(worst?.newestGood?.time)
  };
}
function describePlan(set) {
  if (isManaged(set.source)) return `the provider's backup status (${set.source.kind === "cloudsql" ? "backup runs, point-in-time recovery" : "retention, snapshots, latest restorable time"})`;
  let steps = ["size", ...set.require.length ? [`require ${set.require.join(", ")}`] : [], ...set.verify.map((s) => s.path ? `${s.kind}: ${s.path}` : s.kind)];
  return set.restore && steps.push(`restore into a new scratch database on ${set.restore.databaseUrl.hostname}:${set.restore.databaseUrl.port || "5432"}`), steps.join(", ");
}
async function dryRunSet(set, now, clock) {
  let listed = await sourceOf(set, clock).then((source) => source.list(now)).then((l) => ({ entries: l.entries, note: "" })).catch((error) => ({ entries: [], note: ` (cannot list now: ${error instanceof SourceError ? withoutUndecidedPrefix(error.finding.message) : errorMessage(error)})` })), { entries } = listed, newest = entries[0];
  return { result: {
    id: set.id,
    kind: "backup-verify",
    subject: set.name,
    target: targetOf(set),
    status: "pass",
    summary: `dry run: would check ${newest ? `${newest.name} (newest of ${entries.length})` : "the newest backup (none found now)"} with ${describePlan(set)}${listed.note}`,
    evidence: { "dry run": !0, source: set.where, backups: entries.length, newest: newest?.name ?? null, checks: describePlan(set) },
    startedAt: now.toISOString(),
    durationMs: 0
  }, ...newest ? { newest } : {}, undecided: !1 };
}
async function runBackupVerify(plan, emitter, now = () => /* @__PURE__ */ new Date(), clock = systemClock) {
  let verdicts = [];
  for (let set of plan.sets) {
    let verdict = plan.dryRun ? await dryRunSet(set, now(), clock) : await emitter.group(
      `Backup set ${set.name} (${set.where})`,
      () => verifySet(set, now, clock, (m) => emitter.progress(`${set.name}: ${m}`)).catch((error) => crashedSet(set, error, now()))
    );
    verdicts.push(verdict), emitter.record(verdicts.map((v) => v.result)), emitter.progress(`${resultCell2(verdict).toUpperCase()} ${set.name}: ${verdict.result.summary}`);
  }
  let results = verdicts.map((v) => v.result), undecided2 = verdicts.filter((v) => v.undecided).length;
  return await emitter.report({
    action: "backup-verify",
    headline: `${headline(results, "backup sets")}${undecided2 ? ` (${undecided2} could not be decided)` : ""}${plan.dryRun ? " (dry run: nothing was verified or restored)" : ""}`,
    results,
    table: backupTable(verdicts),
    outputs: outputsOf(verdicts, now())
  }), results;
}

export {
  planBackupVerify,
  runBackupVerify
};
