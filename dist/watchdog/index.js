import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  actionCanRun
} from "../chunks/chunk-ABJ5GPVC.js";
import "../chunks/chunk-KBV2H3VL.js";

// actions/watchdog/src/index.ts
if (actionCanRun("watchdog")) {
  let { run } = await import("../chunks/main-E6ALGPJZ.js");
  await run();
}
