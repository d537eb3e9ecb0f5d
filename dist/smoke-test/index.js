import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  runCheckAction
} from "../chunks/chunk-MFV2P3TB.js";
import {
  planSmokeTest,
  runSmokeTest
} from "../chunks/chunk-PDK57NPS.js";
import "../chunks/chunk-NWO5R2WH.js";
import "../chunks/chunk-4TAABRKQ.js";
import "../chunks/chunk-WULY4AP3.js";

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
