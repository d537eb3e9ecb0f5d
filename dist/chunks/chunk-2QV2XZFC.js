import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  errorMessage
} from "./chunk-YSQWLAFH.js";

// packages/platforms/src/stages.ts
async function runStage(emitter, title, body, fail) {
  return emitter.group(title, async () => {
    try {
      return await body();
    } catch (error) {
      return fail(errorMessage(error)), !1;
    }
  });
}
async function bestEffort(step, fail) {
  try {
    await step();
  } catch (error) {
    fail(errorMessage(error));
  }
}

export {
  runStage,
  bestEffort
};
