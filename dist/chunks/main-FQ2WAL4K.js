import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  runCheckAction
} from "./chunk-TAPRWYGD.js";
import "./chunk-HUYPKN5R.js";
import "./chunk-OLCTU7ML.js";
import {
  planStatusCheck,
  runStatusCheck
} from "./chunk-EHYXZTLZ.js";
import "./chunk-XNUMBABZ.js";
import {
  STATUS_CHECK,
  inputNames
} from "./chunk-ETSHSJP5.js";
import "./chunk-CSQLKDWK.js";
import "./chunk-GCOUB2B6.js";
import "./chunk-RUYBUS3B.js";
import "./chunk-EJSVMXJL.js";
import "./chunk-2ZRQR3IF.js";
import "./chunk-ZKYF5O3L.js";
import "./chunk-PUD45ODJ.js";
import "./chunk-LWETLIYH.js";
import "./chunk-LTW6ELEN.js";
import "./chunk-KBV2H3VL.js";

// actions/status-check/src/main.ts
async function run() {
  await runCheckAction("status-check", async ({ inputs, emitter }) => runStatusCheck(await planStatusCheck(inputs), emitter), inputNames(STATUS_CHECK));
}
export {
  run
};
