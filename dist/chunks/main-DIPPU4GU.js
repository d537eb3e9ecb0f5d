import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  runCheckAction
} from "./chunk-SZSZW7YE.js";
import "./chunk-HUYPKN5R.js";
import "./chunk-OLCTU7ML.js";
import {
  planCertCheck,
  runCertCheck
} from "./chunk-NZT3IZIR.js";
import {
  CERT_CHECK,
  inputNames
} from "./chunk-KIIKSQYG.js";
import "./chunk-EJSVMXJL.js";
import "./chunk-OYPEEOIT.js";
import "./chunk-RR7YO4TY.js";
import "./chunk-GZO2Z7BE.js";
import "./chunk-ZKYF5O3L.js";
import "./chunk-PUD45ODJ.js";
import "./chunk-LWETLIYH.js";
import "./chunk-LTW6ELEN.js";
import "./chunk-KBV2H3VL.js";

// actions/cert-check/src/main.ts
async function run() {
  await runCheckAction("cert-check", async ({ inputs, emitter }) => runCertCheck(await planCertCheck(inputs), emitter), inputNames(CERT_CHECK));
}
export {
  run
};
