import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  runCheckAction
} from "./chunk-TPYMMUR3.js";
import "./chunk-HUYPKN5R.js";
import "./chunk-OLCTU7ML.js";
import {
  planStatusCheck,
  runStatusCheck
} from "./chunk-GPMVNXLA.js";
import "./chunk-PNIB37U3.js";
import "./chunk-FKAQYICK.js";
import {
  STATUS_CHECK,
  inputNames
} from "./chunk-ETSHSJP5.js";
import "./chunk-CSQLKDWK.js";
import "./chunk-GCOUB2B6.js";
import "./chunk-RUYBUS3B.js";
import "./chunk-EJSVMXJL.js";
import "./chunk-FPOL7PNX.js";
import "./chunk-ZKYF5O3L.js";
import "./chunk-5N4WRACS.js";
import "./chunk-LWETLIYH.js";
import "./chunk-VWFPFI6J.js";
import "./chunk-KBV2H3VL.js";

// actions/status-check/src/main.ts
async function run() {
  await runCheckAction("status-check", async ({ inputs, emitter }) => runStatusCheck(await planStatusCheck(inputs), emitter), inputNames(STATUS_CHECK));
}
export {
  run
};
