import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  UsageError,
  worstStatus
} from "./chunk-THZMKPOP.js";
import {
  require_node_fs
} from "./chunk-LWETLIYH.js";
import {
  __toESM
} from "./chunk-KBV2H3VL.js";

// packages/core/src/retry.ts
function backoffDelay(retry2, { baseMs, maxMs = 6e4, random = Math.random }) {
  let step = Math.min(maxMs, baseMs * 2 ** retry2);
  return Math.round(step / 2 + random() * (step / 2));
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function retry(fn, options) {
  let wait = options.sleep ?? sleep;
  for (let attempt = 1; ; attempt++)
    try {
      return await fn(attempt);
    } catch (error) {
      if (!(attempt <= options.retries && (options.retryable?.(error) ?? !0))) throw error;
      let delayMs = options.retryAfterMs?.(error) ?? backoffDelay(attempt - 1, options);
      options.onRetry?.({ attempt, delayMs, error }), await wait(delayMs);
    }
}
function parseRetryAfter(value, now = Date.now()) {
  if (!value) return;
  let seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1e3;
  let date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}

// packages/core/src/redact.ts
var Redactor = class {
  secrets = /* @__PURE__ */ new Set();
  add(secret) {
    !secret || secret.length < 3 || (this.secrets.add(secret), this.secrets.add(encodeURIComponent(secret)), this.secrets.add(Buffer.from(secret).toString("base64")));
  }
  get values() {
    return [...this.secrets];
  }
  redact(text) {
    let out = stripUrlCredentials(text);
    for (let secret of [...this.secrets].sort((a, b) => b.length - a.length))
      out = out.split(secret).join("***");
    return out;
  }
};
function stripUrlCredentials(text) {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+(?::[^/\s@]*)?@/gi, "$1***@");
}

// packages/core/src/pool.ts
async function mapLimit(items, limit, fn) {
  let results = new Array(items.length), next = 0, worker = async () => {
    for (; next < items.length; ) {
      let index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  return await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker)), results;
}

// packages/core/src/stats.ts
function percentile(values, p) {
  if (values.length === 0) return;
  let sorted = [...values].sort((a, b) => a - b), rank = Math.ceil(p / 100 * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

// packages/core/src/table.ts
var escapeCell = (cell) => cell.replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
function renderMarkdownTable({ columns, rows }) {
  return [columns, columns.map(() => "---"), ...rows].map((cells) => `| ${cells.map(escapeCell).join(" | ")} |`).join(`
`);
}
function renderCodeBlock(lines) {
  return ["```text", ...lines.map((line) => line.replace(/```/g, "'''")), "```"].join(`
`);
}
function renderTextTable({ columns, rows }, maxCell = 70) {
  let cut = (s) => (s.length > maxCell ? `${s.slice(0, maxCell - 1)}…` : s).replace(/\s*\n\s*/g, " "), all = [columns, ...rows].map((r) => r.map(cut)), widths = columns.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length))), line = (cells) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(all[0] ?? []), widths.map((w) => "-".repeat(w)).join("  "), ...all.slice(1).map(line)].join(`
`);
}

// packages/core/src/inputs.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var InputReader = class {
  constructor(source, label = (name) => `input "${name}"`) {
    this.source = source;
    this.label = label;
  }
  source;
  label;
  text(name) {
    return this.source(name).trim();
  }
  fail(name, expected) {
    throw new UsageError(this.label(name), expected);
  }
  parse(name, parse, fallback) {
    let text = this.text(name);
    if (text === "") return fallback;
    let result = parse(text);
    return result.ok || this.fail(name, result.expected), result.value;
  }
  /** Non-empty lines, trimmed; `#` starts a comment line. */
  list(name) {
    return this.source(name).split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
  }
  boolean(name, fallback) {
    let text = this.text(name).toLowerCase();
    return text === "" ? fallback : text === "true" ? !0 : text === "false" ? !1 : this.fail(name, `expected true or false, got "${this.text(name)}"`);
  }
  /** The PEM certificates in the file the input names (e.g. an internal CA), or undefined when empty. */
  pemCertificates(name) {
    let path = this.text(name);
    if (path === "") return;
    let pem;
    try {
      pem = (0, import_node_fs.readFileSync)(path, "utf8");
    } catch (error) {
      return this.fail(name, `cannot read ${path} (${error.code ?? "error"})`);
    }
    return pem.includes("-----BEGIN CERTIFICATE-----") || this.fail(name, `expected PEM certificates in ${path}`), pem;
  }
  choice(name, values, fallback) {
    let text = this.text(name);
    return text === "" ? fallback : values.includes(text) ? text : this.fail(name, `expected one of ${values.join(", ")}, got "${text}"`);
  }
};

// packages/core/src/summary.ts
var SUMMARY_LIMIT = 900 * 1024, icon = { pass: "✅", warn: "⚠️", fail: "❌" };
function renderSummary(report) {
  let status = worstStatus(report.results), parts = [`## ${icon[status]} ${report.action}: ${report.headline}`, renderMarkdownTable(report.table)];
  for (let section of report.sections ?? []) parts.push(`### ${section.heading}

${section.body}`);
  let text = `${parts.join(`

`)}
`;
  return Buffer.byteLength(text) <= SUMMARY_LIMIT ? text : `${text.slice(0, SUMMARY_LIMIT)}

…cut: the full results are in the \`results\` output.
`;
}

export {
  backoffDelay,
  sleep,
  retry,
  parseRetryAfter,
  Redactor,
  mapLimit,
  percentile,
  renderMarkdownTable,
  renderCodeBlock,
  renderTextTable,
  InputReader,
  renderSummary
};
