import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  runCheckAction
} from "../chunks/chunk-VV4NLFWE.js";
import "../chunks/chunk-GCOUB2B6.js";
import {
  planCertCheck,
  runCertCheck
} from "../chunks/chunk-I67LKYQZ.js";
import "../chunks/chunk-RR7YO4TY.js";
import "../chunks/chunk-56YOBN6L.js";
import "../chunks/chunk-ZKYF5O3L.js";
import "../chunks/chunk-THZMKPOP.js";
import "../chunks/chunk-LWETLIYH.js";
import "../chunks/chunk-KBV2H3VL.js";

// actions/cert-check/src/main.ts
async function run() {
  await runCheckAction("cert-check", async ({ inputs, emitter }) => runCertCheck(await planCertCheck(inputs), emitter));
}

// actions/cert-check/src/index.ts
await run();
