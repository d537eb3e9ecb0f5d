import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  runCheckAction
} from "./chunk-ZEY426K2.js";
import {
  planCertCheck,
  runCertCheck
} from "./chunk-4NH4B7V4.js";
import {
  CERT_CHECK,
  inputNames
} from "./chunk-7MLYOG2J.js";
import "./chunk-P3M2E2G7.js";
import "./chunk-XY6IF37L.js";
import "./chunk-LTW6ELEN.js";
import "./chunk-EJSVMXJL.js";
import "./chunk-LWETLIYH.js";
import "./chunk-4AJTZQJC.js";
import "./chunk-OYPEEOIT.js";
import "./chunk-RR7YO4TY.js";
import "./chunk-ZKYF5O3L.js";
import "./chunk-KBV2H3VL.js";

// actions/cert-check/src/main.ts
async function run() {
  await runCheckAction("cert-check", async ({ inputs, emitter }) => runCertCheck(await planCertCheck(inputs), emitter), inputNames(CERT_CHECK));
}
export {
  run
};
