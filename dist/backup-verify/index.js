import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  actionCanRun
} from "../chunks/chunk-ABJ5GPVC.js";
import "../chunks/chunk-KBV2H3VL.js";

// actions/backup-verify/src/index.ts
if (actionCanRun("backup-verify")) {
  let { run } = await import("../chunks/main-GGR5RGA3.js");
  await run();
}
