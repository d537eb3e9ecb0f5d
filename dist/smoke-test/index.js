import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  runCheckAction
} from "../chunks/chunk-VV4NLFWE.js";
import "../chunks/chunk-GCOUB2B6.js";
import {
  planSmokeTest,
  runSmokeTest
} from "../chunks/chunk-ZNNSC7E5.js";
import "../chunks/chunk-RR7YO4TY.js";
import "../chunks/chunk-56YOBN6L.js";
import "../chunks/chunk-ZKYF5O3L.js";
import "../chunks/chunk-THZMKPOP.js";
import "../chunks/chunk-LWETLIYH.js";
import "../chunks/chunk-EPIBC7KB.js";
import "../chunks/chunk-KBV2H3VL.js";

// actions/smoke-test/src/main.ts
async function run() {
  await runCheckAction("smoke-test", async ({ inputs, emitter }) => {
    emitter.secret(inputs.text("basic-auth"));
    let plan = await planSmokeTest(inputs, process.env);
    return plan.secrets.forEach((s) => emitter.secret(s)), runSmokeTest(plan, emitter);
  });
}

// actions/smoke-test/src/index.ts
await run();
