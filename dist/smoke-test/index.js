import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  actionCanRun
} from "../chunks/chunk-ABJ5GPVC.js";
import "../chunks/chunk-KBV2H3VL.js";

// actions/smoke-test/src/index.ts
if (actionCanRun("smoke-test")) {
  let { run } = await import("../chunks/main-SYQL5B57.js");
  await run();
}
