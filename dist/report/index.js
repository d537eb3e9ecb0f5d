import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  actionCanRun
} from "../chunks/chunk-ABJ5GPVC.js";
import "../chunks/chunk-KBV2H3VL.js";

// actions/report/src/index.ts
if (actionCanRun("report")) {
  let { run } = await import("../chunks/main-OE66ZIID.js");
  await run();
}
