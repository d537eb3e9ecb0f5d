import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  planDeploy,
  runDeploy
} from "./chunk-F7S5OOAQ.js";
import {
  runCheckAction
} from "./chunk-TAPRWYGD.js";
import "./chunk-AHU5XIYZ.js";
import "./chunk-HUYPKN5R.js";
import "./chunk-OLCTU7ML.js";
import {
  DEPLOY,
  inputNames
} from "./chunk-ETSHSJP5.js";
import "./chunk-EJSVMXJL.js";
import "./chunk-E3VKHHKL.js";
import "./chunk-4PA6XSPO.js";
import "./chunk-2ZRQR3IF.js";
import "./chunk-RR7YO4TY.js";
import "./chunk-ZKYF5O3L.js";
import "./chunk-EPIBC7KB.js";
import "./chunk-PUD45ODJ.js";
import "./chunk-LWETLIYH.js";
import "./chunk-LTW6ELEN.js";
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
