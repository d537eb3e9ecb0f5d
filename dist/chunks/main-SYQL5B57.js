import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  runCheckAction
} from "./chunk-CVDX54IJ.js";
import {
  planSmokeTest,
  runSmokeTest
} from "./chunk-HNTLRPCU.js";
import {
  SMOKE_TEST,
  inputNames
} from "./chunk-YHYKWZMY.js";
import "./chunk-4PA6XSPO.js";
import "./chunk-VSBUBHW6.js";
import "./chunk-YSQWLAFH.js";
import "./chunk-EJSVMXJL.js";
import "./chunk-LWETLIYH.js";
import "./chunk-HUYPKN5R.js";
import "./chunk-OLCTU7ML.js";
import "./chunk-RR7YO4TY.js";
import "./chunk-ZKYF5O3L.js";
import "./chunk-EPIBC7KB.js";
import "./chunk-ZC7J5IS5.js";
import "./chunk-KBV2H3VL.js";

// actions/smoke-test/src/main.ts
async function run() {
  await runCheckAction("smoke-test", async ({ inputs, emitter, shard }) => {
    emitter.secret(inputs.text("basic-auth"));
    let plan = await planSmokeTest(inputs, process.env);
    return plan.secrets.forEach((s) => emitter.secret(s)), runSmokeTest({ ...plan, probes: shard(plan.probes) }, emitter);
  }, inputNames(SMOKE_TEST));
}
export {
  run
};
