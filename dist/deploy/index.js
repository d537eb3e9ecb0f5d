import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  actionCanRun
} from "../chunks/chunk-ABJ5GPVC.js";
import "../chunks/chunk-KBV2H3VL.js";

// actions/deploy/src/index.ts
if (actionCanRun("deploy")) {
  let { run } = await import("../chunks/main-I4TSUFMQ.js");
  await run();
}
