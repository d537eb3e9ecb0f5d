import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  runCheckAction
} from "./chunk-AZC7K4IH.js";
import {
  planSmokeTest,
  runSmokeTest
} from "./chunk-U4YKT6P6.js";
import "./chunk-VCBCEF3C.js";
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
  });
}
export {
  run
};
