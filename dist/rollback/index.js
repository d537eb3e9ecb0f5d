import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  actionCanRun
} from "../chunks/chunk-ABJ5GPVC.js";
import "../chunks/chunk-KBV2H3VL.js";

// actions/rollback/src/index.ts
if (actionCanRun("rollback")) {
  let { run } = await import("../chunks/main-3AVH5AZC.js");
  await run();
}
