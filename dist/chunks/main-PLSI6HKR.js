import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  runCheckAction
} from "./chunk-SZSZW7YE.js";
import "./chunk-HUYPKN5R.js";
import "./chunk-OLCTU7ML.js";
import {
  SMOKE_TEST,
  inputNames
} from "./chunk-KIIKSQYG.js";
import "./chunk-EJSVMXJL.js";
import {
  planSmokeTest,
  runSmokeTest
} from "./chunk-6UXO3JOM.js";
import "./chunk-4PA6XSPO.js";
import "./chunk-RR7YO4TY.js";
import "./chunk-GZO2Z7BE.js";
import "./chunk-ZKYF5O3L.js";
import "./chunk-PUD45ODJ.js";
import "./chunk-LWETLIYH.js";
import "./chunk-LTW6ELEN.js";
import "./chunk-EPIBC7KB.js";
import "./chunk-KBV2H3VL.js";

// actions/smoke-test/src/main.ts
async function run() {
  await runCheckAction("smoke-test", async ({ inputs, emitter }) => {
    emitter.secret(inputs.text("basic-auth"));
    let plan = await planSmokeTest(inputs, process.env);
    return plan.secrets.forEach((s) => emitter.secret(s)), runSmokeTest(plan, emitter);
  }, inputNames(SMOKE_TEST));
}
export {
  run
};
