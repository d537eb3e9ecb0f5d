import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  DEFAULT_CONCURRENCY,
  smokeTest
} from "./chunk-HNTLRPCU.js";
import {
  renderCodeBlock
} from "./chunk-VSBUBHW6.js";
import {
  errorMessage
} from "./chunk-YSQWLAFH.js";

// packages/platforms/src/smoke.ts
async function smokeCheckServices(keys, probes, timeline) {
  let outcomes = /* @__PURE__ */ new Map();
  if (probes.length === 0) return outcomes;
  timeline.add(keys.join(", "), `smoke checks: ${probes.length} URL(s)`);
  let results;
  try {
    results = await smokeTest({ probes: [...probes], concurrency: DEFAULT_CONCURRENCY });
  } catch (error) {
    let summary = `the smoke checks could not run: ${errorMessage(error)}`;
    return timeline.add(keys.join(", "), summary), new Map(keys.map((key) => [key, { ok: !1, results: [], summary }]));
  }
  for (let r of results) timeline.add(r.subject, `smoke ${r.status === "pass" ? "ok" : "FAILED"} ${r.target}: ${r.summary}`);
  let shared = results.filter((r) => !keys.includes(r.subject));
  for (let key of keys) {
    let mine = [...results.filter((r) => r.subject === key), ...shared];
    if (mine.length === 0) continue;
    let failed = mine.filter((r) => r.status === "fail"), first = failed[0], summary = first ? `smoke check ${first.target} failed: ${first.summary}${failed.length > 1 ? ` (and ${failed.length - 1} more)` : ""}` : `smoke checks: ${mine.length} of ${mine.length} passed`;
    outcomes.set(key, { ok: !first, results: mine, summary });
  }
  return outcomes;
}

// packages/platforms/src/restore.ts
async function restoreAndCheck(items, move, probes, timeline) {
  if (items.length === 0) return /* @__PURE__ */ new Map();
  let moves = await move(items), back = [...moves].filter(([, m]) => m.back).map(([item]) => item.target.key), smoke = await smokeCheckServices(back, probes.filter((p) => back.includes(p.service) || !items.some((i) => i.target.key === p.service)), timeline), outcomes = /* @__PURE__ */ new Map();
  for (let [item, m] of moves) {
    let checked = m.back ? smoke.get(item.target.key) : void 0;
    outcomes.set(item, {
      back: m.back,
      ok: m.back && (checked?.ok ?? !0),
      summary: `${m.summary}${checked ? `; ${checked.summary}` : ""}`,
      ...checked ? { smoke: checked } : {}
    });
  }
  return outcomes;
}

// packages/platforms/src/timeline.ts
function formatOffset(ms) {
  let seconds = ms / 1e3, minutes = Math.floor(seconds / 60);
  return `+${minutes}:${(seconds - minutes * 60).toFixed(1).padStart(4, "0")}`;
}
var Timeline = class {
  constructor(emitter) {
    this.emitter = emitter;
  }
  emitter;
  entries = [];
  started = performance.now();
  elapsed() {
    return performance.now() - this.started;
  }
  add(subject, message) {
    let entry = { atMs: this.elapsed(), subject, message: message.trim() };
    this.entries.push(entry), this.emitter.progress(`${formatOffset(entry.atMs)} ${subject}: ${entry.message}`);
  }
  /** Lines for the log under the last entry (a command's output); the summary shows them elsewhere. */
  print(lines) {
    this.emitter.untrusted(lines.map((line) => `    ${line}`));
  }
  render() {
    let width = Math.max(0, ...this.entries.map((e) => e.subject.length)), lines = this.entries.map((e) => `${formatOffset(e.atMs).padStart(8)}  ${e.subject.padEnd(width)}  ${e.message.replace(/\s*\n\s*/g, " ")}`);
    return renderCodeBlock(lines);
  }
};

export {
  smokeCheckServices,
  restoreAndCheck,
  Timeline
};
