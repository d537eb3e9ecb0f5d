import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  planDeploy,
  runDeploy
} from "./chunk-BHYMUAPR.js";
import "./chunk-Q772C4W5.js";
import {
  runCheckAction
} from "./chunk-ZEY426K2.js";
import "./chunk-YFBFQZ6W.js";
import {
  DEPLOY,
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

// actions/deploy/src/main.ts
async function run() {
  await runCheckAction("deploy", async ({ inputs, emitter }) => {
    let plan = await planDeploy(inputs, process.env);
    return plan.secrets.forEach((s) => emitter.secret(s)), runDeploy(plan, emitter);
  }, inputNames(DEPLOY));
}
export {
  run
};
