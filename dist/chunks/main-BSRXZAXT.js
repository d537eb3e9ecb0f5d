import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  planRollback,
  runRollback
} from "./chunk-Y2XPCFOV.js";
import {
  runCheckAction
} from "./chunk-TPYMMUR3.js";
import "./chunk-BK273QQR.js";
import "./chunk-HUYPKN5R.js";
import "./chunk-OLCTU7ML.js";
import {
  ROLLBACK,
  inputNames
} from "./chunk-ETSHSJP5.js";
import "./chunk-EJSVMXJL.js";
import "./chunk-NYWPNSCJ.js";
import "./chunk-4PA6XSPO.js";
import "./chunk-FPOL7PNX.js";
import "./chunk-RR7YO4TY.js";
import "./chunk-ZKYF5O3L.js";
import "./chunk-EPIBC7KB.js";
import "./chunk-5N4WRACS.js";
import "./chunk-LWETLIYH.js";
import "./chunk-VWFPFI6J.js";
import "./chunk-KBV2H3VL.js";

// actions/rollback/src/main.ts
async function run() {
  await runCheckAction("rollback", async ({ inputs, emitter }) => {
    let plan = await planRollback(inputs, process.env);
    return plan.secrets.forEach((s) => emitter.secret(s)), runRollback(plan, emitter);
  }, inputNames(ROLLBACK));
}
export {
  run
};
