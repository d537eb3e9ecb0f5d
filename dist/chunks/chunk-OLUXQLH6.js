import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  require_node_child_process
} from "./chunk-CSQLKDWK.js";
import {
  require_promises
} from "./chunk-H4C6EQAC.js";
import {
  __toESM
} from "./chunk-KBV2H3VL.js";

// packages/core/src/tool.ts
var import_node_child_process = __toESM(require_node_child_process(), 1), import_promises = __toESM(require_promises(), 1);
function runTool(command, args, { timeoutMs, env, stdin, maxOutput = 64 * 1024 }) {
  return new Promise((resolve) => {
    let child = (0, import_node_child_process.spawn)(command, args, { env: { ...process.env, ...env }, stdio: [stdin ? "pipe" : "ignore", "pipe", "pipe"] }), out = { stdout: "", stderr: "" }, keep = (key) => (chunk) => {
      out[key].length < maxOutput && (out[key] += chunk.toString("utf8").slice(0, maxOutput - out[key].length));
    };
    child.stdout?.on("data", keep("stdout")), child.stderr?.on("data", keep("stderr"));
    let timedOut = !1, timer = setTimeout(() => {
      timedOut = !0, child.kill("SIGKILL");
    }, timeoutMs);
    stdin && child.stdin && (0, import_promises.pipeline)(stdin, child.stdin).catch(() => {
    }), child.on("error", (error) => {
      clearTimeout(timer), resolve({ ran: !1, reason: error.code === "ENOENT" ? `${command} is not installed (not found on PATH)` : `${command} could not be started (${error.code ?? error.message})` });
    }), child.on("close", (code) => {
      clearTimeout(timer), resolve({ ran: !0, code, ...out, timedOut });
    });
  });
}

export {
  runTool
};
