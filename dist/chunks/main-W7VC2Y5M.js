import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  runCheckAction
} from "./chunk-ZEY426K2.js";
import {
  planSmokeTest,
  runSmokeTest
} from "./chunk-YFBFQZ6W.js";
import {
  SMOKE_TEST,
  inputNames
} from "./chunk-7MLYOG2J.js";
import "./chunk-P3M2E2G7.js";
import "./chunk-XY6IF37L.js";
import "./chunk-LTW6ELEN.js";
import "./chunk-EJSVMXJL.js";
import "./chunk-LWETLIYH.js";
import "./chunk-4AJTZQJC.js";
import "./chunk-RR7YO4TY.js";
import "./chunk-ZKYF5O3L.js";
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
