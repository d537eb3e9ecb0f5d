import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  runCheckAction
} from "./chunk-AZC7K4IH.js";
import {
  planCertCheck,
  runCertCheck
} from "./chunk-6I7JAAUW.js";
import "./chunk-VCBCEF3C.js";
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
  await runCheckAction("cert-check", async ({ inputs, emitter }) => runCertCheck(await planCertCheck(inputs), emitter));
}
export {
  run
};
