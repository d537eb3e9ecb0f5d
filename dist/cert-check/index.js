import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  runCheckAction
} from "../chunks/chunk-7YGS6YGF.js";
import "../chunks/chunk-GCOUB2B6.js";
import {
  planCertCheck,
  runCertCheck
} from "../chunks/chunk-S35O3JSX.js";
import "../chunks/chunk-RR7YO4TY.js";
import "../chunks/chunk-DPVRNJCG.js";
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
