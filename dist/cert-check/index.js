import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  runCheckAction
} from "../chunks/chunk-MFV2P3TB.js";
import {
  planCertCheck,
  runCertCheck
} from "../chunks/chunk-EIET7VP4.js";
import "../chunks/chunk-NWO5R2WH.js";
import "../chunks/chunk-4TAABRKQ.js";
import "../chunks/chunk-WULY4AP3.js";

// actions/cert-check/src/main.ts
async function run() {
  await runCheckAction("cert-check", async ({ inputs, emitter }) => runCertCheck(await planCertCheck(inputs), emitter));
}

// actions/cert-check/src/index.ts
await run();
