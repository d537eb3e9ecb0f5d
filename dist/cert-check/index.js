import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  actionCanRun
} from "../chunks/chunk-ABJ5GPVC.js";
import "../chunks/chunk-KBV2H3VL.js";

// actions/cert-check/src/index.ts
if (actionCanRun("cert-check")) {
  let { run } = await import("../chunks/main-LKENIKNI.js");
  await run();
}
