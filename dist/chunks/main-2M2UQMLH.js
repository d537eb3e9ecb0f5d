import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  runCheckAction
} from "./chunk-CVDX54IJ.js";
import {
  hostShardKey,
  planStatusCheck,
  runStatusCheck
} from "./chunk-6AIXQDLU.js";
import "./chunk-DIG2RLDU.js";
import {
  ecsStatusId
} from "./chunk-KHBSSHVA.js";
import "./chunk-USBCIY3B.js";
import "./chunk-OLUXQLH6.js";
import {
  STATUS_CHECK,
  inputNames
} from "./chunk-YHYKWZMY.js";
import "./chunk-CSQLKDWK.js";
import "./chunk-H4C6EQAC.js";
import "./chunk-VSBUBHW6.js";
import "./chunk-YSQWLAFH.js";
import "./chunk-GCOUB2B6.js";
import "./chunk-RUYBUS3B.js";
import "./chunk-EJSVMXJL.js";
import "./chunk-LWETLIYH.js";
import "./chunk-HUYPKN5R.js";
import "./chunk-OLCTU7ML.js";
import "./chunk-ZKYF5O3L.js";
import "./chunk-ZC7J5IS5.js";
import "./chunk-KBV2H3VL.js";

// actions/status-check/src/main.ts
async function run() {
  await runCheckAction("status-check", async ({ inputs, emitter, shard }) => {
    let plan = await planStatusCheck(inputs);
    return runStatusCheck({ ...plan, hosts: shard(plan.hosts, hostShardKey), ecs: shard(plan.ecs, ecsStatusId) }, emitter);
  }, inputNames(STATUS_CHECK));
}
export {
  run
};
