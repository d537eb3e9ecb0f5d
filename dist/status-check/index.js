import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  actionCanRun
} from "../chunks/chunk-ABJ5GPVC.js";
import "../chunks/chunk-KBV2H3VL.js";

// actions/status-check/src/index.ts
if (actionCanRun("status-check")) {
  let { run } = await import("../chunks/main-2M2UQMLH.js");
  await run();
}
