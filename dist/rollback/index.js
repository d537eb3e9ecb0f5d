import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  planRollback,
  runRollback
} from "../chunks/chunk-VI7QGSLT.js";
import "../chunks/chunk-Q772C4W5.js";
import {
  runCheckAction
} from "../chunks/chunk-VV4NLFWE.js";
import "../chunks/chunk-GCOUB2B6.js";
import "../chunks/chunk-ZNNSC7E5.js";
import "../chunks/chunk-RR7YO4TY.js";
import "../chunks/chunk-56YOBN6L.js";
import "../chunks/chunk-ZKYF5O3L.js";
import "../chunks/chunk-THZMKPOP.js";
import "../chunks/chunk-LWETLIYH.js";
import "../chunks/chunk-EPIBC7KB.js";
import "../chunks/chunk-KBV2H3VL.js";

// actions/rollback/src/main.ts
async function run() {
  await runCheckAction("rollback", async ({ inputs, emitter }) => {
    let plan = await planRollback(inputs, process.env);
    return plan.secrets.forEach((s) => emitter.secret(s)), runRollback(plan, emitter);
  });
}

// actions/rollback/src/index.ts
await run();
