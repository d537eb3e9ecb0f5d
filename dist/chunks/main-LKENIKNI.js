import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  runCheckAction
} from "./chunk-CVDX54IJ.js";
import {
  planCertCheck,
  runCertCheck
} from "./chunk-HVBVQLPC.js";
import {
  CERT_CHECK,
  inputNames
} from "./chunk-YHYKWZMY.js";
import "./chunk-VSBUBHW6.js";
import "./chunk-YSQWLAFH.js";
import "./chunk-EJSVMXJL.js";
import "./chunk-LWETLIYH.js";
import "./chunk-HUYPKN5R.js";
import "./chunk-OLCTU7ML.js";
import "./chunk-RR7YO4TY.js";
import "./chunk-OYPEEOIT.js";
import "./chunk-ZKYF5O3L.js";
import "./chunk-ZC7J5IS5.js";
import "./chunk-KBV2H3VL.js";

// actions/cert-check/src/main.ts
async function run() {
  await runCheckAction(
    "cert-check",
    async ({ inputs, emitter, shard }) => {
      let plan = await planCertCheck(inputs);
      return runCertCheck({ ...plan, targets: shard(plan.targets) }, emitter);
    },
    inputNames(CERT_CHECK)
  );
}
export {
  run
};
